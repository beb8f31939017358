// The write-ahead log of a large change is copied into the project file by a worker thread (real SQLite files,
// real worker threads), and closing still leaves one file behind.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { fromInstant } from '../../shared/dates';
import { ProjectStore } from '../../src-main/store/project-store';
import { WORKER_FROM_WAL_BYTES, unpackedPath } from '../../src-main/store/wal-checkpoints';
import { actor, tempDir } from './helpers';

function importMany(store: ProjectStore, n: number): void {
  const a = actor(store, 'Qatar').id;
  store.createEvents(Array.from({ length: n }, (_, i) => ({
    type: 'talks' as const, title: `Round ${i}`, description: '', location: '', tags: [],
    start: fromInstant(Date.UTC(2020, 0, 1) + i * 3_600_000, 'hour', 'UTC'), end: null, participants: [{ actorId: a, role: 'party' as const }],
  })));
}

/** Closes the store and checks what it left: one file, no log beside it, holding every event. */
function closeAndCount(store: ProjectStore, file: string): number {
  store.close();
  expect(fs.existsSync(`${file}-wal`) || fs.existsSync(`${file}-shm`)).toBe(false);
  const reopened = ProjectStore.open(file);
  try { return reopened.counts().events; } finally { reopened.close(); }
}

async function until(check: () => boolean, what: string): Promise<void> {
  for (const started = Date.now(); !check();) {
    if (Date.now() - started > 10_000) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('checkpoints of the write-ahead log', () => {
  it('are left out of the commit of a large import and done by a worker thread while the store is idle', async () => {
    const file = path.join(tempDir(), 'big.parley');
    const store = ProjectStore.open(file, { create: true });
    expect(store.db.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
    importMany(store, 30_000);
    // The commit wrote the log only: the file itself still holds the empty project.
    expect(fs.statSync(`${file}-wal`).size).toBeGreaterThan(WORKER_FROM_WAL_BYTES);
    const before = fs.statSync(file).size;
    expect(before).toBeLessThan(1024 * 1024);
    await until(() => fs.statSync(file).size > 4 * before + WORKER_FROM_WAL_BYTES / 2, 'the worker to copy the log');
    expect(closeAndCount(store, file)).toBe(30_000);
  });

  it('let a store closed straight after a large import (as the CLI does) leave one whole file', () => {
    const file = path.join(tempDir(), 'cli.parley');
    const store = ProjectStore.open(file, { create: true });
    importMany(store, 30_000);
    expect(closeAndCount(store, file)).toBe(30_000);
  });

  it('fall back to SQLite\'s own when the worker cannot open the project, losing nothing', async () => {
    const file = path.join(tempDir(), 'moved.parley');
    const store = ProjectStore.open(file, { create: true });
    // The open connection keeps working on the renamed file; a new one (the worker's) finds nothing at the path.
    fs.renameSync(file, `${file}.away`);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    importMany(store, 30_000);
    await until(() => store.db.pragma('wal_autocheckpoint', { simple: true }) === 1000, 'the fallback');
    expect(warn.mock.calls).toEqual([[expect.stringMatching(/^Parley: checkpoints of .*moved\.parley return to the commit \(unable to open database file\)\.$/)]]);
    warn.mockRestore();
    fs.renameSync(`${file}.away`, file);
    expect(closeAndCount(store, file)).toBe(30_000);
  });

  it('let a store close at once when its worker could not open the project, losing nothing', () => {
    const file = path.join(tempDir(), 'moved-then-closed.parley');
    const store = ProjectStore.open(file, { create: true });
    fs.renameSync(file, `${file}.away`);
    importMany(store, 30_000);
    const started = performance.now();
    store.close();
    expect(performance.now() - started).toBeLessThan(3000);
    fs.renameSync(`${file}.away`, file);
    const reopened = ProjectStore.open(file);
    expect(reopened.counts().events).toBe(30_000);
    reopened.close();
  });

  it('leave a small session\'s log, below the size that starts the worker, for closing to copy', () => {
    const file = path.join(tempDir(), 'small.parley');
    const store = ProjectStore.open(file, { create: true });
    importMany(store, 300);
    expect(fs.statSync(`${file}-wal`).size).toBeLessThan(WORKER_FROM_WAL_BYTES);
    expect(closeAndCount(store, file)).toBe(300);
  });

  it('read the driver of a packaged app from the unpacked copy beside its archive', () => {
    const sep = path.sep;
    expect(unpackedPath(['', 'opt', 'Parley', 'resources', 'app.asar', 'node_modules', 'better-sqlite3', 'lib', 'index.js'].join(sep)))
      .toBe(['', 'opt', 'Parley', 'resources', 'app.asar.unpacked', 'node_modules', 'better-sqlite3', 'lib', 'index.js'].join(sep));
    expect(unpackedPath(`${sep}work${sep}node_modules${sep}x.node`)).toBe(`${sep}work${sep}node_modules${sep}x.node`);
  });
});
