// Test helpers: real projects in temp folders, closed and removed after each test.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import type { UncertainDate } from '../../shared/model';
import { ProjectStore } from '../../src-main/store/project-store';

const cleanups: (() => void)[] = [];
afterEach(() => { while (cleanups.length) cleanups.pop()!(); });

export function tempDir(prefix = 'parley-test-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export function createProject(name = 'test.parley'): ProjectStore {
  const store = ProjectStore.open(path.join(tempDir(), name), { create: true });
  cleanups.push(() => store.close());
  return store;
}

export const day = (value: string, zone = 'UTC', approximate = false): UncertainDate => ({ value, precision: 'day', approximate, zone });
export const minute = (value: string, zone = 'UTC'): UncertainDate => ({ value, precision: 'minute', approximate: false, zone });

export function actor(store: ProjectStore, name: string, kind: 'person' | 'government' | 'media' | 'armed_group' = 'government', parentId: string | null = null) {
  return store.createActor({ name, kind, aliases: [], parentId, color: null, notes: '', tags: [] });
}

export function event(store: ProjectStore, title: string, start: UncertainDate, participants: string[] = [], end: UncertainDate | null = null) {
  return store.createEvent({ type: 'talks', title, description: '', start, end, location: '', participants: participants.map((actorId) => ({ actorId, role: 'party' })), tags: [] });
}
