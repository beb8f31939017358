// CSV import: the user maps columns to fields (guessed from the header), then each row becomes one event
// or one statement. Actors are matched by name or alias and created when new. Every row is checked
// before anything is written, and the whole file is one undo step.
import { CSV_FIELDS, type CsvField, type CsvMapping, type CsvPreview, type ImportCounts } from '../../shared/api/exchange';
import { isValidZone, parseUncertain, type Precision } from '../../shared/dates';
import { EVENT_TYPES, PARTICIPANT_ROLES, PRECISIONS, type Actor, type Participant } from '../../shared/model';
import { parseCsv } from '../export/csv-text';
import { ParleyError } from '../store/errors';
import type { NewEvent, NewStatement, ProjectStore } from '../store/project-store';

const PREVIEW_ROWS = 8;
const MAX_REPORTED = 8;

/** Header names each field is recognised by, best first (Parley's own CSV columns lead). */
const HEADER_NAMES: Record<CsvField, string[]> = {
  kind: ['kind', 'entry', 'record'],
  type: ['type', 'event_type', 'category'],
  title: ['title', 'headline', 'event', 'name'],
  text: ['text', 'quote', 'statement', 'description', 'summary'],
  start: ['start', 'start_date', 'date', 'when', 'day'],
  precision: ['start_precision', 'precision'],
  approximate: ['start_approximate', 'approximate', 'approx'],
  zone: ['start_zone', 'zone', 'timezone', 'time_zone', 'tz'],
  end: ['end', 'end_date'],
  end_precision: ['end_precision'],
  speaker: ['speaker', 'said_by', 'who'],
  participants: ['participants', 'actors', 'parties'],
  audience: ['audience'],
  outlets: ['outlets', 'outlet', 'reported_by'],
  direct: ['direct', 'direct_quote'],
  hedged: ['hedged', 'reportedly'],
  location: ['location', 'place', 'where'],
  tags: ['tags', 'tag', 'labels'],
};

const normalize = (header: string) => header.trim().toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '_').replace(/^_|_$/g, '');

export function guessMapping(columns: string[]): CsvMapping {
  const names = columns.map(normalize);
  const used = new Set<number>();
  const mapping: CsvMapping = {};
  for (const field of CSV_FIELDS) {
    for (const alias of HEADER_NAMES[field]) {
      const i = names.findIndex((n, j) => n === alias && !used.has(j));
      if (i >= 0) { mapping[field] = i; used.add(i); break; }
    }
  }
  return mapping;
}

function readTable(text: string): { columns: string[]; rows: string[][] } {
  const [columns, ...rows] = parseCsv(text);
  if (!columns) throw new ParleyError('invalid_input', 'The CSV file is empty.');
  return { columns, rows };
}

export function previewCsv(text: string): CsvPreview {
  const { columns, rows } = readTable(text);
  return { columns, rows: rows.slice(0, PREVIEW_ROWS), total: rows.length, mapping: guessMapping(columns) };
}

const TRUE = new Set(['yes', 'y', 'true', '1', 'x', 'oui', 'ja', 'sí', 'si']);
const list = (cell: string) => cell.split(/[;\n]/).map((x) => x.trim()).filter(Boolean);
const EVENT_TYPE_NAMES = new Map<string, NewEvent['type']>(EVENT_TYPES.flatMap((t) => [[t, t], [t.replace('_', ' '), t]]));

type Row = { kind: 'event'; value: NewEvent } | { kind: 'statement'; value: NewStatement };

/** Actors named in the file, found by name or alias (ignoring case) or made new, once each. */
class ActorNames {
  private readonly known = new Map<string, string>();
  readonly created: Omit<Actor, 'id'>[] = [];
  private readonly pending = new Map<string, string>();

  constructor(actors: Actor[]) {
    for (const a of actors) for (const n of [a.name, ...a.aliases]) if (!this.known.has(n.toLowerCase())) this.known.set(n.toLowerCase(), a.id);
  }

  /** The id of a known actor, or a placeholder ("new:3") for one the import will create. */
  id(name: string, kind: Actor['kind']): string {
    const key = name.toLowerCase();
    const found = this.known.get(key) ?? this.pending.get(key);
    if (found) return found;
    const placeholder = `new:${this.created.length}`;
    this.created.push({ name, kind, aliases: [], parentId: null, color: null, notes: '', tags: [] });
    this.pending.set(key, placeholder);
    return placeholder;
  }
}

function participants(cell: string, names: ActorNames): Participant[] {
  return list(cell).map((item) => {
    const m = new RegExp(`^(.*?)\\s*\\((${PARTICIPANT_ROLES.join('|')})\\)$`, 'i').exec(item);
    return { actorId: names.id(m ? m[1] : item, 'other'), role: (m ? m[2].toLowerCase() : 'party') as Participant['role'] };
  });
}

function rowToEntry(cells: string[], mapping: CsvMapping, names: ActorNames, zone: string): Row {
  const get = (f: CsvField) => (mapping[f] === undefined ? '' : (cells[mapping[f]!] ?? '').trim());
  const yes = (f: CsvField) => TRUE.has(get(f).toLowerCase());
  const precisionOf = (f: 'precision' | 'end_precision'): Precision | undefined => {
    const p = get(f).toLowerCase();
    if (!p) return undefined;
    if (!(PRECISIONS as readonly string[]).includes(p)) throw new Error(`"${get(f)}" is not a precision (${PRECISIONS.join(', ')})`);
    return p as Precision;
  };
  const rowZone = get('zone') || zone;
  if (!isValidZone(rowZone)) throw new Error(`"${rowZone}" is not a time zone (use a name like Asia/Jerusalem)`);
  const dateOf = (f: 'start' | 'end', p: Precision | undefined) => {
    const text = get(f);
    if (!text) return null;
    const date = parseUncertain(text, rowZone, p);
    if (!date) throw new Error(`"${text}" is not a date Parley can read (write it like 2025-05-08 or 2025-05-08 18:30)`);
    return get('approximate') && f === 'start' ? { ...date, approximate: date.approximate || yes('approximate') } : date;
  };
  const kindCell = get('kind').toLowerCase();
  const title = get('title'), text = get('text');
  const isStatement = kindCell ? kindCell.startsWith('statement') : get('type').toLowerCase() === 'statement' || !title;
  const start = dateOf('start', precisionOf('precision'));
  const tags = list(get('tags'));
  if (isStatement) {
    if (!text) throw new Error('a statement needs its text');
    const speaker = get('speaker');
    return { kind: 'statement', value: {
      speakerId: speaker ? names.id(speaker, 'person') : null, audienceIds: list(get('audience')).map((n) => names.id(n, 'other')),
      text, direct: yes('direct'), hedged: yes('hedged'), date: start, outletIds: list(get('outlets')).map((n) => names.id(n, 'media')),
      eventId: null, tags,
    } };
  }
  if (!start) throw new Error('an event needs a start date');
  return { kind: 'event', value: {
    type: EVENT_TYPE_NAMES.get(get('type').toLowerCase()) ?? 'other', title, description: text, start,
    end: dateOf('end', precisionOf('end_precision')), location: get('location'), participants: participants(get('participants'), names), tags,
  } };
}

/** Imports the mapped rows as one undo step; refuses the whole file, naming the rows, when any row is wrong. */
export function importCsv(store: ProjectStore, text: string, mapping: CsvMapping): ImportCounts {
  const { columns, rows } = readTable(text);
  const outside = Object.entries(mapping).filter(([, i]) => i! >= columns.length);
  if (outside.length) throw new ParleyError('invalid_input', `The mapping names columns the file does not have (${outside.map(([f]) => f).join(', ')}).`);
  if (mapping.start === undefined) throw new ParleyError('invalid_input', 'Map a column to the start date: every event needs one.');
  if (mapping.title === undefined && mapping.text === undefined) throw new ParleyError('invalid_input', 'Map a column to the title or the text.');
  const zone = store.settings().displayZone;
  const names = new ActorNames(store.listActors());
  const entries: Row[] = [], errors: string[] = [];
  rows.forEach((cells, i) => {
    try { entries.push(rowToEntry(cells, mapping, names, zone)); } catch (e) { errors.push(`row ${i + 2}: ${(e as Error).message}`); }
  });
  if (errors.length) {
    const more = errors.length > MAX_REPORTED ? `; and ${errors.length - MAX_REPORTED} more` : '';
    throw new ParleyError('invalid_input', `The CSV was not imported (nothing was written): ${errors.slice(0, MAX_REPORTED).join('; ')}${more}.`);
  }
  if (!entries.length) throw new ParleyError('invalid_input', 'The CSV has a header but no rows to import.');
  const events = entries.flatMap((r) => (r.kind === 'event' ? [r.value] : []));
  const statements = entries.flatMap((r) => (r.kind === 'statement' ? [r.value] : []));
  try {
    store.batch(`Import ${entries.length} rows from CSV`, () => {
      const ids = new Map(names.created.map((a, i) => [`new:${i}`, store.createActor(a).id]));
      const real = (id: string) => ids.get(id) ?? id;
      if (events.length) store.createEvents(events.map((e) => ({ ...e, participants: e.participants.map((p) => ({ ...p, actorId: real(p.actorId) })) })));
      if (statements.length) {
        store.createStatements(statements.map((s) => ({
          ...s, speakerId: s.speakerId && real(s.speakerId), audienceIds: s.audienceIds.map(real), outletIds: s.outletIds.map(real),
        })));
      }
    });
  } catch (e) {
    if (e instanceof ParleyError) throw new ParleyError(e.code, `The CSV was not imported (nothing was written): ${e.message}`);
    throw e;
  }
  return { actors: names.created.length, events: events.length, statements: statements.length, sources: 0, citations: 0 };
}
