// Copying the write-ahead log into the project file ("checkpointing") on a worker thread.
// SQLite does it by default inside the commit that takes the log past 1000 pages: a 100k-event import waited
// about 65 ms for it. SQLite's documented alternative is to turn the automatic checkpoint off and run
// checkpoints on another thread with its own connection, which is what this does. Small sessions never need
// the thread (closing the store checkpoints), so it starts only once the log has grown past a few megabytes.
// Should the worker fail (a packaged app whose driver it cannot load), the automatic checkpoint comes back on.
import type { Database } from 'better-sqlite3';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Worker } from 'node:worker_threads';

/** The log size from which the worker starts (bytes). */
export const WORKER_FROM_WAL_BYTES = 4 * 1024 * 1024;
/** SQLite's own default, restored should the worker fail. */
const AUTO_CHECKPOINT_PAGES = 1000;
/** How long closing waits for the worker to finish a checkpoint and let go of the file. */
const CLOSE_WAIT_MS = 10_000;

// Plain CommonJS run with `eval`, so no separate file has to be found inside a packaged app. A failure is posted as
// text: an SQLite error thrown across threads arrives stripped of its message.
const WORKER_SOURCE = `
const { parentPort, workerData: { driver, addon, file, closed } } = require('node:worker_threads');
const fail = (e) => parentPort.postMessage({ failed: String((e && e.message) || e) });
let db = null;
try {
  const Database = require(driver);
  db = new Database(file, { fileMustExist: true, nativeBinding: addon });
} catch (e) {
  fail(e);
}
// Listening even without a connection, so that closing the store never waits for a worker that could not open it.
parentPort.on('message', (message) => {
  if (message === 'checkpoint') {
    try { db?.pragma('wal_checkpoint(PASSIVE)'); } catch (e) { fail(e); }
    parentPort.postMessage('checkpointed');
  } else {
    db?.close();
    Atomics.store(closed, 0, 1);
    Atomics.notify(closed, 0);
    parentPort.close();
  }
});
`;

/** A path inside Electron's app.asar as the worker must read it: from the unpacked copy beside it. */
export function unpackedPath(file: string): string {
  return file.replace(`app.asar${path.sep}`, `app.asar.unpacked${path.sep}`);
}

function driverPaths(): { driver: string; addon: string } {
  // Not named `require`: the Electron bundle spells import.meta.url with a call to the global one.
  const resolve = createRequire(import.meta.url).resolve;
  const addon = path.join(path.dirname(resolve('better-sqlite3/package.json')), 'build', 'Release', 'better_sqlite3.node');
  return { driver: unpackedPath(resolve('better-sqlite3')), addon: unpackedPath(addon) };
}

export class WalCheckpoints {
  private worker: Worker | null = null;
  private failed = false;
  /** A checkpoint the worker is running, and whether a commit came after it was asked for. */
  private running = false;
  private again = false;
  private readonly closed = new Int32Array(new SharedArrayBuffer(4));

  constructor(private readonly db: Database, private readonly file: string) {
    db.pragma('wal_autocheckpoint = 0');
  }

  /** Called after each commit: has the worker copy the log into the file while this thread goes on. */
  afterCommit(): void {
    if (this.failed) return;
    if (!this.worker) {
      if (this.walBytes() < WORKER_FROM_WAL_BYTES) return;
      // The change is committed already: a worker that cannot even be made must not turn it into an error.
      try { this.start(); } catch (e) { this.fallBack(e); return; }
    }
    if (this.running) this.again = true;
    else this.request();
  }

  /** Waits for the worker to let go of the file, so that closing the store is the last connection's close. */
  stop(): void {
    const worker = this.worker;
    if (!worker) return;
    this.worker = null;
    worker.removeAllListeners();
    worker.postMessage('close');
    if (Atomics.wait(this.closed, 0, 0, CLOSE_WAIT_MS) === 'timed-out') void worker.terminate();
  }

  private walBytes(): number {
    try { return fs.statSync(`${this.file}-wal`).size; } catch { return 0; }
  }

  private start(): void {
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { ...driverPaths(), file: this.file, closed: this.closed } });
    worker.on('message', (message: 'checkpointed' | { failed: string }) => {
      if (typeof message === 'object') return this.fallBack(message.failed);
      this.running = false;
      if (this.again) { this.again = false; this.request(); }
    });
    worker.on('error', (e) => this.fallBack(e));
    worker.on('exit', (code) => this.fallBack(`the worker exited with code ${code}`));
    // After the listeners, which would otherwise hold the process open: a store left unclosed must not keep it alive.
    worker.unref();
    this.worker = worker;
  }

  private request(): void {
    this.running = true;
    this.worker!.postMessage('checkpoint');
  }

  private fallBack(why: unknown): void {
    if (this.failed) return;
    this.worker?.removeAllListeners();
    void this.worker?.terminate();
    this.worker = null;
    this.failed = true;
    // Said once, so that a packaged app whose worker cannot load the driver shows why in its log.
    console.warn(`Parley: checkpoints of ${this.file} return to the commit (${why instanceof Error ? why.message : String(why)}).`);
    if (!this.db.open) return;
    this.db.pragma(`wal_autocheckpoint = ${AUTO_CHECKPOINT_PAGES}`);
    this.db.pragma('wal_checkpoint(PASSIVE)');
  }
}
