// Rolling backups on real files: taken on open and while editing, bounded, listed, and restorable through the API.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ProjectStore } from '../../../src-main/store/project-store';
import { call, day, digest, integrity, openHarness, tempDir, type Harness } from './helpers';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const open: Harness[] = [];
async function harness(backups: { keep?: number; intervalMs?: number }) {
  const h = await openHarness({ backups });
  open.push(h);
  return h;
}
afterEach(() => { for (const h of open.splice(0)) h.session.close(); });

/** Event titles inside a backup file, read with plain SQL. */
function titlesIn(file: string): string[] {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare('SELECT title FROM events ORDER BY title').all() as { title: string }[]).map((r) => r.title);
  } finally {
    db.close();
  }
}

type Backup = { path: string; createdAt: string; size: number };
type Restored = { project: { path: string; counts: { events: number } }; safetyBackup: Backup };
const event = (title: string) => ({ type: 'talks', title, start: day('2020-03-01') });

describe('rolling backups', () => {
  it('backs up on open, into <file>.backups, as one self-contained file', async () => {
    const h = await harness({ intervalMs: 60_000 });
    await h.session.store.backups.idle();
    const list = await call<Backup[]>(h.dispatch, 'backups.list', {});
    expect(list).toHaveLength(1);
    expect(path.dirname(list[0].path)).toBe(`${h.file}.backups`);
    expect(list[0].size).toBe(fs.statSync(list[0].path).size);
    expect(Math.abs(Date.parse(list[0].createdAt) - Date.now())).toBeLessThan(60_000);
    // No -wal/-shm beside it: the backup alone is the whole project.
    expect(fs.readdirSync(`${h.file}.backups`)).toEqual([path.basename(list[0].path)]);
    expect(integrity(list[0].path)).toBe('ok');
  });

  it('holds the project as it was when the backup began, whatever is written while it is saved', async () => {
    const h = await harness({ intervalMs: 60_000 });
    // The open backup is under way; an edit made straight away must not reach it.
    await call(h.dispatch, 'events.create', event('After open'));
    await h.session.store.backups.idle();
    const [opened] = await call<Backup[]>(h.dispatch, 'backups.list', {});
    expect(titlesIn(opened.path)).toEqual([]);
    expect(integrity(opened.path)).toBe('ok');
  });

  it('backs up again every interval while edits happen, and not while the project sits idle', async () => {
    const h = await harness({ intervalMs: 60 });
    await h.session.store.backups.idle();
    // No write yet: the timer has not started, so nothing but the open backup appears.
    await sleep(250);
    expect(await call<Backup[]>(h.dispatch, 'backups.list', {})).toHaveLength(1);

    await call(h.dispatch, 'events.create', event('First'));
    const timer = (h.session.store.backups as unknown as { timer: NodeJS.Timeout | null }).timer;
    expect(timer).not.toBeNull();
    expect(timer!.hasRef()).toBe(false); // a pending backup never keeps the app alive
    await sleep(250);
    await h.session.store.backups.idle();
    const after = await call<Backup[]>(h.dispatch, 'backups.list', {});
    expect(after).toHaveLength(2);
    expect(titlesIn(after[0].path)).toEqual(['First']); // newest first, holding the edit
    expect(titlesIn(after[1].path)).toEqual([]);

    await sleep(300); // idle: no new backups of an unchanged project
    expect(await call<Backup[]>(h.dispatch, 'backups.list', {})).toHaveLength(2);
  });

  it('keeps only the newest backups', async () => {
    const h = await harness({ intervalMs: 1_000_000, keep: 3 });
    for (let i = 0; i < 6; i++) {
      await call(h.dispatch, 'events.create', event(`E${i}`));
      await h.session.store.backups.backupNow();
    }
    const list = await call<Backup[]>(h.dispatch, 'backups.list', {});
    expect(list).toHaveLength(3);
    expect(list.map((b) => titlesIn(b.path).length)).toEqual([6, 5, 4]);
    const times = list.map((b) => Date.parse(b.createdAt));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    expect(fs.readdirSync(`${h.file}.backups`)).toHaveLength(3);
  });

  it('takes a consistent backup while edits keep landing', async () => {
    const h = await harness({ intervalMs: 1_000_000 });
    await h.session.store.backups.idle();
    for (let i = 0; i < 300; i++) await call(h.dispatch, 'events.create', { ...event(`Bulk ${i}`), description: 'x'.repeat(2000) });
    const running = h.session.store.backups.backupNow();
    // Edits on the same connection while the backup is written out.
    for (let i = 0; i < 50; i++) {
      await call(h.dispatch, 'events.create', event(`During ${i}`));
      await new Promise((r) => setImmediate(r));
    }
    const taken = (await running)!;
    expect(integrity(taken.path)).toBe('ok');
    const titles = titlesIn(taken.path);
    expect(titles.filter((t) => t.startsWith('Bulk'))).toHaveLength(300);
  });

  it('restores a backup through the API after backing up the current state', async () => {
    const h = await harness({ intervalMs: 1_000_000 });
    await call(h.dispatch, 'events.create', event('Kept'));
    const withKept = (await h.session.store.backups.backupNow())!;
    await call(h.dispatch, 'events.create', event('Later'));

    const restored = await call<Restored>(h.dispatch, 'backups.restore', { path: withKept.path });
    expect(restored.project.path).toBe(h.file);
    expect(restored.project.counts.events).toBe(1);
    expect((await call<{ title: string }[]>(h.dispatch, 'events.list', {})).map((e) => e.title)).toEqual(['Kept']);
    // The state just before the restore is itself a backup, so a restore can be undone the same way.
    expect(titlesIn(restored.safetyBackup.path)).toEqual(['Kept', 'Later']);
    expect(integrity(h.file)).toBe('ok');

    // The project is open and usable afterwards, and the safety backup restores the later state.
    await call(h.dispatch, 'events.create', event('After restore'));
    await call(h.dispatch, 'backups.restore', { path: restored.safetyBackup.path });
    expect((await call<{ title: string }[]>(h.dispatch, 'events.list', {})).map((e) => e.title).sort()).toEqual(['Kept', 'Later']);
  });

  it('restores while another connection reads the project (a viewer, another tool)', async () => {
    const h = await harness({ intervalMs: 1_000_000 });
    await h.session.store.backups.idle();
    await call(h.dispatch, 'events.create', event('Later'));
    const reader = new Database(h.file, { readonly: true });
    try {
      expect(reader.prepare('SELECT count(*) AS n FROM events').get()).toEqual({ n: 1 });
      const [opened] = (await call<Backup[]>(h.dispatch, 'backups.list', {})).slice(-1);
      await call(h.dispatch, 'backups.restore', { path: opened.path });
    } finally {
      reader.close();
    }
    expect(await call<unknown[]>(h.dispatch, 'events.list', {})).toEqual([]);
    expect(titlesIn(h.file)).toEqual([]);
  });

  it('restores even the oldest backup when the safety backup pushes it past the limit', async () => {
    const h = await harness({ intervalMs: 1_000_000, keep: 2 });
    await h.session.store.backups.idle(); // the open backup: an empty project
    await call(h.dispatch, 'events.create', event('One'));
    await h.session.store.backups.backupNow();
    const list = await call<Backup[]>(h.dispatch, 'backups.list', {});
    const oldest = list[list.length - 1];
    expect(titlesIn(oldest.path)).toEqual([]);
    await call(h.dispatch, 'backups.restore', { path: oldest.path });
    expect(await call<unknown[]>(h.dispatch, 'events.list', {})).toEqual([]);
  });

  it('refuses to restore anything but a listed, whole backup, and leaves the project as it was', async () => {
    const h = await harness({ intervalMs: 1_000_000 });
    await call(h.dispatch, 'events.create', event('Current'));
    const good = (await h.session.store.backups.backupNow())!;
    const folder = path.dirname(good.path);
    // A damaged backup with a valid name: the first page only.
    const damaged = path.join(folder, path.basename(good.path).replace(/-\d{6}\.parley-backup$/, '-999999.parley-backup'));
    fs.writeFileSync(damaged, fs.readFileSync(good.path).subarray(0, 4096));
    const elsewhere = path.join(h.dir, 'copy.parley-backup');
    fs.copyFileSync(good.path, elsewhere);

    const before = digest(h.session.store.db);
    const cases: [string, string][] = [
      [h.file, 'not_found'], [elsewhere, 'not_found'], ['/etc/passwd', 'not_found'],
      [path.join(folder, '..', path.basename(h.file)), 'not_found'], [damaged, 'file_error'],
    ];
    for (const [p, code] of cases) {
      const r = await h.dispatch('backups.restore', { path: p });
      expect(r.ok, p).toBe(false);
      if (!r.ok) expect(r.error.code, p).toBe(code);
      expect(digest(h.session.store.db), p).toBe(before);
    }
    expect(fs.existsSync(`${h.file}.restoring`)).toBe(false);
    await call(h.dispatch, 'events.create', event('Still works'));
  });

  it('takes no automatic backups for stores opened without them (tools, tests)', () => {
    const dir = tempDir();
    const file = path.join(dir, 'p.parley');
    const store = ProjectStore.open(file, { create: true });
    store.createEvent({ type: 'talks', title: 'x', start: { ...day('2020-01-01'), approximate: false, zone: 'UTC' }, description: '', end: null, location: '', participants: [], tags: [] });
    store.close();
    expect(fs.existsSync(`${file}.backups`)).toBe(false);
    expect(integrity(file)).toBe('ok');
  });
});
