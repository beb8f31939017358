// Kills a child that edits a project through the API with SIGKILL at random moments, 50 times, and checks after
// each kill that every acknowledged edit is in the file, nothing half-written is, and the file is intact.
// (SIGKILL is a process crash: the OS keeps what was written. Power loss is not simulated here.)
import Database from 'better-sqlite3';
import { build } from 'esbuild';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkBackupFile } from '../../../src-main/store/backups';
import type { Summary } from './crash-child';
import { call, openHarness } from './helpers';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const CHILD_SOURCE = path.join(HERE, 'crash-child.ts');
const KILLS = 50;
/** Children loading ahead of their turn. */
const POOL = 2;

/**
 * crash-child.ts runs as is with `node --import tsx`, but tsx's loader hooks handle each of date-fns's hundreds of
 * modules (1.5-4 s a start here). Bundled once with esbuild (our sources and the many-module pure-JS packages; other
 * packages, native better-sqlite3 among them, left to Node) it starts in a fraction of that, which is what lets
 * 50 kills fit in a minute. The bundle sits under the repo's node_modules so those packages resolve from it.
 */
const INLINED = /^(date-fns|@date-fns\/tz|zod)(\/|$)/;

/** Node arguments that run the child: the bundle, or the source through tsx if bundling fails. */
async function childCommand(): Promise<{ args: string[]; cleanup: () => void; bundled: boolean }> {
  const outfile = path.resolve('node_modules/.cache/parley-safety', `crash-child-${process.pid}.mjs`);
  try {
    await build({
      entryPoints: [CHILD_SOURCE], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile, logLevel: 'silent',
      plugins: [{
        name: 'packages-external-but-inlined',
        setup(b) {
          // Packages load through Node as usual, except the pure-JS ones made of hundreds of small modules.
          b.onResolve({ filter: /^[^./]/ }, (args) => (INLINED.test(args.path) ? undefined : { path: args.path, external: true }));
        },
      }],
    });
    return { args: [outfile], cleanup: () => fs.rmSync(outfile, { force: true }), bundled: true };
  } catch {
    // Slower to start, but the same code: a bundling problem must not fail the crash test.
    return { args: ['--import', 'tsx', CHILD_SOURCE], cleanup: () => undefined, bundled: false };
  }
}

interface Line { tag: 'LOADED' | 'READY' | 'TRY' | 'ACK' | 'ERR'; data: { op?: string; after?: Summary[] } & Record<string, unknown> }
interface Run { lines: Line[]; stderr: string; killedBeforeReady: boolean; exit: string }

/** A child started ahead of its turn: it loads the app, then waits for GO before touching the project. */
class Child {
  private readonly proc: ChildProcess;
  private out = '';
  private err = '';
  readonly loaded: Promise<void>;
  private readonly closed: Promise<string>;
  private onOut: (() => void) | null = null;

  constructor(command: string[], file: string, dataDir: string, readonly seed: number) {
    this.proc = spawn(process.execPath, [...command, file, dataDir, String(seed)], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.proc.stdout!.on('data', (c: Buffer) => { this.out += c.toString('utf8'); this.onOut?.(); });
    this.proc.stderr!.on('data', (c: Buffer) => { this.err += c.toString('utf8'); });
    this.closed = new Promise((resolve) => this.proc.on('close', (code, signal) => resolve(signal ?? `code ${code}`)));
    this.loaded = new Promise((resolve, reject) => {
      const check = () => { if (this.out.includes('LOADED ')) resolve(); };
      this.proc.stdout!.on('data', check);
      this.closed.then((how) => reject(new Error(`child exited while loading (${how}): ${this.err.slice(0, 500)}`)));
    });
    this.loaded.catch(() => undefined);
  }

  /**
   * Lets it open the project and edit, then SIGKILLs it: `duringOpen` ms after GO, or `delayMs` after its
   * `afterAcks`-th acknowledged edit. Counting edits keeps every run busy however loaded the machine is; the random
   * delay on top puts the kill anywhere inside the following edit (or between edits).
   */
  async run(plan: { duringOpen: number } | { afterAcks: number; delayMs: number }): Promise<Run> {
    await this.loaded;
    let ready = false;
    let armed = false;
    const kill = () => this.proc.kill('SIGKILL');
    if ('duringOpen' in plan) setTimeout(kill, plan.duringOpen);
    this.onOut = () => {
      if (!ready && this.out.includes('READY ')) ready = true;
      if (!armed && 'afterAcks' in plan && (this.out.match(/^ACK /gm)?.length ?? 0) >= plan.afterAcks) {
        armed = true;
        setTimeout(kill, plan.delayMs);
      }
    };
    this.onOut();
    this.proc.stdin!.write('GO\n');
    // A child that never gets going must not hang the suite.
    const guard = setTimeout(kill, 20_000);
    const exit = await this.closed;
    clearTimeout(guard);
    // Only complete lines count: a line cut short by the kill was not an acknowledgement.
    const complete = this.out.slice(0, this.out.lastIndexOf('\n') + 1).split('\n').filter(Boolean);
    const lines = complete.map((l) => {
      const space = l.indexOf(' ');
      return { tag: l.slice(0, space), data: JSON.parse(l.slice(space + 1)) } as Line;
    });
    return { lines, stderr: this.err, killedBeforeReady: !ready, exit };
  }

  dispose(): void {
    if (this.proc.exitCode === null && this.proc.signalCode === null) this.proc.kill('SIGKILL');
  }
}

interface FileState { entities: Map<string, Summary>; problems: string[] }

/** Reads the project with plain SQL (not the store under test) and checks that every row is whole. */
function readProject(file: string): FileState {
  // Read-only, so the hot WAL a kill leaves is recovered by the next child, as it would be by the app.
  const db = new Database(file, { readonly: true, fileMustExist: true });
  const problems: string[] = [];
  const entities = new Map<string, Summary>();
  try {
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') problems.push(`integrity_check: ${String(integrity)}`);
    const fk = db.pragma('foreign_key_check') as unknown[];
    if (fk.length) problems.push(`foreign_key_check: ${JSON.stringify(fk).slice(0, 300)}`);
    const ctl = db.prepare('SELECT entry FROM history_ctl').get() as { entry: number | null };
    if (ctl.entry !== null) problems.push('history_ctl left recording');
    const empty = db.prepare('SELECT count(*) AS n FROM history h WHERE NOT EXISTS (SELECT 1 FROM history_changes c WHERE c.entry = h.rid)').get() as { n: number };
    if (empty.n) problems.push(`${empty.n} undo steps with no changes`);

    for (const a of db.prepare('SELECT id, name FROM actors').all() as { id: string; name: string }[]) entities.set(a.id, { k: 'a', ...a });
    const parts = db.prepare(`SELECT j.value ->> 'actorId' AS actor_id, a.id IS NOT NULL AS known FROM events e, json_each(e.participants) j
      LEFT JOIN actors a ON a.id = j.value ->> 'actorId' WHERE e.id = ? ORDER BY j.key`);
    for (const e of db.prepare(`SELECT id, title, description, json_extract(start, '$.value') AS start FROM events`).all() as
      { id: string; title: string; description: string; start: string }[]) {
      const rows = parts.all(e.id) as { actor_id: string; known: number }[];
      // Participants live in their event's row, so the store (not a foreign key) keeps them pointing at actors.
      if (rows.some((p) => !p.known)) problems.push(`event ${e.id} names a missing actor`);
      const ids = rows.map((p) => p.actor_id);
      if (e.description !== JSON.stringify(ids)) problems.push(`event ${e.id} half-written: participants ${JSON.stringify(ids)}, expected ${e.description}`);
      entities.set(e.id, { k: 'e', id: e.id, title: e.title, start: e.start, parts: ids });
    }
    const links = db.prepare('SELECT actor_id FROM statement_actors WHERE statement_id = ? AND role = ? ORDER BY position');
    for (const s of db.prepare(`SELECT id, text, json_extract(date, '$.value') AS date FROM statements`).all() as
      { id: string; text: string; date: string | null }[]) {
      const aud = (links.all(s.id, 'audience') as { actor_id: string }[]).map((r) => r.actor_id);
      const out = (links.all(s.id, 'outlet') as { actor_id: string }[]).map((r) => r.actor_id);
      if (s.text !== JSON.stringify({ aud, out })) problems.push(`statement ${s.id} half-written: ${JSON.stringify({ aud, out })} vs ${s.text}`);
      entities.set(s.id, { k: 's', id: s.id, text: s.text, date: s.date, aud, out });
    }
  } finally {
    db.close();
  }
  return { entities, problems };
}

const same = (a: Summary | undefined, b: Summary | undefined) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
const orGone = (s: Summary | undefined, id: string): Summary => s ?? { k: 'x', id };
/** Compares ignoring the id, for an in-flight create whose id the child never learned. */
const sameContent = (a: Summary, b: Summary) => JSON.stringify({ ...a, id: null }) === JSON.stringify({ ...b, id: null });

describe('crash safety', () => {
  it(`keeps every acknowledged edit and nothing half-written across ${KILLS} SIGKILLs`, async () => {
    const t0 = Date.now();
    const child = await childCommand();
    const h = await openHarness();
    for (let i = 0; i < 6; i++) await call(h.dispatch, 'actors.create', { name: `Seed ${i}`, kind: 'government' });
    h.session.close();

    let model = readProject(h.file).entities;
    const figures = { kills: 0, killedDuringStartup: 0, acknowledged: 0, inFlightLanded: 0, inFlightLost: 0, entityChecks: 0, integrityChecks: 0, maxAckedInOneRun: 0 };
    const seed0 = Date.now() % 100_000;
    const pool: Child[] = [];
    const refill = (round: number) => {
      while (pool.length < POOL && round + pool.length < KILLS) pool.push(new Child(child.args, h.file, path.join(h.dir, 'data'), seed0 + round + pool.length));
    };
    try {
      for (let round = 0; round < KILLS; round++) {
        refill(round);
        const next = pool.shift()!;
        const seed = next.seed;
        // Most kills land mid-editing; some land while the project is being opened, recovered and backed up.
        const plan = round % 8 === 7 ? { duringOpen: Math.random() * 60 } : { afterAcks: 1 + Math.floor(Math.random() * 40), delayMs: Math.random() * 8 };
        const run = await next.run(plan);
        refill(round + 1);
        const context = `round ${round} (seed ${seed}, ${run.exit}): ${run.stderr.slice(0, 500)}`;
        expect(run.lines.filter((l) => l.tag === 'ERR'), context).toEqual([]);
        expect(run.exit, context).toBe('SIGKILL');
        figures.kills++;
        if (run.killedBeforeReady) figures.killedDuringStartup++;

        // What must be in the file: the state before the run with every acknowledged edit applied.
        const expected = new Map(model);
        let inFlight: Summary[] | null = null;
        let acked = 0;
        for (const l of run.lines) {
          if (l.tag === 'TRY') inFlight = l.data.after ?? [];
          if (l.tag === 'ACK') {
            for (const s of l.data.after ?? []) {
              if (s.k === 'x') expected.delete(s.id); else expected.set(s.id, s);
            }
            inFlight = null;
            acked++;
          }
        }
        figures.acknowledged += acked;
        figures.maxAckedInOneRun = Math.max(figures.maxAckedInOneRun, acked);

        const actual = readProject(h.file);
        figures.integrityChecks++;
        expect(actual.problems, context).toEqual([]);

        // The edit in flight when the kill came may have landed or not, but only as a whole.
        const flight = inFlight ?? [];
        const touched = new Set(flight.map((s) => s.id).filter(Boolean));
        const landed = flight.map((s) => (s.id ? same(orGone(actual.entities.get(s.id), s.id), s) : [...actual.entities.values()].some((a) => !expected.has(a.id) && sameContent(a, s))));
        const changes = flight.map((s) => !(s.id && same(orGone(expected.get(s.id), s.id), s)));
        const landedWhereChanged = landed.filter((l, i) => changes[i]);
        if (landedWhereChanged.length) {
          const all = landedWhereChanged.every(Boolean), none = landedWhereChanged.every((l) => !l);
          expect(all || none, `${context}: in-flight ${JSON.stringify(flight)} landed partly`).toBe(true);
          if (all) figures.inFlightLanded++; else figures.inFlightLost++;
        }

        for (const [id, want] of expected) {
          figures.entityChecks++;
          const got = actual.entities.get(id);
          if (touched.has(id) && landedWhereChanged.every(Boolean) && landedWhereChanged.length) continue; // checked above
          expect(got, `${context}: acknowledged ${id}`).toEqual(want);
        }
        for (const [id, got] of actual.entities) {
          if (expected.has(id)) continue;
          // Only the in-flight create may add an entity nobody acknowledged.
          const fromFlight = flight.some((s) => (s.id === id) || (!s.id && sameContent(got, s)));
          expect(fromFlight, `${context}: unacknowledged ${JSON.stringify(got)}`).toBe(true);
        }
        model = actual.entities;
      }
    } finally {
      for (const c of pool) c.dispose();
    }

    // The backups taken on each open are whole projects too, even those a kill interrupted never get listed.
    const folder = `${h.file}.backups`;
    const listed = fs.readdirSync(folder).filter((n) => n.endsWith('.parley-backup'));
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.length).toBeLessThanOrEqual(10);
    for (const n of listed) checkBackupFile(path.join(folder, n));

    child.cleanup();
    const seconds = ((Date.now() - t0) / 1000).toFixed(1);
    console.log(`crash test: ${JSON.stringify({ ...figures, backupsChecked: listed.length, bundled: child.bundled, seconds })}`);
    expect(figures.kills).toBe(KILLS);
    // A run that acknowledged nothing would prove nothing: most runs must have edited.
    expect(figures.acknowledged).toBeGreaterThan(KILLS * 10);
  }, 300_000);

  it('the checker itself sees a half-written event, an orphan link and an unfinished undo step', async () => {
    // Without this, a checker that found nothing could pass the test above by never looking.
    const h = await openHarness();
    const a = await call<{ id: string }>(h.dispatch, 'actors.create', { name: 'A', kind: 'person' });
    const b = await call<{ id: string }>(h.dispatch, 'actors.create', { name: 'B', kind: 'person' });
    await call(h.dispatch, 'events.create', {
      type: 'talks', title: 'Whole', description: JSON.stringify([a.id, b.id]), start: { value: '2020-01-01', precision: 'day' },
      participants: [{ actorId: a.id }, { actorId: b.id }],
    });
    h.session.close();
    expect(readProject(h.file).problems).toEqual([]);
    const db = new Database(h.file);
    db.prepare(`UPDATE events SET participants = json_remove(participants, '$[1]')`).run();
    db.prepare(`INSERT INTO events (id, type, title, start, start_ms, end_ms, lvl, participants)
      VALUES ('ev_orphan', 'talks', 'Orphan', '{"value":"2020-01-01","precision":"day","approximate":false,"zone":"UTC"}', 0, 1, 0, '[{"actorId":"ac_gone","role":"party"}]')`).run();
    db.pragma('foreign_keys = OFF');
    db.prepare("INSERT INTO statement_actors (statement_id, actor_id, role) VALUES ('st_missing', ?, 'audience')").run(a.id);
    db.prepare('UPDATE history_ctl SET entry = 1').run();
    db.close();
    const problems = readProject(h.file).problems.join('\n');
    expect(problems).toMatch(/event .* half-written/);
    expect(problems).toMatch(/event ev_orphan names a missing actor/);
    expect(problems).toMatch(/foreign_key_check/);
    expect(problems).toMatch(/history_ctl left recording/);
  });
});
