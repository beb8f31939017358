// Schema migrations, keyed on PRAGMA user_version. Each step runs inside the opening transaction.
import type { Database } from 'better-sqlite3';

/** Marks a SQLite file as a Parley project ("PRLY"). */
export const APPLICATION_ID = 0x50524c59;

/** Tables whose rows the undo log records; everything else is derived or bookkeeping. */
export const TRACKED_TABLES = [
  'settings', 'actors', 'events', 'statements', 'statement_actors', 'sources', 'citations',
] as const;

const V1 = `
CREATE TABLE settings (rid INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, value TEXT NOT NULL);

CREATE TABLE actors (
  rid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, name TEXT NOT NULL, kind TEXT NOT NULL,
  aliases TEXT NOT NULL DEFAULT '[]', parent_id TEXT REFERENCES actors(id) ON DELETE SET NULL,
  color TEXT, notes TEXT NOT NULL DEFAULT '', tags TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX actors_parent ON actors(parent_id);

CREATE TABLE events (
  rid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, type TEXT NOT NULL, title TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '', start TEXT NOT NULL, "end" TEXT,
  start_ms INTEGER NOT NULL, end_ms INTEGER NOT NULL, lvl INTEGER NOT NULL,
  location TEXT NOT NULL DEFAULT '', tags TEXT NOT NULL DEFAULT '[]'
);
-- lvl buckets events by log2 of their length in minutes, so a window query is one short range scan per level.
CREATE INDEX events_time ON events(lvl, start_ms);
CREATE INDEX events_start ON events(start_ms);

CREATE TABLE event_participants (
  rid INTEGER PRIMARY KEY,
  event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  actor_id TEXT NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
  role TEXT NOT NULL DEFAULT 'party', position INTEGER NOT NULL DEFAULT 0,
  UNIQUE (event_id, actor_id)
);
CREATE INDEX event_participants_actor ON event_participants(actor_id);

CREATE TABLE statements (
  rid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE,
  speaker_id TEXT REFERENCES actors(id) ON DELETE SET NULL,
  text TEXT NOT NULL, direct INTEGER NOT NULL DEFAULT 0, hedged INTEGER NOT NULL DEFAULT 0,
  date TEXT, start_ms INTEGER, end_ms INTEGER, lvl INTEGER,
  event_id TEXT REFERENCES events(id) ON DELETE SET NULL, tags TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX statements_time ON statements(lvl, start_ms);
CREATE INDEX statements_speaker ON statements(speaker_id);
CREATE INDEX statements_event ON statements(event_id);

-- An actor a statement was addressed to (audience) or that reported it (outlet).
CREATE TABLE statement_actors (
  rid INTEGER PRIMARY KEY,
  statement_id TEXT NOT NULL REFERENCES statements(id) ON DELETE CASCADE,
  actor_id TEXT NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
  role TEXT NOT NULL CHECK (role IN ('audience', 'outlet')), position INTEGER NOT NULL DEFAULT 0,
  UNIQUE (statement_id, actor_id, role)
);
CREATE INDEX statement_actors_actor ON statement_actors(actor_id);

CREATE TABLE sources (
  rid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, title TEXT NOT NULL DEFAULT '',
  outlet_id TEXT REFERENCES actors(id) ON DELETE SET NULL, author TEXT NOT NULL DEFAULT '',
  published TEXT, zone TEXT NOT NULL DEFAULT 'UTC', url TEXT NOT NULL DEFAULT '',
  text TEXT NOT NULL, tags TEXT NOT NULL DEFAULT '[]'
);

CREATE TABLE citations (
  rid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, entity_type TEXT NOT NULL, entity_id TEXT NOT NULL,
  source_id TEXT NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
  start INTEGER NOT NULL, "end" INTEGER NOT NULL
);
CREATE INDEX citations_entity ON citations(entity_type, entity_id);
CREATE INDEX citations_source ON citations(source_id);

-- Citations follow the entity they cite; these deletes are recorded by the undo log like any other.
CREATE TRIGGER events_drop_citations AFTER DELETE ON events BEGIN
  DELETE FROM citations WHERE entity_type = 'event' AND entity_id = OLD.id; END;
CREATE TRIGGER statements_drop_citations AFTER DELETE ON statements BEGIN
  DELETE FROM citations WHERE entity_type = 'statement' AND entity_id = OLD.id; END;
CREATE TRIGGER actors_drop_citations AFTER DELETE ON actors BEGIN
  DELETE FROM citations WHERE entity_type = 'actor' AND entity_id = OLD.id; END;

-- The undo log: each change records the rows it touched; undoing one records its own changes for redo.
CREATE TABLE history (rid INTEGER PRIMARY KEY, label TEXT NOT NULL, at INTEGER NOT NULL, undone INTEGER NOT NULL DEFAULT 0);
CREATE TABLE history_changes (
  rid INTEGER PRIMARY KEY, entry INTEGER NOT NULL REFERENCES history(rid) ON DELETE CASCADE,
  phase INTEGER NOT NULL, tbl TEXT NOT NULL, op TEXT NOT NULL, row_id INTEGER NOT NULL, old TEXT
);
CREATE INDEX history_changes_entry ON history_changes(entry, phase);
CREATE TABLE history_ctl (rid INTEGER PRIMARY KEY CHECK (rid = 1), entry INTEGER, phase INTEGER);
INSERT INTO history_ctl (rid, entry, phase) VALUES (1, NULL, NULL);
`;

const V1_TRACKED_TABLES = ['settings', 'actors', 'events', 'event_participants', 'statements', 'statement_actors', 'sources', 'citations'];

// An event's participants become a JSON column of the event, as its tags are: a bulk import writes one row per
// event instead of three B-tree inserts per participant, and a window query reads them without a join. The
// store checks that participants exist; deleting an actor takes it out of its events (a trigger, so undo sees it).
// The undo log of a version-1 file names a table that no longer exists, so it starts afresh (the file's
// pre-migration copy keeps everything).
const V2 = `
ALTER TABLE events ADD COLUMN participants TEXT NOT NULL DEFAULT '[]';
UPDATE events SET participants = (SELECT json_group_array(json_object('actorId', p.actor_id, 'role', p.role) ORDER BY p.position)
  FROM event_participants p WHERE p.event_id = events.id)
  WHERE id IN (SELECT event_id FROM event_participants);
DROP TABLE event_participants;
-- (lvl, start_ms) serves window queries; a second index on start_ms alone cost every insert for little.
DROP INDEX events_start;
DELETE FROM history;
CREATE TRIGGER actors_leave_events AFTER DELETE ON actors BEGIN
  UPDATE events SET participants = (SELECT json_group_array(json(j.value)) FROM json_each(events.participants) j
    WHERE j.value ->> 'actorId' <> OLD.id)
  WHERE instr(participants, json_quote(OLD.id)) > 0;
END;
`;

/** The trigger that copies one kind of change (insert, update, delete) of a tracked table into history_changes while a change is being recorded. */
export function captureTriggerSql(db: Database, table: string, op: 'i' | 'u' | 'd'): string {
  const cols = (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name);
  const image = `json_object(${cols.map((c) => `'${c}', OLD."${c}"`).join(', ')})`;
  const [event, rowId, old] = op === 'i' ? ['INSERT', 'NEW.rid', 'NULL'] : op === 'u' ? ['UPDATE', 'OLD.rid', image] : ['DELETE', 'OLD.rid', image];
  return `DROP TRIGGER IF EXISTS ${table}_log_${op};
    CREATE TRIGGER ${table}_log_${op} AFTER ${event} ON ${table} WHEN (SELECT entry FROM history_ctl) IS NOT NULL BEGIN
      INSERT INTO history_changes (entry, phase, tbl, op, row_id, old) SELECT entry, phase, '${table}', '${op}', ${rowId}, ${old} FROM history_ctl;
    END;`;
}

/** All three capture triggers of a table (rebuilt whenever its columns change). */
export function captureTriggersSql(db: Database, table: string): string {
  return (['i', 'u', 'd'] as const).map((op) => captureTriggerSql(db, table, op)).join('\n');
}

export interface Migration { version: number; name: string; up(db: Database): void }

export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: 'initial schema',
    up(db) {
      db.exec(V1);
      for (const t of V1_TRACKED_TABLES) db.exec(captureTriggersSql(db, t));
    },
  },
  {
    version: 2,
    name: 'participants kept in their event',
    up(db) {
      db.exec(V2);
      db.exec(captureTriggersSql(db, 'events'));
    },
  },
];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;
