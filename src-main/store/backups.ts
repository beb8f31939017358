// Rolling backups of an open project: a snapshot of the database, written into `<file>.backups/`, on open and every few
// minutes of editing, keeping the newest few. A backup is written under a temporary name and renamed when complete,
// so a crash mid-backup never leaves a half-written file among the listed ones.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { ParleyError } from './errors';
import { APPLICATION_ID, SCHEMA_VERSION } from './schema';

export interface BackupOptions {
  /** How many backups to keep; older ones are deleted. */
  keep?: number;
  /** How often to back up while the project is being edited. */
  intervalMs?: number;
}

export interface BackupInfo { path: string; createdAt: string; size: number }

const DEFAULT_KEEP = 10;
const DEFAULT_INTERVAL_MS = 5 * 60_000;
const SUFFIX = '.parley-backup';
const PARTIAL = '.partial';
/** `<name>.<UTC stamp>-<pid>-<seq>.parley-backup`: the stamp sorts by time and is read back as createdAt. */
const NAME = /^(.*)\.(\d{8}T\d{9}Z)-(\d+)-(\d{6})\.parley-backup$/;

export function backupFolder(file: string): string {
  return `${path.resolve(file)}.backups`;
}

function stampOf(date: Date): string {
  return date.toISOString().replace(/[-:.]/g, '');
}

function dateOfStamp(stamp: string): string {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z$/.exec(stamp);
  if (!m) return new Date(0).toISOString();
  return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.${m[7]}Z`;
}

/** Checks that a file is a complete Parley project this version can open, without writing to it. */
export function checkBackupFile(file: string): void {
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch (e) {
    throw new ParleyError('file_error', `The backup ${file} cannot be read: ${(e as Error).message}`);
  }
  try {
    const appId = db.pragma('application_id', { simple: true });
    const version = db.pragma('user_version', { simple: true }) as number;
    if (appId !== APPLICATION_ID || version < 1 || version > SCHEMA_VERSION) {
      throw new ParleyError('file_error', `The backup ${file} is not a Parley project this version can open.`);
    }
    const check = db.pragma('integrity_check', { simple: true });
    if (check !== 'ok') throw new ParleyError('file_error', `The backup ${file} is damaged (${String(check)}).`);
  } catch (e) {
    if (e instanceof ParleyError) throw e;
    throw new ParleyError('file_error', `The backup ${file} cannot be read: ${(e as Error).message}`);
  } finally {
    db.close();
  }
}

export class RollingBackups {
  readonly folder: string;
  private readonly keep: number;
  private readonly intervalMs: number;
  private timer: NodeJS.Timeout | null = null;
  /** Set by a write, cleared when a backup starts: an idle project is not backed up again and again. */
  private dirty = false;
  private running: Promise<BackupInfo | null> = Promise.resolve(null);
  private seq = 0;
  private stopped = false;

  constructor(private readonly db: Database.Database, readonly file: string, options: BackupOptions = {}) {
    this.folder = backupFolder(file);
    this.keep = Math.max(1, options.keep ?? DEFAULT_KEEP);
    this.intervalMs = Math.max(10, options.intervalMs ?? DEFAULT_INTERVAL_MS);
  }

  /** Called after every committed change; the first one starts the periodic backups. */
  noteWrite(): void {
    this.dirty = true;
    if (this.timer || this.stopped) return;
    this.timer = setInterval(() => {
      if (this.dirty) this.backupNow().catch(() => undefined);
    }, this.intervalMs);
    // A pending backup must never keep the app (or a test) alive.
    this.timer.unref();
  }

  /** Backs up the project now; backups never run concurrently, a second call waits for the first. */
  backupNow(): Promise<BackupInfo | null> {
    const next = this.running.catch(() => null).then(() => this.runBackup());
    this.running = next;
    return next;
  }

  private async runBackup(): Promise<BackupInfo | null> {
    if (this.stopped || !this.db.open) return null;
    this.dirty = false;
    fs.mkdirSync(this.folder, { recursive: true });
    const base = path.basename(this.file);
    const final = path.join(this.folder, `${base}.${stampOf(new Date())}-${process.pid}-${String(this.seq++ % 1e6).padStart(6, '0')}${SUFFIX}`);
    const partial = final + PARTIAL;
    try {
      // The image is taken at once, so the backup holds the project as of its stamp: SQLite's online backup would
      // fold in every edit this connection makes until it finishes, and the backup taken on open is meant to
      // hold the project as it was opened.
      await fs.promises.writeFile(partial, this.db.serialize());
      // A backup is one self-contained file: no -wal or -shm beside it.
      const copy = new Database(partial);
      try { copy.pragma('journal_mode = DELETE'); } finally { copy.close(); }
      const fd = fs.openSync(partial, 'r');
      try { fs.fsyncSync(fd); } finally { fs.closeSync(fd); }
      fs.renameSync(partial, final);
    } catch (e) {
      this.dirty = true;
      fs.rmSync(partial, { force: true });
      for (const side of ['-wal', '-shm', '-journal']) fs.rmSync(partial + side, { force: true });
      if (this.stopped || !this.db.open) return null;
      throw new ParleyError('file_error', `Could not back up ${this.file}: ${(e as Error).message}`);
    }
    this.prune();
    return this.describe(final);
  }

  /** Backups of this project, newest first. */
  list(): BackupInfo[] {
    let names: string[];
    try {
      names = fs.readdirSync(this.folder);
    } catch {
      return [];
    }
    const base = path.basename(this.file);
    return names
      .filter((n) => { const m = NAME.exec(n); return !!m && m[1] === base; })
      .sort()
      .reverse()
      .map((n) => this.describe(path.join(this.folder, n)))
      .filter((b): b is BackupInfo => b !== null);
  }

  private describe(file: string): BackupInfo | null {
    const m = NAME.exec(path.basename(file));
    try {
      return { path: file, createdAt: dateOfStamp(m?.[2] ?? ''), size: fs.statSync(file).size };
    } catch {
      return null;
    }
  }

  /** Keeps the newest backups and removes partial files that a crash left behind. */
  private prune(): void {
    for (const old of this.list().slice(this.keep)) fs.rmSync(old.path, { force: true });
    for (const n of fs.readdirSync(this.folder)) {
      if (!n.endsWith(PARTIAL)) continue;
      const p = path.join(this.folder, n);
      // Another process's backup may still be running: only stale partial files go.
      try { if (Date.now() - fs.statSync(p).mtimeMs > 60 * 60_000) fs.rmSync(p, { force: true }); } catch { /* gone already */ }
    }
  }

  /** The listed backup at this path, checked to be a whole Parley project; refuses any other file. */
  resolveForRestore(candidate: string): string {
    const wanted = path.resolve(candidate);
    const found = this.list().find((b) => b.path === wanted);
    if (!found) throw new ParleyError('not_found', `No backup of this project at ${candidate.slice(0, 4096)}.`);
    checkBackupFile(found.path);
    return found.path;
  }

  /** Copies a checked backup next to the project, ready for replaceProjectFile once the project is closed. */
  stageRestore(backup: string): string {
    const staged = `${path.resolve(this.file)}.restoring`;
    fs.copyFileSync(backup, staged);
    const fd = fs.openSync(staged, 'r');
    try { fs.fsyncSync(fd); } finally { fs.closeSync(fd); }
    return staged;
  }

  /** Resolves when no backup is running (the app's quit path and tests wait on it). */
  async idle(): Promise<void> {
    await this.running.catch(() => null);
  }

  /** Waits for a running backup, then stops the timer. */
  async stop(): Promise<void> {
    this.stopSync();
    await this.running.catch(() => null);
  }

  stopSync(): void {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }
}

/**
 * Puts a staged copy in place of a project file that is closed. The rename is atomic: the project is either
 * the old file or the whole backup. A leftover -wal would be replayed onto the new file, so one must not exist.
 */
export function replaceProjectFile(file: string, staged: string): void {
  const wal = `${file}-wal`;
  if (fs.existsSync(wal) && fs.statSync(wal).size > 0) {
    throw new ParleyError('file_error', `${file} is still in use (its -wal file is not empty); close other copies of Parley and try again.`);
  }
  fs.rmSync(`${file}-shm`, { force: true });
  fs.rmSync(wal, { force: true });
  fs.renameSync(staged, file);
}
