// The renderer's state: what the project holds (as last read through the API), the selection and the
// filter. Every change goes through the API and then refreshes from it, so the store is never ahead of the file.
import { create } from 'zustand';
import type { EntryFilter, ProjectInfo, TimedEvent, TimedStatement } from '../../shared/api';
import type { Actor } from '../../shared/model';
import { ApiError, call } from '../api/client';

export type EntityKind = 'event' | 'statement' | 'actor' | 'source';
export type ViewName = 'timeline' | 'list';
export const kindOfId = (id: string): EntityKind | null =>
  ({ ev: 'event', st: 'statement', ac: 'actor', so: 'source' } as const)[id.slice(0, 2) as 'ev'] ?? null;

const LIST_LIMIT = 5000;

export interface AppState {
  project: ProjectInfo | null;
  recent: string[];
  actors: Actor[];
  events: TimedEvent[];
  statements: TimedStatement[];
  filter: EntryFilter;
  /** The main view; only the list needs every entry loaded (the timeline loads its own windows). */
  view: ViewName;
  selection: string[];
  inspectorOpen: boolean;
  error: string | null;
  notice: string | null;
  /** Bumped after every change, so views that load their own data (the timeline) know to reload. */
  revision: number;
  /** The timeline's extent, read with the project so that its first fit waits for no second round of calls (extentKey). */
  timelineExtent: { key: string; value: { startMs: number; endMs: number } | null } | null;

  start(): Promise<void>;
  openProject(path: string, create?: boolean): Promise<void>;
  refresh(): Promise<void>;
  /** Runs an API change, then refreshes; errors become a message instead of an exception. */
  change<T>(work: () => Promise<T>): Promise<T | undefined>;
  undo(): Promise<void>;
  redo(): Promise<void>;
  select(ids: string[], openInspector?: boolean): void;
  setFilter(patch: Partial<EntryFilter>): void;
  setView(view: ViewName): void;
  setInspectorOpen(open: boolean): void;
  showError(message: string | null): void;
  showNotice(message: string | null): void;
}

/** Which filter and revision an extent was read for. */
export const extentKey = (filter: EntryFilter, revision: number) => `${JSON.stringify(filter)}#${revision}`;

const messageOf = (e: unknown) => (e instanceof ApiError ? e.message : `Unexpected problem: ${(e as Error)?.message ?? String(e)}`);

export const useApp = create<AppState>((set, get) => ({
  project: null,
  recent: [],
  actors: [],
  events: [],
  statements: [],
  filter: {},
  view: 'timeline',
  selection: [],
  inspectorOpen: false,
  error: null,
  notice: null,
  revision: 0,
  timelineExtent: null,

  async start() {
    // One round of calls: refresh reads the project too, so the views mount once, on the project's first revision.
    try {
      await get().refresh();
    } catch (e) {
      // No project open yet: the picker shows the recent files.
      if (!(e instanceof ApiError && e.error.code === 'no_project')) set({ error: messageOf(e) });
      set({ recent: await call('project.recent', {}).catch(() => []) });
    }
  },

  async openProject(path, create = false) {
    try {
      const project = await call(create ? 'project.create' : 'project.open', { path });
      set({ project, selection: [], filter: {}, error: null });
      await get().refresh();
    } catch (e) {
      set({ error: messageOf(e) });
    }
  },

  async refresh() {
    const { filter, view } = get();
    const [project, actors, events, statements, extent] = await Promise.all([
      call('project.info', {}), call('actors.list', {}),
      view === 'list' ? call('events.list', { filter, limit: LIST_LIMIT }) : [],
      view === 'list' ? call('statements.list', { filter, limit: LIST_LIMIT }) : [],
      view === 'timeline' ? call('timeline.extent', { filter }) : undefined,
    ]);
    // Entries are kept selected even when the list did not load them (the timeline shows its own window).
    const actorIds = new Set(actors.map((a) => a.id));
    set((s) => ({ project, actors, events, statements, selection: s.selection.filter((id) => kindOfId(id) !== 'actor' || actorIds.has(id)), revision: s.revision + 1,
      timelineExtent: extent === undefined ? null : { key: extentKey(filter, s.revision + 1), value: extent } }));
  },

  async change(work) {
    try {
      const result = await work();
      await get().refresh();
      return result;
    } catch (e) {
      set({ error: messageOf(e) });
      await get().refresh().catch(() => undefined);
      return undefined;
    }
  },

  async undo() {
    const state = await get().change(() => call('history.undo', {}));
    if (state) set({ notice: state.redoLabel ? `Undid: ${state.redoLabel}` : null });
  },

  async redo() {
    const state = await get().change(() => call('history.redo', {}));
    if (state) set({ notice: state.undoLabel ? `Redid: ${state.undoLabel}` : null });
  },

  select(ids, openInspector) {
    set((s) => ({ selection: ids, inspectorOpen: openInspector ?? s.inspectorOpen }));
  },

  setFilter(patch) {
    set((s) => ({ filter: { ...s.filter, ...patch } }));
    void get().refresh().catch((e) => set({ error: messageOf(e) }));
  },

  setView(view) {
    set({ view });
    if (view === 'list') void get().refresh().catch((e) => set({ error: messageOf(e) }));
  },

  setInspectorOpen(open) { set({ inspectorOpen: open }); },
  showError(message) { set({ error: message }); },
  showNotice(message) { set({ notice: message }); },
}));
