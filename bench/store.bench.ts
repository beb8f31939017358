// Store speed: 100k inserts in one transaction, a window query returning ~1k of 100k events, and opening
// a 100k-event project. Goals (issue 2): ≥ 200k inserts/s, window query ≤ 5 ms.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fromInstant } from '../shared/dates';
import type { Event } from '../shared/model';
import { ProjectStore } from '../src-main/store/project-store';

const N = 100_000;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-bench-'));
const file = path.join(dir, 'bench.parley');
const start = Date.UTC(2015, 0, 1);
const span = 10 * 365 * 86400_000;

function events(store: ProjectStore): Omit<Event, 'id'>[] {
  const actors = Array.from({ length: 50 }, (_, i) => store.createActor({ name: `Actor ${i}`, kind: 'government', aliases: [], parentId: null, color: null, notes: '', tags: [] }).id);
  let seed = 42;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  return Array.from({ length: N }, (_, i) => {
    const at = start + Math.floor(rand() * span);
    const long = rand() < 0.1;
    return {
      type: 'talks', title: `Event ${i}`, description: '', location: '', tags: [],
      start: fromInstant(at, 'hour', 'UTC'), end: long ? fromInstant(at + rand() * 30 * 86400_000, 'hour', 'UTC') : null,
      participants: [{ actorId: actors[i % 50], role: 'party' }, { actorId: actors[(i * 7 + 3) % 50], role: 'party' }],
    };
  });
}

const inserts: number[] = [];
const closes: number[] = [];
for (let run = 0; run < 3; run++) {
  for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
  const store = ProjectStore.open(file, { create: true });
  const data = events(store);
  const t0 = performance.now();
  store.createEvents(data);
  inserts.push(performance.now() - t0);
  // Closing straight away waits for the worker thread still copying the log into the file.
  const t1 = performance.now();
  store.close();
  closes.push(performance.now() - t1);
}
const insertMs = median(inserts);

// The floor for reference, in the same run: the same 100k rows (already serialised) through one prepared INSERT
// into a bare table, without an index, a trigger, a check or any per-row work in JavaScript.
const floors: number[] = [];
for (let run = 0; run < 3; run++) {
  const db = new Database(path.join(dir, `floor-${run}.db`));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec(`CREATE TABLE events (rid INTEGER PRIMARY KEY, id TEXT, type TEXT, title TEXT, description TEXT, start TEXT, "end" TEXT,
    start_ms INTEGER, end_ms INTEGER, lvl INTEGER, location TEXT, participants TEXT, tags TEXT)`);
  const actors = ProjectStore.open(path.join(dir, `floor-actors-${run}.parley`), { create: true });
  const rows = events(actors).map((e, i) => [
    `ev_${i}`, e.type, e.title, '', JSON.stringify(e.start), e.end ? JSON.stringify(e.end) : null, 0, 0, 0, '', JSON.stringify(e.participants), '[]']);
  const insert = db.prepare(`INSERT INTO events (id, type, title, description, start, "end", start_ms, end_ms, lvl, location, participants, tags)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const t0 = performance.now();
  db.transaction(() => { for (const row of rows) insert.run(row); })();
  floors.push(performance.now() - t0);
  db.close();
  actors.close();
}
const floorMs = median(floors);

const opens: number[] = [];
for (let run = 0; run < 5; run++) {
  const t0 = performance.now();
  const s = ProjectStore.open(file);
  s.counts();
  opens.push(performance.now() - t0);
  s.close();
}

const store = ProjectStore.open(file);
// A window of ~1% of the span holds ~1k of the 100k events.
const width = span / 100;
const queries: number[] = [];
let returned = 0;
// The first windows warm the page cache and the JIT; 50 of them are not counted, then 250 are.
for (let run = 0; run < 300; run++) {
  const from = start + ((run * 7919) % 90) / 100 * span;
  const t0 = performance.now();
  const w = store.window(from, from + width, {}, 20_000);
  if (run < 50) continue;
  queries.push(performance.now() - t0);
  returned += w.events.length;
}
store.close();

console.log(`events: ${N.toLocaleString('en')} (10% longer than a day), 2 participants each, one transaction with its undo record`);
console.log(`insert:       median ${insertMs.toFixed(0)} ms = ${Math.round(N / (insertMs / 1000)).toLocaleString('en')} events/s   (goal ≥ 200,000/s)`);
console.log(`  the log copied into the file on a worker thread meanwhile; closing straight after the insert waits for it: median ${median(closes).toFixed(0)} ms`);
console.log(`  floor: raw SQLite, bare table, no index: ${floorMs.toFixed(0)} ms = ${Math.round(N / (floorMs / 1000)).toLocaleString('en')} rows/s; Parley / floor = ${(insertMs / floorMs).toFixed(2)}`);
const p95 = [...queries].sort((a, b) => a - b)[Math.floor(queries.length * 0.95)];
console.log(`window query: median ${median(queries).toFixed(2)} ms (p95 ${p95.toFixed(2)}) over ${queries.length} windows, ${Math.round(returned / queries.length)} events returned on average   (goal ≤ 5 ms)`);
console.log(`open project: median ${median(opens).toFixed(1)} ms (integrity quick_check included)`);
fs.rmSync(dir, { recursive: true, force: true });
