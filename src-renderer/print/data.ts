// Everything the print layout shows, read through the same API client as the app: the filtered entries
// numbered in time order, their lanes, and their sources numbered in order of first citation.
import type { SourceSummary, TimedEvent, TimedStatement } from '../../shared/api';
import type { PrintOptions } from '../../shared/print-options';
import type { Actor, ProjectSettings } from '../../shared/model';
import { call } from '../api/client';

const ALL = 200_000;

export type PrintEntry = {
  no: number;
  id: string;
  startMs: number | null;
  endMs: number | null;
  /** Lane actors: an event's participants, a statement's speaker. */
  actorIds: string[];
  /** Numbers of the sources it is cited to. */
  sourceNos: number[];
} & ({ kind: 'event'; event: TimedEvent } | { kind: 'statement'; statement: TimedStatement });

export interface PrintSource { no: number; source: SourceSummary }

export interface PrintData {
  settings: ProjectSettings;
  options: PrintOptions;
  actors: Map<string, Actor>;
  entries: PrintEntry[];
  sources: PrintSource[];
  /** The instants the entries cover (or the filter's range when it is narrower). */
  extent: { startMs: number; endMs: number } | null;
}

export async function loadPrintData(options: PrintOptions): Promise<PrintData> {
  const { filter } = options;
  const [info, actorList, events, statements, sourceList, citations] = await Promise.all([
    call('project.info', {}), call('actors.list', {}), call('events.list', { filter, limit: ALL }),
    call('statements.list', { filter, limit: ALL }), call('sources.list', {}), call('citations.list', {}),
  ]);
  const timed = [
    ...events.map((event) => ({ kind: 'event' as const, event, id: event.id, startMs: event.startMs as number | null, endMs: event.endMs as number | null,
      actorIds: event.participants.map((p) => p.actorId) })),
    ...statements.map((statement) => ({ kind: 'statement' as const, statement, id: statement.id, startMs: statement.startMs, endMs: statement.endMs,
      actorIds: statement.speakerId ? [statement.speakerId] : [] })),
  ].sort((a, b) => (a.startMs ?? Infinity) - (b.startMs ?? Infinity));

  const sourcesById = new Map(sourceList.map((s) => [s.id, s]));
  const citedBy = new Map<string, string[]>();
  for (const c of citations) citedBy.set(c.entityId, [...(citedBy.get(c.entityId) ?? []), c.sourceId]);
  const sources: PrintSource[] = [];
  const numberOf = new Map<string, number>();
  const entries: PrintEntry[] = timed.map((t, i) => {
    const sourceNos: number[] = [];
    for (const id of citedBy.get(t.id) ?? []) {
      const source = sourcesById.get(id);
      if (!source) continue;
      if (!numberOf.has(id)) { numberOf.set(id, sources.length + 1); sources.push({ no: sources.length + 1, source }); }
      if (!sourceNos.includes(numberOf.get(id)!)) sourceNos.push(numberOf.get(id)!);
    }
    return { ...t, no: i + 1, sourceNos };
  });

  const dated = entries.filter((e) => e.startMs !== null);
  let extent = dated.length
    ? { startMs: dated[0].startMs!, endMs: dated.reduce((m, e) => Math.max(m, e.endMs ?? e.startMs!), -Infinity) } : null;
  if (extent && (filter.fromMs !== undefined || filter.toMs !== undefined)) {
    extent = { startMs: filter.fromMs ?? extent.startMs, endMs: filter.toMs ?? extent.endMs };
  }
  return { settings: info.settings, options, actors: new Map(actorList.map((a) => [a.id, a])), entries, sources, extent };
}
