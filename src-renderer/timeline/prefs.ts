// Lane order, collapsed groups and hidden lanes are the user's view of a project: kept per project file
// in localStorage, not in the project, so they never enter the undo log or another researcher's copy.
import { EMPTY_PREFS, type LanePrefs } from './lanes';

const keyFor = (projectPath: string) => `parley.timeline.lanes:${projectPath}`;

export function loadLanePrefs(projectPath: string): LanePrefs {
  try {
    const raw = localStorage.getItem(keyFor(projectPath));
    return raw ? { ...EMPTY_PREFS, ...(JSON.parse(raw) as Partial<LanePrefs>) } : EMPTY_PREFS;
  } catch {
    return EMPTY_PREFS;
  }
}

export function saveLanePrefs(projectPath: string, prefs: LanePrefs): void {
  localStorage.setItem(keyFor(projectPath), JSON.stringify(prefs));
}
