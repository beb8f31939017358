// Conversions between SQLite rows and the model's entities. Only the store uses these.
import type { Actor, Citation, Participant, Source, UncertainDate } from '../../shared/model';
import type { SourceSummary, TimedEvent, TimedStatement } from '../../shared/api/entities';

export interface ActorRow { id: string; name: string; kind: string; aliases: string; parent_id: string | null; color: string | null; notes: string; tags: string }
/** An event row in EVENT_COLUMNS order, read with `.raw()`: for a list of 1k events, row objects cost more than the query. */
export type EventRow = [id: string, type: string, title: string, description: string, start: string, end: string | null,
  startMs: number, endMs: number, location: string, participants: string, tags: string];
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
export const EVENT_COLUMNS = 'e.id, e.type, e.title, e.description, e.start, e."end", e.start_ms, e.end_ms, e.location, e.participants, e.tags';
export const STATEMENT_COLUMNS = 's.id, s.speaker_id, s.text, s.direct, s.hedged, s.date, s.start_ms, s.end_ms, s.event_id, s.tags';
/**
 * An event as one JSON array, its JSON columns embedded as stored, for a window to read a level's events as one
 * text: better-sqlite3 converting 11 values a row costs more than one JSON.parse of them all. The text columns go
 * through one json_array, which costs less than quoting each. start_ms and end_ms are whole milliseconds, whose
 * text SQLite writes exactly.
 */
export const EVENT_JSON = `'[' || concat_ws(',', json_array(e.id, e.type, e.title, e.description, e.location),
  e.start, ifnull(e."end", 'null'), e.start_ms, e.end_ms, e.participants, e.tags) || ']'`;
/** EVENT_JSON parsed. */
export type EventJsonRow = [text: [id: string, type: string, title: string, description: string, location: string],
  start: UncertainDate, end: UncertainDate | null, startMs: number, endMs: number, participants: Participant[], tags: string[]];

const json = <T>(text: string | null): T => JSON.parse(text ?? 'null') as T;

// Stored JSON written field by field: a bulk import writes 100k of each, and JSON.stringify of small objects
// costs several times more. The fields are the model's own, in a fixed order, each value escaped by JSON.stringify.
// What follows a date's value is the same for most rows of an import, so the last one is kept.
let lastTail = { precision: '', approximate: false, zone: '', json: '' };

export function dateJson(d: UncertainDate): string {
  const approximate = d.approximate === true;
  if (d.precision !== lastTail.precision || approximate !== lastTail.approximate || d.zone !== lastTail.zone) {
    lastTail = { precision: d.precision, approximate, zone: d.zone,
      json: `,"precision":${JSON.stringify(d.precision)},"approximate":${approximate},"zone":${JSON.stringify(d.zone)}}` };
  }
  return `{"value":${JSON.stringify(d.value)}${lastTail.json}`;
}

/** Each participant's JSON by role and actor id: an import names a few hundred actors in 100k events. */
const participantJson = new Map<string, Map<string, string>>();

export function participantsJson(participants: Participant[]): string {
  let out = '[';
  for (let i = 0; i < participants.length; i++) {
    const { actorId, role } = participants[i];
    let byActor = participantJson.get(role);
    if (!byActor) participantJson.set(role, (byActor = new Map()));
    let json = byActor.get(actorId);
    if (json === undefined) {
      json = `{"actorId":${JSON.stringify(actorId)},"role":${JSON.stringify(role)}}`;
      // Bounded, so a long session of imports does not hold every id it ever saw.
      if (byActor.size < 10_000) byActor.set(actorId, json);
    }
    out += i === 0 ? json : `,${json}`;
  }
  return `${out}]`;
}

export function actorFromRow(r: ActorRow): Actor {
  return {
    id: r.id, name: r.name, kind: r.kind as Actor['kind'], aliases: json(r.aliases), parentId: r.parent_id,
    color: r.color, notes: r.notes, tags: json(r.tags),
  };
}

export function eventFromRow([id, type, title, description, start, end, startMs, endMs, location, participants, tags]: EventRow): TimedEvent {
  return {
    id, type: type as TimedEvent['type'], title, description, start: json<UncertainDate>(start), end: json<UncertainDate | null>(end),
    location, participants: json(participants), tags: tags === '[]' ? [] : json(tags), startMs, endMs,
  };
}

export function eventFromJsonRow([[id, type, title, description, location], start, end, startMs, endMs, participants, tags]: EventJsonRow): TimedEvent {
  return { id, type: type as TimedEvent['type'], title, description, start, end, location, participants, tags, startMs, endMs };
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
