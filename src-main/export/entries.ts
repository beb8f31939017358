// What the CSV and TimelineJS exports read: the filtered entries in time order with the names and
// sources they refer to, looked up once.
import type { EntryFilter, SourceSummary, TimedEvent, TimedStatement } from '../../shared/api/entities';
import type { Actor, Participant } from '../../shared/model';
import type { ProjectStore } from '../store/project-store';

const ALL = 1_000_000_000;

export type Entry = { kind: 'event'; event: TimedEvent } | { kind: 'statement'; statement: TimedStatement };

export interface ExportEntries {
  title: string;
  zone: string;
  entries: Entry[];
  actorName(id: string | null): string;
  /** The sources an entry is cited to, in the order of their citations. */
  sourcesOf(entityId: string): SourceSummary[];
}

const startOf = (e: Entry) => (e.kind === 'event' ? e.event.startMs : e.statement.startMs ?? Infinity);

export function loadEntries(store: ProjectStore, filter: EntryFilter = {}): ExportEntries {
  const settings = store.settings();
  const actors = new Map<string, Actor>(store.listActors().map((a) => [a.id, a]));
  const sources = new Map(store.listSources().map((s) => [s.id, s]));
  const cited = new Map<string, SourceSummary[]>();
  for (const c of store.listCitations({})) {
    const list = cited.get(c.entityId) ?? [];
    const source = sources.get(c.sourceId);
    if (source && !list.includes(source)) list.push(source);
    cited.set(c.entityId, list);
  }
  const entries: Entry[] = [
    ...store.listEvents(filter, ALL).map((event) => ({ kind: 'event' as const, event })),
    ...store.listStatements(filter, ALL).map((statement) => ({ kind: 'statement' as const, statement })),
  ];
  // A stable sort keeps each list's own order (time, then insertion) among entries that start together.
  entries.sort((a, b) => startOf(a) - startOf(b));
  return {
    title: settings.title,
    zone: settings.displayZone,
    entries,
    actorName: (id) => (id ? actors.get(id)?.name ?? '' : ''),
    sourcesOf: (id) => cited.get(id) ?? [],
  };
}

/** "Qatar (mediator); Hamas" — the role is written only when it is not the default, party. */
export function participantsText(parts: Participant[], name: (id: string) => string): string {
  return parts.map((p) => (p.role === 'party' ? name(p.actorId) : `${name(p.actorId)} (${p.role})`)).join('; ');
}
