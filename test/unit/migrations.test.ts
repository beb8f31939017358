import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, captureTriggersSql, type Migration } from '../../src-main/store/schema';
import { openProjectDatabase } from '../../src-main/store/open';
import { ProjectStore } from '../../src-main/store/project-store';
import { actor, day, event, tempDir } from './helpers';

// A next schema version as a real one would look: a new column, and the undo triggers rebuilt for it.
const NEXT: Migration = {
  version: MIGRATIONS.length + 1,
  name: 'events get a confidence',
  up(db) {
    db.exec(`ALTER TABLE events ADD COLUMN confidence REAL NOT NULL DEFAULT 1`);
    db.exec(captureTriggersSql(db, 'events'));
  },
};

describe('schema migrations', () => {
  it('are numbered in order from 1', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
  });

  it('migrate a file with real rows after copying it to a backup, keeping rows and undo history', () => {
    const file = path.join(tempDir(), 'old.parley');
    const current = ProjectStore.open(file, { create: true });
    const a = actor(current, 'Egypt');
    const e = event(current, 'Cairo round', day('2025-03-01'), [a.id]);
    current.close();

    const v2 = ProjectStore.open(file, { migrations: [...MIGRATIONS, NEXT] });
    expect(v2.db.pragma('user_version', { simple: true })).toBe(NEXT.version);
    expect(v2.getEvent(e.id).participants).toEqual([{ actorId: a.id, role: 'party' }]);
    expect((v2.db.prepare('SELECT confidence FROM events WHERE id = ?').get(e.id) as { confidence: number }).confidence).toBe(1);
    v2.undo();
    expect(v2.counts().events).toBe(0);
    v2.redo();
    expect(v2.getEvent(e.id).title).toBe('Cairo round');
    v2.close();

    const from = MIGRATIONS.length;
    const backup = `${file}.schema-v${from}.bak`;
    const old = new Database(backup, { readonly: true });
    expect(old.pragma('user_version', { simple: true })).toBe(from);
    expect(old.prepare('SELECT title FROM events').all()).toEqual([{ title: 'Cairo round' }]);
    old.close();

    // This Parley now refuses the migrated file rather than misreading it.
    expect(() => ProjectStore.open(file)).toThrow(new RegExp(`newer version of Parley \\(file format ${NEXT.version}; this version reads up to ${from}\\)`));
  });

  it('move a version-1 file\'s participants into their events, in order, and keep deleting an actor undoable', () => {
    const file = path.join(tempDir(), 'v1.parley');
    openProjectDatabase(file, { create: true, migrations: MIGRATIONS.slice(0, 1) }).exec(`
      INSERT INTO actors (id, name, kind) VALUES ('ac_a', 'Egypt', 'government'), ('ac_b', 'Qatar', 'government'), ('ac_c', 'Hamas', 'armed_group');
      INSERT INTO events (id, type, title, start, start_ms, end_ms, lvl)
        VALUES ('ev_1', 'talks', 'Doha round', '{"value":"2025-03-01","precision":"day","approximate":false,"zone":"UTC"}', 1740787200000, 1740873600000, 11),
               ('ev_2', 'visit', 'Alone', '{"value":"2025-03-02","precision":"day","approximate":false,"zone":"UTC"}', 1740873600000, 1740960000000, 11);
      INSERT INTO event_participants (event_id, actor_id, role, position) VALUES ('ev_1', 'ac_c', 'party', 1), ('ev_1', 'ac_b', 'mediator', 0);
      INSERT INTO history (label, at) VALUES ('Add Doha round', 0);
    `);
    const store = ProjectStore.open(file);
    expect(store.db.pragma('user_version', { simple: true })).toBe(2);
    expect(store.getEvent('ev_1').participants).toEqual([{ actorId: 'ac_b', role: 'mediator' }, { actorId: 'ac_c', role: 'party' }]);
    expect(store.getEvent('ev_2').participants).toEqual([]);
    expect(store.db.prepare(`SELECT name FROM sqlite_schema WHERE name IN ('event_participants', 'events_start')`).all()).toEqual([]);
    // The old undo log named rows of a table that is gone, so it starts afresh; the backup keeps the rest.
    expect(store.history.state().canUndo).toBe(false);
    expect(fs.existsSync(`${file}.schema-v1.bak`)).toBe(true);

    store.deleteActors(['ac_b']);
    expect(store.getEvent('ev_1').participants).toEqual([{ actorId: 'ac_c', role: 'party' }]);
    expect(store.listEvents({ actorIds: ['ac_c'] }).map((e) => e.id)).toEqual(['ev_1']);
    store.undo();
    expect(store.getEvent('ev_1').participants).toEqual([{ actorId: 'ac_b', role: 'mediator' }, { actorId: 'ac_c', role: 'party' }]);
    store.close();
  });
});
