// What the handlers share: the open project and the list of recent files. No transport lives here.
import fs from 'node:fs';
import path from 'node:path';
import type { BackupOptions } from '../store/backups';
import { ProjectStore } from '../store/project-store';
import { ParleyError } from '../store/errors';

const RECENT_LIMIT = 12;

export interface SessionOptions {
  /** Folder for app state (recent files); the user's data folder in the app, a temp folder in tests. */
  dataDir: string;
  /** Rolling backups of open projects; on unless turned off (false) or tuned. */
  backups?: BackupOptions | boolean;
}

export class Session {
  private current: ProjectStore | null = null;

  constructor(readonly options: SessionOptions) {}

  get store(): ProjectStore {
    if (!this.current) throw new ParleyError('no_project', 'No project is open. Open or create a .parley file first.');
    return this.current;
  }

  get hasProject(): boolean {
    return this.current !== null;
  }

  /** Opens (or creates) a project; the one open before stays open if this fails. */
  open(file: string, create: boolean): ProjectStore {
    const absolute = path.resolve(file);
    if (create && fs.existsSync(absolute)) throw new ParleyError('conflict', `${absolute} already exists; open it instead.`);
    // The app's projects get rolling backups (on open and every few minutes of editing; see store/backups.ts).
    const next = ProjectStore.open(absolute, { create, backups: this.options.backups ?? true });
    this.current?.close();
    this.current = next;
    this.remember(absolute);
    return next;
  }

  close(): void {
    this.current?.close();
    this.current = null;
  }

  private get recentFile(): string {
    return path.join(this.options.dataDir, 'recent.json');
  }

  recent(): string[] {
    try {
      const list = JSON.parse(fs.readFileSync(this.recentFile, 'utf8')) as unknown;
      return Array.isArray(list) ? list.filter((x): x is string => typeof x === 'string' && fs.existsSync(x)) : [];
    } catch {
      return [];
    }
  }

  private remember(file: string): void {
    const list = [file, ...this.recent().filter((f) => f !== file)].slice(0, RECENT_LIMIT);
    fs.mkdirSync(this.options.dataDir, { recursive: true });
    fs.writeFileSync(this.recentFile, JSON.stringify(list, null, 2));
  }
}
