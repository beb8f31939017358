// The project a new user meets: a small timeline built from a sample article written for Parley.
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { EntityType } from '../../shared/model';
import { ProjectStore } from '../store/project-store';
import { SAMPLE_ACTORS, SAMPLE_EVENTS, SAMPLE_SOURCE, SAMPLE_STATEMENTS, SAMPLE_ZONE } from '../sample/sample-timeline';

const SAMPLE_ARTICLE = fileURLToPath(new URL('../sample/sample-article.txt', import.meta.url));

function spanOf(text: string, cue: string): { start: number; end: number } {
  const start = text.indexOf(cue);
  if (start < 0) throw new Error(`sample cue missing from the sample article: ${cue}`);
  return { start, end: start + cue.length };
}

/** Fills an empty project with the sample timeline, every entry cited to the words it came from. */
export function addSampleTimeline(store: ProjectStore): void {
  const text = fs.readFileSync(SAMPLE_ARTICLE, 'utf8');
  store.batch('Add the sample timeline', () => {
    store.updateSettings({ title: 'Sample: the Orlan valley talks', displayZone: SAMPLE_ZONE });
    const ids = new Map<string, string>();
    for (const a of SAMPLE_ACTORS) {
      const parentId = a.parent ? ids.get(a.parent) ?? null : null;
      ids.set(a.name, store.createActor({ name: a.name, kind: a.kind, aliases: a.aliases, parentId, color: a.color, notes: '', tags: [] }).id);
    }
    const actor = (name: string) => ids.get(name)!;
    const source = store.createSource({ ...SAMPLE_SOURCE, outletId: actor(SAMPLE_SOURCE.outlet), text, tags: ['sample'] });
    const cite = (entityType: EntityType, entityId: string, cue: string) =>
      store.createCitation({ entityType, entityId, sourceId: source.id, ...spanOf(text, cue) });
    for (const e of SAMPLE_EVENTS) {
      const event = store.createEvent({
        type: e.type, title: e.title, description: e.description, start: e.start, end: e.end ?? null, location: e.location,
        participants: e.participants.map(([name, role]) => ({ actorId: actor(name), role })), tags: ['sample'],
      });
      cite('event', event.id, e.cue);
    }
    for (const s of SAMPLE_STATEMENTS) {
      const statement = store.createStatement({
        speakerId: actor(s.speaker), audienceIds: s.audience.map(actor), text: s.text, direct: s.direct, hedged: s.hedged,
        date: s.date, outletIds: s.outlets.map(actor), eventId: null, tags: ['sample'],
      });
      cite('statement', statement.id, s.cue);
    }
  });
}

/** Opens the default project, creating it with the sample timeline the first time. */
export function ensureDefaultProject(file: string): void {
  if (fs.existsSync(file)) return;
  const store = ProjectStore.open(file, { create: true });
  try {
    addSampleTimeline(store);
    store.history.forget();
  } finally {
    store.close();
  }
}
