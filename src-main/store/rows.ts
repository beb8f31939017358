// Conversions between SQLite rows and the model's entities. Only the store uses these.
import type { Actor, Citation, Source, UncertainDate } from '../../shared/model';
import type { SourceSummary, TimedEvent, TimedStatement } from '../../shared/api/entities';

export interface ActorRow { id: string; name: string; kind: string; aliases: string; parent_id: string | null; color: string | null; notes: string; tags: string }
export interface EventRow {
  id: string; type: string; title: string; description: string; start: string; end: string | null;
  start_ms: number; end_ms: number; location: string; tags: string;
}
export interface StatementRow {
  id: string; speaker_id: string | null; text: string; direct: number; hedged: number; date: string | null;
  start_ms: number | null; end_ms: number | null; event_id: string | null; tags: string;
}
export interface SourceRow {
  id: string; title: string; outlet_id: string | null; author: string; published: string | null; zone: string;
  url: string; text?: string; length?: number; tags: string;
}
export interface CitationRow { id: string; entity_type: string; entity_id: string; source_id: string; start: number; end: number }

export const ACTOR_COLUMNS = 'id, name, kind, aliases, parent_id, color, notes, tags';
export const EVENT_COLUMNS = 'e.id, e.type, e.title, e.description, e.start, e."end", e.start_ms, e.end_ms, e.location, e.tags';
export const STATEMENT_COLUMNS = 's.id, s.speaker_id, s.text, s.direct, s.hedged, s.date, s.start_ms, s.end_ms, s.event_id, s.tags';

const json = <T>(text: string | null): T => JSON.parse(text ?? 'null') as T;

export function actorFromRow(r: ActorRow): Actor {
  return {
    id: r.id, name: r.name, kind: r.kind as Actor['kind'], aliases: json(r.aliases), parentId: r.parent_id,
    color: r.color, notes: r.notes, tags: json(r.tags),
  };
}

export function eventFromRow(r: EventRow, participants: TimedEvent['participants']): TimedEvent {
  return {
    id: r.id, type: r.type as TimedEvent['type'], title: r.title, description: r.description,
    start: json<UncertainDate>(r.start), end: json<UncertainDate | null>(r.end), location: r.location,
    participants, tags: json(r.tags), startMs: r.start_ms, endMs: r.end_ms,
  };
}

export function statementFromRow(r: StatementRow, audienceIds: string[], outletIds: string[]): TimedStatement {
  return {
    id: r.id, speakerId: r.speaker_id, audienceIds, text: r.text, direct: !!r.direct, hedged: !!r.hedged,
    date: json<UncertainDate | null>(r.date), outletIds, eventId: r.event_id, tags: json(r.tags),
    startMs: r.start_ms, endMs: r.end_ms,
  };
}

export function sourceFromRow(r: SourceRow & { text: string }): Source {
  const { length: _length, ...rest } = sourceSummaryFromRow(r);
  return { ...rest, text: r.text };
}

export function sourceSummaryFromRow(r: SourceRow): SourceSummary {
  return {
    id: r.id, title: r.title, outletId: r.outlet_id, author: r.author, published: r.published, zone: r.zone,
    url: r.url, tags: json(r.tags), length: r.length ?? r.text?.length ?? 0,
  };
}

export function citationFromRow(r: CitationRow): Citation {
  return { id: r.id, entityType: r.entity_type as Citation['entityType'], entityId: r.entity_id, sourceId: r.source_id, start: r.start, end: r.end };
}
