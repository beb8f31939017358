// Shared by the safety suites: real projects in temp folders, driven through the same dispatcher the shells use.
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDispatcher, type Dispatch } from '../../../src-main/dispatch';
import { Session, type SessionOptions } from '../../../src-main/handlers/session';
import { TRACKED_TABLES } from '../../../src-main/store/schema';

export function tempDir(prefix = 'parley-safety-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export interface Harness { dir: string; file: string; session: Session; dispatch: Dispatch; logged: string[] }

/** A session with a fresh project open; unexpected errors are collected instead of printed. */
export async function openHarness(options: Partial<SessionOptions> = {}): Promise<Harness> {
  const dir = tempDir();
  const file = path.join(dir, 'project.parley');
  const session = new Session({ dataDir: path.join(dir, 'data'), backups: false, ...options });
  const logged: string[] = [];
  const dispatch = createDispatcher(session, { checkOutput: true, log: (m) => logged.push(m) });
  await call(dispatch, 'project.create', { path: file, title: 'Safety' });
  return { dir, file, session, dispatch, logged };
}

/** Calls a method that must succeed and returns its value. */
export async function call<T = unknown>(dispatch: Dispatch, method: string, input: unknown): Promise<T> {
  const r = await dispatch(method, input);
  if (!r.ok) throw new Error(`${method} failed: ${r.error.code} ${r.error.message}`);
  return r.value as T;
}

/** A digest of every row the user's data and undo log consist of, to prove a failed call wrote nothing. */
export function digest(db: Database.Database): string {
  const h = createHash('sha256');
  for (const t of [...TRACKED_TABLES, 'history', 'history_changes', 'history_ctl']) {
    h.update(`\n#${t}\n`);
    for (const row of db.prepare(`SELECT * FROM ${t} ORDER BY rid`).raw().iterate()) h.update(JSON.stringify(row));
  }
  h.update(`${db.pragma('user_version', { simple: true })}/${db.pragma('application_id', { simple: true })}`);
  return h.digest('hex');
}

export function fileHash(file: string): string {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

export function integrity(file: string): string {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check).join('; ');
  } finally {
    db.close();
  }
}

export const day = (value: string) => ({ value, precision: 'day' as const });
