// Undo and redo kept in the project file. Triggers (schema.ts) record every row a change touches;
// undoing applies the inverse of those records, and what the undo itself touched becomes the redo.
import type { Database, Statement } from 'better-sqlite3';
import type { HistoryState } from '../../shared/api/project';
import { TRACKED_TABLES, captureTriggerSql } from './schema';

const FORWARD = 0;
const BACKWARD = 1;
/** How many undo steps a project keeps. */
const HISTORY_LIMIT = 500;

/** i, u, d: one row inserted, updated, deleted; r: the rows of a bulk insert, rids row_id..old. */
interface Change { tbl: string; op: 'i' | 'u' | 'd' | 'r'; row_id: number; old: string | null }

export class History {
  private readonly columns = new Map<string, string[]>();
  private readonly sql: Record<string, Statement>;
  private readonly inverseSql = new Map<string, Statement>();

  constructor(private readonly db: Database) {
    for (const t of TRACKED_TABLES) {
      this.columns.set(t, (db.prepare(`PRAGMA table_info(${t})`).all() as { name: string }[]).map((c) => c.name));
    }
    this.sql = {
      begin: db.prepare('UPDATE history_ctl SET entry = ?, phase = ?'),
      end: db.prepare('UPDATE history_ctl SET entry = NULL, phase = NULL'),
      add: db.prepare('INSERT INTO history (label, at) VALUES (?, ?)'),
      dropRedo: db.prepare('DELETE FROM history WHERE undone = 1'),
      prune: db.prepare('DELETE FROM history WHERE rid <= (SELECT max(rid) FROM history) - ?'),
      lastDone: db.prepare('SELECT rid, label FROM history WHERE undone = 0 ORDER BY rid DESC LIMIT 1'),
      firstUndone: db.prepare('SELECT rid, label FROM history WHERE undone = 1 ORDER BY rid ASC LIMIT 1'),
      changes: db.prepare('SELECT tbl, op, row_id, old FROM history_changes WHERE entry = ? AND phase = ? ORDER BY rid DESC'),
      clearPhase: db.prepare('DELETE FROM history_changes WHERE entry = ? AND phase = ?'),
      mark: db.prepare('UPDATE history SET undone = ? WHERE rid = ?'),
      countChanges: db.prepare('SELECT count(*) AS n FROM history_changes WHERE entry = ?'),
      drop: db.prepare('DELETE FROM history WHERE rid = ?'),
    };
  }

  private recording = false;
  /** Told after each committed change, undo or redo (rolling backups start from the first one). */
  onChange: (() => void) | null = null;

  /** Runs a change in one transaction and records it as one undo step (nested calls join the outer step). */
  record<T>(label: string, change: () => T): T {
    if (this.recording) return change();
    this.recording = true;
    try {
      const result = this.recordStep(label, change);
      this.onChange?.();
      return result;
    } finally {
      this.recording = false;
    }
  }

  private recordStep<T>(label: string, change: () => T): T {
    return this.db.transaction(() => {
      this.sql.dropRedo.run();
      const entry = Number(this.sql.add.run(label, Date.now()).lastInsertRowid);
      this.sql.begin.run(entry, FORWARD);
      try {
        return change();
      } finally {
        this.sql.end.run();
        // A change that touched nothing leaves no empty step behind.
        if ((this.sql.countChanges.get(entry) as { n: number }).n === 0) this.sql.drop.run(entry);
        this.sql.prune.run(HISTORY_LIMIT);
      }
    })();
  }

  /** Drops every undo and redo step (a new project's sample content is where its history starts). */
  forget(): void {
    this.db.prepare('DELETE FROM history').run();
  }

  undo(): HistoryState {
    const entry = this.sql.lastDone.get() as { rid: number } | undefined;
    if (entry) this.replay(entry.rid, FORWARD, BACKWARD, 1);
    return this.state();
  }

  redo(): HistoryState {
    const entry = this.sql.firstUndone.get() as { rid: number } | undefined;
    if (entry) this.replay(entry.rid, BACKWARD, FORWARD, 0);
    return this.state();
  }

  state(): HistoryState {
    const done = this.sql.lastDone.get() as { label: string } | undefined;
    const undone = this.sql.firstUndone.get() as { label: string } | undefined;
    return { canUndo: !!done, canRedo: !!undone, undoLabel: done?.label ?? null, redoLabel: undone?.label ?? null };
  }

  /**
   * A bulk insert (an import, 100k events) recorded as one rid range per table instead of a log row per
   * row: rids of new rows are consecutive within the transaction, so the range names exactly them. The tables'
   * insert triggers are dropped meanwhile (even a trigger that does nothing costs each row a lookup), and rebuilt
   * before the transaction commits; should it fail, the rollback restores them too. The insert is told each table's
   * highest rid before it, which is how many rows a table without deletions already holds.
   */
  recordInsertedRange<T>(tables: string[], insert: (ridsBefore: number[]) => T): T {
    if (!this.recording) throw new Error('recordInsertedRange must run inside record()');
    const ctl = this.db.prepare('SELECT entry, phase FROM history_ctl').get() as { entry: number; phase: number };
    const maxRid = (t: string) => (this.db.prepare(`SELECT ifnull(max(rid), 0) AS m FROM ${t}`).get() as { m: number }).m;
    const before = tables.map(maxRid);
    for (const t of tables) this.db.exec(`DROP TRIGGER ${t}_log_i`);
    let result: T;
    try {
      result = insert(before);
    } finally {
      for (const t of tables) this.db.exec(captureTriggerSql(this.db, t, 'i'));
    }
    tables.forEach((t, i) => {
      const after = maxRid(t);
      if (after > before[i]) {
        this.db.prepare(`INSERT INTO history_changes (entry, phase, tbl, op, row_id, old) VALUES (?, ?, ?, 'r', ?, ?)`)
          .run(ctl.entry, ctl.phase, t, before[i] + 1, String(after));
      }
    });
    return result;
  }

  /** Applies the inverse of one phase of an entry, recording what that did as the other phase. */
  private replay(entry: number, from: number, to: number, undone: number): void {
    this.db.transaction(() => {
      this.db.pragma('defer_foreign_keys = ON');
      const changes = this.sql.changes.all(entry, from) as Change[];
      this.sql.clearPhase.run(entry, to);
      this.sql.begin.run(entry, to);
      for (const c of changes) this.invert(c);
      this.sql.end.run();
      this.sql.mark.run(undone, entry);
    })();
    this.onChange?.();
  }

  private invert(c: Change): void {
    const cols = this.columns.get(c.tbl);
    if (!cols) throw new Error(`undo log names an unknown table: ${c.tbl}`);
    if (c.op === 'r') {
      this.db.prepare(`DELETE FROM ${c.tbl} WHERE rid BETWEEN ? AND ?`).run(c.row_id, Number(c.old));
      return;
    }
    const statement = this.inverseStatement(c.tbl, c.op, cols);
    if (c.op === 'i') {
      statement.run(c.row_id);
      return;
    }
    const old = JSON.parse(c.old ?? '{}') as Record<string, unknown>;
    const values = cols.map((k) => old[k] ?? null);
    if (c.op === 'd') statement.run(...values);
    else statement.run(...values, c.row_id);
  }

  private inverseStatement(tbl: string, op: 'i' | 'u' | 'd', cols: string[]): Statement {
    const key = `${tbl}:${op}`;
    let statement = this.inverseSql.get(key);
    if (!statement) {
      const quoted = cols.map((k) => `"${k}"`);
      statement = this.db.prepare(
        op === 'i' ? `DELETE FROM ${tbl} WHERE rid = ?`
          : op === 'd' ? `INSERT INTO ${tbl} (${quoted.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`
            : `UPDATE ${tbl} SET ${quoted.map((q) => `${q} = ?`).join(', ')} WHERE rid = ?`);
      this.inverseSql.set(key, statement);
    }
    return statement;
  }
}
