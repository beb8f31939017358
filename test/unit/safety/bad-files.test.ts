// Opening files that are not good Parley projects, and a disk that fills up mid-write: each gives a clear message,
// leaves the file exactly as it was, and the session keeps the project it had open, usable.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ApiResponse } from '../../../shared/api';
import { SCHEMA_VERSION } from '../../../src-main/store/schema';
import { call, day, digest, fileHash, openHarness, type Harness } from './helpers';

const harnesses: Harness[] = [];
async function harness() {
  const h = await openHarness();
  harnesses.push(h);
  await call(h.dispatch, 'events.create', { type: 'talks', title: 'Already open', start: day('2021-05-04') });
  return h;
}
afterEach(() => { for (const h of harnesses.splice(0)) h.session.close(); });

/** A real Parley project with enough rows to span many pages, closed cleanly (no -wal left). */
async function goodProject(dir: string, name = 'good.parley'): Promise<string> {
  const h = await openHarness();
  const actor = await call<{ id: string }>(h.dispatch, 'actors.create', { name: 'Mediator', kind: 'person' });
  for (let i = 0; i < 60; i++) {
    await call(h.dispatch, 'events.create', {
      type: 'talks', title: `Round ${i}`, description: `Notes ${i} `.repeat(150), start: day('2020-01-01'),
      participants: [{ actorId: actor.id, role: 'mediator' }],
    });
  }
  h.session.close();
  const file = path.join(dir, name);
  fs.copyFileSync(h.file, file);
  return file;
}

const sidecars = (file: string) => ['-wal', '-shm', '-journal'].filter((s) => fs.existsSync(file + s));

/** Opens a bad file through the API and checks the refusal, the file and the project still open. */
async function expectRefused(h: Harness, file: string, message: RegExp, code = 'file_error') {
  const isFile = fs.existsSync(file) && fs.statSync(file).isFile();
  const before = isFile ? fileHash(file) : fs.existsSync(file) ? fs.readdirSync(file).join('|') : null;
  const mode = fs.existsSync(file) ? fs.statSync(file).mode : null;
  const projectBefore = digest(h.session.store.db);

  const r = await h.dispatch('project.open', { path: file });
  expect(r.ok, file).toBe(false);
  if (r.ok) return;
  expect(r.error.code, r.error.message).toBe(code);
  expect(r.error.message).toMatch(message);
  expect(r.error.message).not.toMatch(/\n\s+at |node_modules|\.ts:\d+/); // no stack trace reaches the user

  // Byte-identical, same permissions, no journal files left beside it.
  const after = isFile ? fileHash(file) : fs.existsSync(file) ? fs.readdirSync(file).join('|') : null;
  expect(after, file).toBe(before);
  if (mode !== null) expect(fs.statSync(file).mode).toBe(mode);
  if (isFile) expect(sidecars(file)).toEqual([]);

  // The project that was open is still open, untouched, and takes edits.
  const info = await call<{ path: string }>(h.dispatch, 'project.info', {});
  expect(info.path).toBe(h.file);
  expect(digest(h.session.store.db)).toBe(projectBefore);
  await call(h.dispatch, 'events.create', { type: 'visit', title: `After ${path.basename(file)}`, start: day('2022-01-01') });
  expect(h.logged).toEqual([]); // nothing was an unexpected (internal) failure
}

describe('opening bad files', () => {
  it('refuses a file that is not SQLite', async () => {
    const h = await harness();
    const file = path.join(h.dir, 'notes.parley');
    fs.writeFileSync(file, 'These are my notes about the talks, not a database.\n'.repeat(200));
    await expectRefused(h, file, /is not a Parley project \(it is not an SQLite database\)/);
    const binary = path.join(h.dir, 'image.parley');
    fs.writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...Array(5000).fill(7)]));
    await expectRefused(h, binary, /not an SQLite database/);
  });

  it('refuses a Parley file truncated at any point, and an empty one', async () => {
    const h = await harness();
    const good = await goodProject(h.dir);
    const bytes = fs.readFileSync(good);
    expect(bytes.length).toBeGreaterThan(8 * 4096);
    const cuts = [0, 10, 16, 99, 100, 4096, 4097, 2 * 4096, Math.floor(bytes.length / 2), bytes.length - 4096, bytes.length - 1];
    for (const cut of cuts) {
      const file = path.join(h.dir, `cut-${cut}.parley`);
      fs.writeFileSync(file, bytes.subarray(0, cut));
      const message = cut === 0 ? /is empty \(0 bytes\).*truncated/
        : cut < 16 ? /not an SQLite database/
          : /is damaged/;
      await expectRefused(h, file, message);
    }
  });

  it('refuses a file from a newer Parley, naming both versions', async () => {
    const h = await harness();
    const file = await goodProject(h.dir, 'newer.parley');
    const db = new Database(file);
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    await expectRefused(h, file, new RegExp(`newer version of Parley \\(file format ${SCHEMA_VERSION + 1}; this version reads up to ${SCHEMA_VERSION}\\)`));
  });

  it('refuses a foreign SQLite database', async () => {
    const h = await harness();
    const file = path.join(h.dir, 'other-app.sqlite');
    const db = new Database(file);
    db.exec("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES ('someone else''s data');");
    db.close();
    await expectRefused(h, file, /is an SQLite database but not a Parley project/);
  });

  it('refuses a read-only file (chmod 0444), even when running as root', async () => {
    const h = await harness();
    const file = await goodProject(h.dir, 'readonly.parley');
    fs.chmodSync(file, 0o444);
    try {
      await expectRefused(h, file, /is read-only/);
    } finally {
      fs.chmodSync(file, 0o644);
    }
  });

  it('refuses a project in a read-only folder, where SQLite could not keep its journal', async () => {
    const h = await harness();
    const folder = path.join(h.dir, 'locked');
    fs.mkdirSync(folder);
    const file = await goodProject(folder);
    fs.chmodSync(folder, 0o555);
    try {
      await expectRefused(h, file, /folder .* is read-only/);
    } finally {
      fs.chmodSync(folder, 0o755);
    }
  });

  it('refuses a directory and a missing file', async () => {
    const h = await harness();
    const dir = path.join(h.dir, 'folder.parley');
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, 'inside.txt'), 'x');
    await expectRefused(h, dir, /is not a file/);
    await expectRefused(h, path.join(h.dir, 'missing.parley'), /does not exist/);
    // Creating over an existing file is refused too, and does not touch it.
    const existing = await goodProject(h.dir, 'existing.parley');
    const hash = fileHash(existing);
    const r = await h.dispatch('project.create', { path: existing });
    expect(r.ok ? null : r.error.code).toBe('conflict');
    expect(fileHash(existing)).toBe(hash);
  });
});

describe('a disk that fills up mid-write', () => {
  /** SQLite returns SQLITE_FULL once the file would pass max_page_count, exactly as on a full disk. */
  const limitPages = (h: Harness, extra: number) => {
    const db = h.session.store.db;
    const pages = db.pragma('page_count', { simple: true }) as number;
    return db.pragma(`max_page_count = ${pages + extra}`, { simple: true }) as number;
  };
  const unlimit = (h: Harness) => h.session.store.db.pragma('max_page_count = 4294967294');

  it('fails an edit cleanly at every point the disk can fill, then works once space is freed', async () => {
    const h = await harness();
    const actors = await Promise.all([1, 2, 3].map((i) => call<{ id: string }>(h.dispatch, 'actors.create', { name: `P${i}`, kind: 'person' })));
    const big = (i: number) => ({
      type: 'talks', title: `Big ${i}`, description: `${i} ${'x'.repeat(150_000)}`, start: day('2020-02-02'),
      participants: actors.map((a) => ({ actorId: a.id })),
    });
    let failures = 0, successes = 0;
    // Sweep the limit so the write runs out of room at each step of its transaction in turn.
    for (let extra = 0; extra <= 60; extra += 2) {
      limitPages(h, extra);
      const db = h.session.store.db;
      const before = digest(db);
      const undoBefore = await call(h.dispatch, 'history.state', {});
      const r = (await h.dispatch('events.create', big(extra))) as ApiResponse<{ id: string; participants: unknown[] }>;
      if (r.ok) {
        successes++;
        expect(r.value.participants).toHaveLength(3);
      } else {
        failures++;
        expect(r.error).toEqual({ code: 'file_error', message: expect.stringMatching(/disk is full.*not saved/) });
        expect(db.inTransaction).toBe(false);
        expect(digest(db), `limit +${extra}`).toBe(before); // rolled back: no event, no link rows, no undo step
        expect(await call(h.dispatch, 'history.state', {})).toEqual(undoBefore);
      }
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      unlimit(h);
    }
    // Both outcomes happened, or the sweep did not cross the point where the edit stops fitting.
    expect(failures).toBeGreaterThan(0);
    expect(successes).toBeGreaterThan(0);
    expect(h.logged).toEqual([]);

    // Space freed: the next small edit works, and undo/redo still line up with what was saved.
    const small = await call<{ id: string }>(h.dispatch, 'events.create', { type: 'visit', title: 'Small', start: day('2020-03-03') });
    await call(h.dispatch, 'history.undo', {});
    expect((await h.dispatch('events.get', { id: small.id })).ok).toBe(false);
    await call(h.dispatch, 'history.redo', {});
    await call(h.dispatch, 'events.get', { id: small.id });

    // After closing, the file on disk holds exactly the edits that were acknowledged.
    const titles = (await call<{ title: string }[]>(h.dispatch, 'events.list', {})).map((e) => e.title).sort();
    h.session.close();
    const db = new Database(h.file, { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect((db.prepare('SELECT title FROM events').all() as { title: string }[]).map((r) => r.title).sort()).toEqual(titles);
    db.close();
    harnesses.splice(harnesses.indexOf(h), 1);
  });

  it('fails an undo cleanly when the disk is full', async () => {
    const h = await harness();
    const e = await call<{ id: string }>(h.dispatch, 'events.create', { type: 'talks', title: 'Long', description: 'y'.repeat(150_000), start: day('2020-01-01') });
    await call(h.dispatch, 'events.update', { id: e.id, patch: { description: 'z'.repeat(150_000) } });
    let failed = 0;
    for (let extra = 0; extra <= 80; extra += 4) {
      limitPages(h, extra);
      const before = digest(h.session.store.db);
      const state = await call(h.dispatch, 'history.state', {});
      const r = await h.dispatch('history.undo', {});
      if (!r.ok) {
        failed++;
        expect(r.error.code).toBe('file_error');
        expect(digest(h.session.store.db)).toBe(before);
        expect(await call(h.dispatch, 'history.state', {})).toEqual(state);
      } else {
        await call(h.dispatch, 'history.redo', {}); // back to the edited state for the next step of the sweep
      }
      expect(h.session.store.db.pragma('integrity_check', { simple: true })).toBe('ok');
      unlimit(h);
    }
    expect(failed).toBeGreaterThan(0);
    await call(h.dispatch, 'history.undo', {});
    expect((await call<{ description: string }>(h.dispatch, 'events.get', { id: e.id })).description).toBe('y'.repeat(150_000));
  });
});
