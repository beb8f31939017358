// The project store: the only module that knows SQL. One instance holds one open .parley file.
import type { Database, Statement } from 'better-sqlite3';
import path from 'node:path';
import type { EntryFilter, EntryMove, SourceSummary, TimedEvent, TimedStatement } from '../../shared/api/entities';
import type { HistoryState } from '../../shared/api/project';
import type { TimelineWindow } from '../../shared/api/timeline';
import { isValidZone, rangeOf } from '../../shared/dates';
import type {
  Actor, Citation, Event, Participant, ProjectSettings, Source, Statement as StatementEntity, UncertainDate,
} from '../../shared/model';
import { ParleyError, notFound } from './errors';
import { admitsEvents, admitsStatements, eventConditions, statementConditions, type SqlCondition } from './filters';
import { RollingBackups, type BackupOptions } from './backups';
import { History } from './history';
import { newId, newIds } from './ids';
import { MINUTE_MS, TIME_LEVELS, levelOf } from './levels';
import { openProjectDatabase, type OpenOptions } from './open';
import { WalCheckpoints } from './wal-checkpoints';
import {
  ACTOR_COLUMNS, EVENT_COLUMNS, EVENT_JSON, STATEMENT_COLUMNS, actorFromRow, citationFromRow, dateJson, eventFromJsonRow, eventFromRow,
  participantsJson, sourceFromRow, sourceSummaryFromRow, statementFromRow, type ActorRow, type CitationRow, type EventJsonRow, type EventRow,
  type SourceRow, type StatementRow,
} from './rows';

export type NewActor = Omit<Actor, 'id'>;
export type NewEvent = Omit<Event, 'id'>;
export type NewStatement = Omit<StatementEntity, 'id'>;
export type NewSource = Omit<Source, 'id'>;
export type NewCitation = Omit<Citation, 'id'>;

const DEFAULT_SETTINGS: ProjectSettings = { title: 'Untitled project', displayZone: 'UTC' };
/** From this many rows, an insert is recorded in the undo log as a range rather than row by row. */
const BULK_ROWS = 256;

function checkZone(d: UncertainDate): void {
  if (!isValidZone(d.zone)) throw new ParleyError('invalid_input', `Unknown time zone: ${d.zone}`);
}

function checkDates(start: UncertainDate, end: UncertainDate | null | undefined): { startMs: number; endMs: number } {
  checkZone(start);
  const span = rangeOf(start);
  if (!end) return span;
  checkZone(end);
  const endMs = rangeOf(end).endMs;
  if (endMs <= span.startMs) throw new ParleyError('invalid_input', 'The end date is before the start date.');
  return { startMs: span.startMs, endMs: Math.max(endMs, span.endMs) };
}

/** The participants with one role per actor: the list itself when no actor repeats, as in nearly every event. */
function uniqueParticipants(parts: Participant[]): Participant[] {
  for (let i = 1; i < parts.length; i++) {
    for (let j = 0; j < i; j++) {
      if (parts[i].actorId === parts[j].actorId) return parts.filter((p, k) => parts.findIndex((q) => q.actorId === p.actorId) === k);
    }
  }
  return parts;
}

type EventValues = [id: string, type: string, title: string, description: string, start: string, end: string | null,
  startMs: number, endMs: number, lvl: number, location: string, participants: string, tags: string];

/** An event's column values in insert order; its participants deduplicated (one role per actor). */
function eventValues(id: string, e: NewEvent): EventValues {
  const { startMs, endMs } = checkDates(e.start, e.end);
  return [id, e.type, e.title, e.description ?? '', dateJson(e.start), e.end ? dateJson(e.end) : null,
    startMs, endMs, levelOf(startMs, endMs), e.location ?? '', participantsJson(uniqueParticipants(e.participants ?? [])),
    e.tags?.length ? JSON.stringify(e.tags) : '[]'];
}

export interface StoreOptions extends OpenOptions {
  /** Rolling backups on open and while editing (the app's session turns them on; tests and tools need not). */
  backups?: BackupOptions | boolean;
}

export class ProjectStore {
  readonly history: History;
  /** Always present so backups can be listed and restored; automatic only when opened with `backups`. */
  readonly backups: RollingBackups;
  private readonly cache = new Map<string, Statement>();

  private readonly checkpoints: WalCheckpoints;

  private constructor(readonly file: string, readonly db: Database, backups: BackupOptions | null) {
    this.history = new History(db);
    this.backups = new RollingBackups(db, file, backups ?? {});
    this.checkpoints = new WalCheckpoints(db, path.resolve(file));
    this.history.onChange = () => {
      this.checkpoints.afterCommit();
      if (backups) this.backups.noteWrite();
    };
    // A failed backup must not stop the user working; the next one retries.
    if (backups) this.backups.backupNow().catch(() => undefined);
  }

  static open(file: string, options: StoreOptions = {}): ProjectStore {
    const backups = options.backups === true ? {} : options.backups || null;
    return new ProjectStore(file, openProjectDatabase(file, options), backups);
  }

  close(): void {
    this.backups.stopSync();
    if (!this.db.open) return;
    this.checkpoints.stop();
    // SQLite folds the -wal into the file on close only as the last connection; another reader (a viewer, a
    // second tool) would leave it full, and a restore must not replace a file whose -wal still holds edits.
    try { this.db.pragma('wal_checkpoint(TRUNCATE)'); } catch { /* busy or read-only: SQLite's own close still runs */ }
    this.db.close();
  }

  /** A prepared statement, cached by its SQL text. */
  private q(sql: string): Statement {
    let s = this.cache.get(sql);
    if (!s) { s = this.db.prepare(sql); this.cache.set(sql, s); }
    return s;
  }

  // ---- project --------------------------------------------------------------------------------

  settings(): ProjectSettings {
    const rows = this.q('SELECT key, value FROM settings').all() as { key: string; value: string }[];
    const s = { ...DEFAULT_SETTINGS };
    for (const r of rows) if (r.key === 'title' || r.key === 'displayZone') s[r.key] = r.value;
    return s;
  }

  updateSettings(patch: Partial<ProjectSettings>): ProjectSettings {
    if (patch.displayZone !== undefined && !isValidZone(patch.displayZone)) {
      throw new ParleyError('invalid_input', `Unknown time zone: ${patch.displayZone}`);
    }
    this.history.record('Change project settings', () => {
      for (const [key, value] of Object.entries(patch)) {
        if (value !== undefined) this.q('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(key, value);
      }
    });
    return this.settings();
  }

  counts() {
    const n = (t: string) => (this.q(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n;
    return { actors: n('actors'), events: n('events'), statements: n('statements'), sources: n('sources') };
  }

  undo(): HistoryState { return this.history.undo(); }
  redo(): HistoryState { return this.history.redo(); }

  // ---- actors ---------------------------------------------------------------------------------

  listActors(): Actor[] {
    return (this.q(`SELECT ${ACTOR_COLUMNS} FROM actors ORDER BY name COLLATE NOCASE`).all() as ActorRow[]).map(actorFromRow);
  }

  getActor(id: string): Actor {
    const row = this.q(`SELECT ${ACTOR_COLUMNS} FROM actors WHERE id = ?`).get(id) as ActorRow | undefined;
    if (!row) throw notFound('actor', id);
    return actorFromRow(row);
  }

  /** `id` is given only by imports, which keep a file's ids. */
  createActor(actor: NewActor, id = newId('ac')): Actor {
    this.history.record(`Add ${actor.name}`, () => this.writeActor(id, actor, true));
    return this.getActor(id);
  }

  updateActor(id: string, patch: Partial<NewActor>): Actor {
    const current = this.getActor(id);
    const next = { ...current, ...patch };
    if (next.parentId && this.isAncestorOrSelf(id, next.parentId)) {
      throw new ParleyError('invalid_input', 'An actor cannot belong to itself or to one of its own members.');
    }
    this.history.record(`Edit ${current.name}`, () => this.writeActor(id, next, false));
    return this.getActor(id);
  }

  private isAncestorOrSelf(id: string, candidate: string): boolean {
    for (let cur: string | null = candidate, hops = 0; cur && hops < 1000; hops++) {
      if (cur === id) return true;
      cur = (this.q('SELECT parent_id FROM actors WHERE id = ?').get(cur) as { parent_id: string | null } | undefined)?.parent_id ?? null;
    }
    return false;
  }

  private writeActor(id: string, a: NewActor, insert: boolean): void {
    if (a.parentId) this.getActor(a.parentId);
    const values = [a.name, a.kind, JSON.stringify(a.aliases ?? []), a.parentId ?? null, a.color ?? null, a.notes ?? '', JSON.stringify(a.tags ?? [])];
    if (insert) this.q('INSERT INTO actors (id, name, kind, aliases, parent_id, color, notes, tags) VALUES (?, ?, ?, ?, ?, ?, ?, ?)').run(id, ...values);
    else this.q('UPDATE actors SET name = ?, kind = ?, aliases = ?, parent_id = ?, color = ?, notes = ?, tags = ? WHERE id = ?').run(...values, id);
  }

  deleteActors(ids: string[]): void {
    const names = ids.map((id) => this.getActor(id).name);
    this.history.record(ids.length === 1 ? `Delete ${names[0]}` : `Delete ${ids.length} actors`, () => {
      for (const id of ids) this.q('DELETE FROM actors WHERE id = ?').run(id);
    });
  }

  // ---- events ---------------------------------------------------------------------------------

  getEvent(id: string): TimedEvent {
    const row = this.q(`SELECT ${EVENT_COLUMNS} FROM events e WHERE e.id = ?`).raw().get(id) as EventRow | undefined;
    if (!row) throw notFound('event', id);
    return eventFromRow(row);
  }

  listEvents(filter: EntryFilter = {}, limit = 10_000): TimedEvent[] {
    if (!admitsEvents(filter)) return [];
    const c = eventConditions(filter);
    const where = c.where.length ? `WHERE ${c.where.join(' AND ')}` : '';
    const rows = this.q(`SELECT ${EVENT_COLUMNS} FROM events e ${where} ORDER BY e.start_ms, e.end_ms, e.rid LIMIT @limit`)
      .raw().all({ ...c.params, limit }) as EventRow[];
    return rows.map(eventFromRow);
  }

  createEvent(event: NewEvent): TimedEvent {
    const [id] = this.createEvents([event], `Add ${event.title}`);
    return this.getEvent(id);
  }

  /** Adds many events as one undo step; returns their ids. */
  createEvents(events: NewEvent[], label = `Add ${events.length} events`, ids = newIds('ev', events.length)): string[] {
    this.history.record(label, () => {
      const actorIds = new Set<string>();
      for (const e of events) for (const p of e.participants ?? []) actorIds.add(p.actorId);
      this.requireActors(actorIds);
      const insert = this.q(`INSERT INTO events (id, type, title, description, start, "end", start_ms, end_ms, lvl, location, participants, tags)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
      // Row by row, so each row's values are garbage at once; a bad one throws and the transaction rolls back.
      const insertAll = () => events.forEach((e, i) => insert.run(eventValues(ids[i], e)));
      // A few rows are logged one by one; a bulk insert as one range, sparing every row the capture trigger.
      if (events.length < BULK_ROWS) return insertAll();
      // Bulk loading: with more new rows than old, sorting the finished table into the time index costs less than
      // putting each row at its place in it as it comes (a 100k import into a new project: ~50 of ~500 ms).
      this.history.recordInsertedRange(['events'], ([ridBefore]) => {
        const rebuild = events.length > ridBefore
          ? this.q("SELECT sql FROM sqlite_master WHERE type = 'index' AND name = 'events_time'").pluck().get() as string : null;
        if (rebuild) this.db.exec('DROP INDEX events_time');
        insertAll();
        if (rebuild) this.db.exec(rebuild);
      });
    });
    return ids;
  }

  updateEvent(id: string, patch: Partial<NewEvent>): TimedEvent {
    const current = this.getEvent(id);
    this.history.record(`Edit ${current.title}`, () => this.writeEvent(id, { ...current, ...patch }));
    return this.getEvent(id);
  }

  private writeEvent(id: string, e: NewEvent): void {
    this.requireActors((e.participants ?? []).map((p) => p.actorId));
    const [, ...values] = eventValues(id, e);
    this.q(`UPDATE events SET type = ?, title = ?, description = ?, start = ?, "end" = ?, start_ms = ?, end_ms = ?, lvl = ?,
      location = ?, participants = ?, tags = ? WHERE id = ?`).run(...values, id);
  }

  /** Replaces a statement's audience or outlets only where they differ, so the undo log records just the real change. */
  private writeStatementActors(id: string, role: 'audience' | 'outlet', actorIds: string[], fresh: boolean): void {
    const unique = [...new Set(actorIds)];
    if (!fresh) {
      const current = this.q(`SELECT actor_id FROM statement_actors WHERE statement_id = ? AND role = ? ORDER BY position`).pluck().all(id, role);
      if (JSON.stringify(current) === JSON.stringify(unique)) return;
      this.q('DELETE FROM statement_actors WHERE statement_id = ? AND role = ?').run(id, role);
    }
    const insert = this.q('INSERT INTO statement_actors (statement_id, actor_id, role, position) VALUES (?, ?, ?, ?)');
    unique.forEach((actor, position) => {
      this.requireActor(actor);
      insert.run(id, actor, role, position);
    });
  }

  private requireActor(id: string): void {
    if (!this.q('SELECT 1 FROM actors WHERE id = ?').get(id)) throw notFound('actor', id);
  }

  private requireActors(ids: Iterable<string>): void {
    for (const id of new Set(ids)) this.requireActor(id);
  }

  deleteEvents(ids: string[]): void {
    const first = this.getEvent(ids[0]);
    this.history.record(ids.length === 1 ? `Delete ${first.title}` : `Delete ${ids.length} events`, () => {
      for (const id of ids) this.q('DELETE FROM events WHERE id = ?').run(id);
    });
  }

  // ---- statements -----------------------------------------------------------------------------

  /** Rows from the window query carry their audience and outlets (`links`); others are looked up in one query. */
  private statementsFromRows(rows: (StatementRow & { links?: string | null })[]): TimedStatement[] {
    const links = new Map<string, { audience: string[]; outlet: string[] }>();
    if (rows.length && rows[0].links !== undefined) {
      for (const r of rows) {
        if (!r.links) continue;
        const entry = { audience: [] as string[], outlet: [] as string[] };
        for (const line of r.links.split('\n')) {
          const tab = line.indexOf('\t');
          entry[line.slice(0, tab) as 'audience' | 'outlet'].push(line.slice(tab + 1));
        }
        links.set(r.id, entry);
      }
    } else if (rows.length) {
      const all = this.q(`SELECT statement_id, actor_id, role FROM statement_actors
        WHERE statement_id IN (SELECT value FROM json_each(?)) ORDER BY statement_id, role, position`)
        .all(JSON.stringify(rows.map((r) => r.id))) as { statement_id: string; actor_id: string; role: 'audience' | 'outlet' }[];
      for (const l of all) {
        let entry = links.get(l.statement_id);
        if (!entry) links.set(l.statement_id, (entry = { audience: [], outlet: [] }));
        entry[l.role].push(l.actor_id);
      }
    }
    return rows.map((r) => statementFromRow(r, links.get(r.id)?.audience ?? [], links.get(r.id)?.outlet ?? []));
  }

  getStatement(id: string): TimedStatement {
    const row = this.q(`SELECT ${STATEMENT_COLUMNS} FROM statements s WHERE s.id = ?`).get(id) as StatementRow | undefined;
    if (!row) throw notFound('statement', id);
    return this.statementsFromRows([row])[0];
  }

  listStatements(filter: EntryFilter = {}, limit = 10_000): TimedStatement[] {
    if (!admitsStatements(filter)) return [];
    const c = statementConditions(filter);
    const where = c.where.length ? `WHERE ${c.where.join(' AND ')}` : '';
    const rows = this.q(`SELECT ${STATEMENT_COLUMNS} FROM statements s ${where}
      ORDER BY s.start_ms IS NULL, s.start_ms, s.rid LIMIT @limit`).all({ ...c.params, limit }) as StatementRow[];
    return this.statementsFromRows(rows);
  }

  createStatement(statement: NewStatement): TimedStatement {
    const [id] = this.createStatements([statement], 'Add a statement');
    return this.getStatement(id);
  }

  createStatements(statements: NewStatement[], label = `Add ${statements.length} statements`, ids = newIds('st', statements.length)): string[] {
    this.history.record(label, () => statements.forEach((s, i) => this.writeStatement(ids[i], s, true)));
    return ids;
  }

  updateStatement(id: string, patch: Partial<NewStatement>): TimedStatement {
    const current = this.getStatement(id);
    this.history.record('Edit a statement', () => this.writeStatement(id, { ...current, ...patch }, false));
    return this.getStatement(id);
  }

  private writeStatement(id: string, s: NewStatement, insert: boolean): void {
    const span = s.date ? checkDates(s.date, null) : null;
    if (s.speakerId) this.requireActor(s.speakerId);
    if (s.eventId) this.getEvent(s.eventId);
    const values = [s.speakerId ?? null, s.text, s.direct ? 1 : 0, s.hedged ? 1 : 0, s.date ? dateJson(s.date) : null,
      span?.startMs ?? null, span?.endMs ?? null, span ? levelOf(span.startMs, span.endMs) : null, s.eventId ?? null, JSON.stringify(s.tags ?? [])];
    if (insert) {
      this.q(`INSERT INTO statements (id, speaker_id, text, direct, hedged, date, start_ms, end_ms, lvl, event_id, tags)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(id, ...values);
    } else {
      this.q(`UPDATE statements SET speaker_id = ?, text = ?, direct = ?, hedged = ?, date = ?, start_ms = ?, end_ms = ?, lvl = ?,
        event_id = ?, tags = ? WHERE id = ?`).run(...values, id);
    }
    this.writeStatementActors(id, 'audience', s.audienceIds ?? [], insert);
    this.writeStatementActors(id, 'outlet', s.outletIds ?? [], insert);
  }

  deleteStatements(ids: string[]): void {
    ids.forEach((id) => this.getStatement(id));
    this.history.record(ids.length === 1 ? 'Delete a statement' : `Delete ${ids.length} statements`, () => {
      for (const id of ids) this.q('DELETE FROM statements WHERE id = ?').run(id);
    });
  }

  // ---- timeline edits and queries -------------------------------------------------------------

  /** Moves events and statements (a drag) as one undo step. */
  moveEntries(moves: EntryMove[]): { events: TimedEvent[]; statements: TimedStatement[] } {
    const events: string[] = [], statements: string[] = [];
    this.history.record(moves.length === 1 ? 'Move an entry' : `Move ${moves.length} entries`, () => {
      for (const m of moves) {
        if (m.id.startsWith('st_') || this.q('SELECT 1 FROM statements WHERE id = ?').get(m.id)) {
          const s = this.getStatement(m.id);
          const speakerId = m.toActorId && (!m.fromActorId || m.fromActorId === s.speakerId) ? m.toActorId : s.speakerId;
          this.writeStatement(m.id, { ...s, date: m.start, speakerId }, false);
          statements.push(m.id);
        } else {
          const e = this.getEvent(m.id);
          this.writeEvent(m.id, { ...e, start: m.start, end: m.end === undefined ? e.end : m.end,
            participants: swapParticipant(e.participants, m.fromActorId, m.toActorId) });
          events.push(m.id);
        }
      }
    });
    return { events: events.map((id) => this.getEvent(id)), statements: statements.map((id) => this.getStatement(id)) };
  }

  deleteEntries(ids: string[]): void {
    const isStatement = (id: string) => !!this.q('SELECT 1 FROM statements WHERE id = ?').get(id);
    const kinds = ids.map((id) => {
      if (isStatement(id)) return 'statements';
      this.getEvent(id);
      return 'events';
    });
    this.history.record(ids.length === 1 ? 'Delete an entry' : `Delete ${ids.length} entries`, () => {
      ids.forEach((id, i) => this.q(`DELETE FROM ${kinds[i]} WHERE id = ?`).run(id));
    });
  }

  /**
   * Entries overlapping [fromMs, toMs): one index range scan per length level present (found by an index
   * seek, so empty levels cost nothing), so long entries are found too. A level's events come as one JSON text
   * (EVENT_JSON), in the scan's order as rows would. A statement row brings its audience and outlets as text,
   * which saves a second query and its random reads of the link table.
   */
  window(fromMs: number, toMs: number, filter: EntryFilter = {}, limit = 20_000): TimelineWindow {
    // Each level's rows, up to limit + 1 in all; `read` runs one level's scan with its parameters.
    const eachLevel = <Row>(table: 'events' | 'statements', c: SqlCondition, read: (params: Record<string, unknown>) => Row[]): Row[] => {
      const nextLevel = this.q(`SELECT min(lvl) AS lvl FROM ${table} WHERE lvl >= ?`);
      const rows: Row[] = [];
      for (let lvl = (nextLevel.get(0) as { lvl: number | null }).lvl; lvl !== null && lvl <= TIME_LEVELS && rows.length <= limit;
        lvl = (nextLevel.get(lvl + 1) as { lvl: number | null }).lvl) {
        const lo = fromMs - 2 ** lvl * MINUTE_MS;
        for (const r of read({ ...c.params, lvl, lo, fromMs, toMs, limit: limit + 1 - rows.length })) rows.push(r);
      }
      return rows;
    };
    const inLevel = (alias: string, c: SqlCondition) => `${alias}.lvl = @lvl AND ${alias}.start_ms >= @lo AND ${alias}.start_ms < @toMs
      AND ${alias}.end_ms > @fromMs ${c.where.length ? `AND ${c.where.join(' AND ')}` : ''}`;
    let evRows: EventJsonRow[] = [];
    if (admitsEvents(filter)) {
      const c = eventConditions(filter);
      // LIMIT takes a subquery, whose rows SQLite copies once more; a level whose index range holds no more entries
      // than are still wanted (counted from the index alone, up to that many) is read whole without one.
      const entries = this.q('SELECT count(*) FROM (SELECT 1 FROM events WHERE lvl = @lvl AND start_ms >= @lo AND start_ms < @toMs LIMIT @limit + 1)').pluck();
      const whole = this.q(`SELECT '[' || group_concat(${EVENT_JSON}) || ']' FROM events e WHERE ${inLevel('e', c)}`).pluck();
      const limited = this.q(`SELECT '[' || group_concat(event) || ']' FROM (SELECT ${EVENT_JSON} AS event FROM events e WHERE ${inLevel('e', c)} LIMIT @limit)`).pluck();
      evRows = eachLevel('events', c, (params) => {
        const fits = (entries.get(params) as number) <= (params.limit as number);
        return JSON.parse(((fits ? whole : limited).get(params) as string | null) ?? '[]') as EventJsonRow[];
      });
    }
    let stRows: StatementRow[] = [];
    if (admitsStatements(filter)) {
      const c = statementConditions(filter);
      const links = `(SELECT group_concat(a.role || char(9) || a.actor_id, char(10) ORDER BY a.role, a.position) FROM statement_actors a WHERE a.statement_id = s.id) AS links`;
      const level = this.q(`SELECT ${STATEMENT_COLUMNS}, ${links} FROM statements s WHERE ${inLevel('s', c)} LIMIT @limit`);
      stRows = eachLevel('statements', c, (params) => level.all(params) as StatementRow[]);
    }
    const truncated = evRows.length > limit || stRows.length > limit;
    return {
      events: evRows.sort((a, b) => a[3] - b[3]).slice(0, limit).map(eventFromJsonRow),
      statements: this.statementsFromRows(stRows.sort((a, b) => (a.start_ms ?? 0) - (b.start_ms ?? 0)).slice(0, limit)),
      truncated,
    };
  }

  extent(filter: EntryFilter = {}): { startMs: number; endMs: number } | null {
    const bounds: number[] = [];
    if (admitsEvents(filter)) {
      const c = eventConditions(filter);
      const r = this.q(`SELECT min(e.start_ms) AS lo, max(e.end_ms) AS hi FROM events e ${c.where.length ? `WHERE ${c.where.join(' AND ')}` : ''}`).get(c.params) as { lo: number | null; hi: number | null };
      if (r.lo !== null && r.hi !== null) bounds.push(r.lo, r.hi);
    }
    if (admitsStatements(filter)) {
      const c = statementConditions(filter);
      const r = this.q(`SELECT min(s.start_ms) AS lo, max(s.end_ms) AS hi FROM statements s ${c.where.length ? `WHERE ${c.where.join(' AND ')}` : ''}`).get(c.params) as { lo: number | null; hi: number | null };
      if (r.lo !== null && r.hi !== null) bounds.push(r.lo, r.hi);
    }
    return bounds.length ? { startMs: Math.min(...bounds), endMs: Math.max(...bounds) } : null;
  }

  // ---- sources and citations ------------------------------------------------------------------

  listSources(): SourceSummary[] {
    return (this.q(`SELECT id, title, outlet_id, author, published, zone, url, length(text) AS length, tags FROM sources
      ORDER BY published IS NULL, published, title`).all() as SourceRow[]).map(sourceSummaryFromRow);
  }

  getSource(id: string): Source {
    const row = this.q('SELECT * FROM sources WHERE id = ?').get(id) as (SourceRow & { text: string }) | undefined;
    if (!row) throw notFound('source', id);
    return sourceFromRow(row);
  }

  createSource(source: NewSource, id = newId('so')): Source {
    this.history.record(`Add source ${source.title || ''}`.trim(), () => {
      if (source.outletId) this.requireActor(source.outletId);
      this.q(`INSERT INTO sources (id, title, outlet_id, author, published, zone, url, text, tags) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`)
        .run(id, source.title ?? '', source.outletId ?? null, source.author ?? '', source.published ?? null, source.zone ?? 'UTC',
          source.url ?? '', source.text, JSON.stringify(source.tags ?? []));
    });
    return this.getSource(id);
  }

  updateSource(id: string, patch: Partial<Omit<NewSource, 'text'>>): Source {
    const s = { ...this.getSource(id), ...patch };
    this.history.record(`Edit source ${s.title}`.trim(), () => {
      if (s.outletId) this.requireActor(s.outletId);
      this.q('UPDATE sources SET title = ?, outlet_id = ?, author = ?, published = ?, zone = ?, url = ?, tags = ? WHERE id = ?')
        .run(s.title, s.outletId, s.author, s.published, s.zone, s.url, JSON.stringify(s.tags), id);
    });
    return this.getSource(id);
  }

  deleteSources(ids: string[]): void {
    ids.forEach((id) => this.getSource(id));
    this.history.record(ids.length === 1 ? 'Delete a source' : `Delete ${ids.length} sources`, () => {
      for (const id of ids) this.q('DELETE FROM sources WHERE id = ?').run(id);
    });
  }

  listCitations(by: { entityType?: string; entityId?: string; sourceId?: string }): Citation[] {
    return (this.q(`SELECT id, entity_type, entity_id, source_id, start, "end" FROM citations
      WHERE (@entityType IS NULL OR entity_type = @entityType) AND (@entityId IS NULL OR entity_id = @entityId)
      AND (@sourceId IS NULL OR source_id = @sourceId) ORDER BY source_id, start`)
      .all({ entityType: by.entityType ?? null, entityId: by.entityId ?? null, sourceId: by.sourceId ?? null }) as CitationRow[])
      .map(citationFromRow);
  }

  createCitation(c: NewCitation, id = newId('ci')): Citation {
    this.history.record('Add a citation', () => {
      const source = this.getSource(c.sourceId);
      if (c.end > source.text.length || c.start > c.end) {
        throw new ParleyError('invalid_input', `The span ${c.start}–${c.end} is outside the source's ${source.text.length} characters.`);
      }
      const table = { actor: 'actors', event: 'events', statement: 'statements', source: 'sources' }[c.entityType];
      if (!this.q(`SELECT 1 FROM ${table} WHERE id = ?`).get(c.entityId)) throw notFound(c.entityType, c.entityId);
      this.q('INSERT INTO citations (id, entity_type, entity_id, source_id, start, "end") VALUES (?, ?, ?, ?, ?, ?)')
        .run(id, c.entityType, c.entityId, c.sourceId, c.start, c.end);
    });
    return citationFromRow(this.q('SELECT id, entity_type, entity_id, source_id, start, "end" FROM citations WHERE id = ?').get(id) as CitationRow);
  }

  deleteCitations(ids: string[]): void {
    this.history.record(ids.length === 1 ? 'Remove a citation' : `Remove ${ids.length} citations`, () => {
      for (const id of ids) {
        if (this.q('DELETE FROM citations WHERE id = ?').run(id).changes === 0) throw notFound('citation', id);
      }
    });
  }

  /** Which of these ids the project already uses (an import that keeps ids refuses to overwrite). */
  existingIds(ids: string[]): string[] {
    const all = ['actors', 'events', 'statements', 'sources', 'citations'].map((t) => `SELECT id FROM ${t}`).join(' UNION ALL ');
    return (this.q(`SELECT id FROM (${all}) WHERE id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(ids)) as { id: string }[]).map((r) => r.id);
  }

  /** Several writes as one undo step (an import, a paste). */
  batch<T>(label: string, work: () => T): T {
    return this.history.record(label, work);
  }
}

function swapParticipant(parts: Participant[], from?: string, to?: string): Participant[] {
  if (!to || from === to) return parts;
  // Dropped into the lane of an actor who already takes part: the event simply leaves the old lane.
  if (parts.some((p) => p.actorId === to)) return parts.filter((p) => p.actorId !== from);
  const i = from ? parts.findIndex((p) => p.actorId === from) : -1;
  if (i < 0) return [...parts, { actorId: to, role: 'party' }];
  return parts.map((p, j) => (j === i ? { ...p, actorId: to } : p));
}
