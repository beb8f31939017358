// Shared by the import tests: an invented wire story (test/fixtures/import) and an API session on a temp project.
import fs from 'node:fs';
import path from 'node:path';
import { createDispatcher } from '../../../src-main/dispatch';
import { Session } from '../../../src-main/handlers';
import { tempDir } from '../helpers';

export const CAIRO_STORY = fs.readFileSync(path.resolve(import.meta.dirname, '../../fixtures/import/cairo-round.txt'), 'utf8');

export const CAIRO_PUBLISHED = { published: '2025-05-08T10:00', timezone: 'Africa/Cairo' };

/** A project opened through the dispatcher, as the app and the browser shell use it. */
export async function importSession() {
  const session = new Session({ dataDir: tempDir(), backups: false });
  const dispatch = createDispatcher(session, { checkOutput: true, log: () => undefined });
  const ok = async <T = never>(method: string, input: unknown): Promise<T> => {
    const r = await dispatch(method, input);
    if (!r.ok) throw new Error(`${method}: ${JSON.stringify(r.error)}`);
    return r.value as T;
  };
  await ok('project.create', { path: path.join(tempDir(), 'import.parley') });
  const store = session.store;
  const person = (name: string, aliases: string[] = []) => store.createActor({ name, kind: 'person', aliases, parentId: null, color: null, notes: '', tags: [] });
  const government = (name: string) => store.createActor({ name, kind: 'government', aliases: [], parentId: null, color: null, notes: '', tags: [] });
  /** Everything a write could touch, to show that a call wrote nothing. */
  const snapshot = () => JSON.stringify({
    counts: store.counts(), actors: store.listActors(), citations: store.listCitations({}), history: store.history.state(),
  });
  return { session, store, dispatch, ok, person, government, snapshot };
}
