// Shared by the import tests: an invented wire story and an API session on a temp project.
import path from 'node:path';
import { createDispatcher } from '../../../src-main/dispatch';
import { Session } from '../../../src-main/handlers';
import { tempDir } from '../helpers';

export const CAIRO_STORY = `CAIRO, May 8 (Nile Wire) - Egyptian and Qatari mediators hosted Israeli and Hamas negotiators in Cairo on Tuesday for a new round of talks on a ceasefire.

Egyptian Foreign Minister Karim Haddad told reporters that the delegations had narrowed their differences on the release of detainees.

"We are not there yet, but we are closer," Haddad said.

A senior Hamas official said the movement would send a delegation back to Cairo next week.`;

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
