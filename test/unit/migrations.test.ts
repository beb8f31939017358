import Database from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, captureTriggersSql, type Migration } from '../../src-main/store/schema';
import { ProjectStore } from '../../src-main/store/project-store';
import { actor, day, event, tempDir } from './helpers';

// A next schema version as a real one would look: a new column, and the undo triggers rebuilt for it.
const V2: Migration = {
  version: 2,
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
    const v1 = ProjectStore.open(file, { create: true });
    const a = actor(v1, 'Egypt');
    const e = event(v1, 'Cairo round', day('2025-03-01'), [a.id]);
    v1.close();

    const v2 = ProjectStore.open(file, { migrations: [...MIGRATIONS, V2] });
    expect(v2.db.pragma('user_version', { simple: true })).toBe(2);
    expect(v2.getEvent(e.id).participants).toEqual([{ actorId: a.id, role: 'party' }]);
    expect((v2.db.prepare('SELECT confidence FROM events WHERE id = ?').get(e.id) as { confidence: number }).confidence).toBe(1);
    v2.undo();
    expect(v2.counts().events).toBe(0);
    v2.redo();
    expect(v2.getEvent(e.id).title).toBe('Cairo round');
    v2.close();

    const backup = `${file}.schema-v1.bak`;
    const old = new Database(backup, { readonly: true });
    expect(old.pragma('user_version', { simple: true })).toBe(1);
    expect(old.prepare('SELECT title FROM events').all()).toEqual([{ title: 'Cairo round' }]);
    old.close();

    // This Parley (schema 1) now refuses the migrated file rather than misreading it.
    expect(() => ProjectStore.open(file)).toThrow(/newer version of Parley \(file format 2; this version reads up to 1\)/);
  });
});
