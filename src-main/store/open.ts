// Opening a .parley file: refuse what is not ours or too new, back up before migrating, set the pragmas.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { ParleyError } from './errors';
import { APPLICATION_ID, MIGRATIONS, type Migration } from './schema';

const SQLITE_MAGIC = 'SQLite format 3\0';

export interface OpenOptions {
  /** Create the file when it does not exist (otherwise a missing file is an error). */
  create?: boolean;
  /** The migrations to bring the file up to date; tests pass their own to exercise migrating. */
  migrations?: Migration[];
}

/** No write bit for anyone: read-only, even for root, whom access() would let write. */
const noWriteBits = (stat: fs.Stats) => (stat.mode & 0o222) === 0;

function writable(target: string, stat: fs.Stats): boolean {
  if (noWriteBits(stat)) return false;
  try {
    fs.accessSync(target, fs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

function checkFileBeforeOpening(file: string, create: boolean): boolean {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw new ParleyError('file_error', `${file} cannot be opened: ${(e as NodeJS.ErrnoException).code ?? 'unreadable'}.`);
  }
  if (!stat.isFile()) throw new ParleyError('file_error', `${file} is not a file.`);
  try {
    fs.accessSync(file, fs.constants.R_OK);
  } catch {
    throw new ParleyError('file_error', `${file} cannot be read: check its permissions.`);
  }
  if (!writable(file, stat)) {
    throw new ParleyError('file_error', `${file} is read-only. Parley needs to write to a project: copy it somewhere writable or change its permissions.`);
  }
  // SQLite keeps its -wal and -shm files beside the project, so the folder must be writable too.
  const dir = path.dirname(file);
  if (!writable(dir, fs.statSync(dir))) {
    throw new ParleyError('file_error', `The folder ${dir} is read-only. Parley needs to write beside a project: move it somewhere writable.`);
  }
  // An empty file is what a truncated project looks like: adopting it as a new project would hide the loss.
  if (stat.size === 0 && !create) {
    throw new ParleyError('file_error', `${file} is empty (0 bytes): it is not a Parley project, or it was truncated.`);
  }
  if (stat.size > 0) {
    const head = Buffer.alloc(100);
    const fd = fs.openSync(file, 'r');
    try { fs.readSync(fd, head, 0, 100, 0); } finally { fs.closeSync(fd); }
    if (head.toString('latin1', 0, 16) !== SQLITE_MAGIC) {
      throw new ParleyError('file_error', `${file} is not a Parley project (it is not an SQLite database).`);
    }
    checkLength(file, stat.size, head);
  }
  return true;
}

/**
 * SQLite reads missing bytes at the end of a file as zeros, so a truncated project can open and pass its checks
 * with data silently lost. The header says how long the file must be; a short file is refused as damaged.
 * Skipped when a -wal file holds changes: an interrupted checkpoint may have written the header before the pages
 * it counts, and opening replays the WAL over them.
 */
function checkLength(file: string, size: number, head: Buffer): void {
  let walSize = 0;
  try { walSize = fs.statSync(`${file}-wal`).size; } catch { /* no WAL */ }
  if (walSize > 0) return;
  const rawPageSize = head.readUInt16BE(16);
  const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
  const damaged = (why: string) => new ParleyError('file_error', `${file} is damaged: ${why}. It may have been cut short while copying; try a backup.`);
  if (size < 100 || pageSize < 512 || (pageSize & (pageSize - 1)) !== 0) throw damaged('its header is incomplete');
  if (size % pageSize !== 0) throw damaged(`its length (${size} bytes) is not a whole number of ${pageSize}-byte pages`);
  const pages = head.readUInt32BE(28);
  // The page count in the header is only valid when written by the same change as the change counter.
  if (head.readUInt32BE(92) === head.readUInt32BE(24) && pages * pageSize > size) {
    throw damaged(`it holds ${size / pageSize} of its ${pages} pages`);
  }
}

function migrate(db: Database.Database, file: string, from: number, migrations: Migration[]): void {
  if (from > 0) {
    // A copy of the file as it was, so a migration can never cost the user their only copy.
    const backup = `${file}.schema-v${from}.bak`;
    if (!fs.existsSync(backup)) db.exec(`VACUUM INTO '${backup.replaceAll("'", "''")}'`);
  }
  db.transaction(() => {
    for (const m of migrations) if (m.version > from) m.up(db);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    db.pragma(`user_version = ${migrations[migrations.length - 1].version}`);
  })();
}

/** The page size of new project files (bytes). */
export const NEW_FILE_PAGE_SIZE = 16_384;

export function openProjectDatabase(file: string, options: OpenOptions = {}): Database.Database {
  const absolute = path.resolve(file);
  const migrations = options.migrations ?? MIGRATIONS;
  const latest = migrations[migrations.length - 1].version;
  const exists = checkFileBeforeOpening(absolute, !!options.create);
  if (!exists) {
    if (!options.create) throw new ParleyError('file_error', `${absolute} does not exist.`);
    fs.mkdirSync(path.dirname(absolute), { recursive: true });
  }
  let db: Database.Database;
  try {
    db = new Database(absolute, { fileMustExist: exists });
  } catch (e) {
    throw new ParleyError('file_error', `${absolute} could not be opened: ${(e as Error).message}`);
  }
  try {
    const appId = db.pragma('application_id', { simple: true }) as number;
    const version = db.pragma('user_version', { simple: true }) as number;
    const tables = db.prepare(`SELECT count(*) AS n FROM sqlite_schema`).get() as { n: number };
    if (appId !== APPLICATION_ID && tables.n > 0) {
      throw new ParleyError('file_error', `${absolute} is an SQLite database but not a Parley project.`);
    }
    if (version > latest) {
      throw new ParleyError('file_error',
        `${absolute} was saved by a newer version of Parley (file format ${version}; this version reads up to ${latest}). Update Parley to open it.`);
    }
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new ParleyError('file_error', `${absolute} is damaged (${String(check)}).`);
    // Set before the first write, so only new files get it: 16 KiB pages take a 100k-event import about 7 %
    // faster than SQLite's 4 KiB (fewer, larger writes), and a small edit still commits in a fraction of a ms.
    if (!exists) db.pragma(`page_size = ${NEW_FILE_PAGE_SIZE}`);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    // A zoomed-out timeline of 100k entries reads most of the file: a 64 MB cache and memory-mapped reads
    // keep its pages in memory (the first density query takes about half as long).
    db.pragma('cache_size = -65536');
    db.pragma('mmap_size = 268435456');
    if (version < latest) migrate(db, absolute, version, migrations);
    return db;
  } catch (e) {
    db.close();
    if (e instanceof ParleyError) throw e;
    throw new ParleyError('file_error', `${absolute} is not a readable Parley project: ${(e as Error).message}`);
  }
}
