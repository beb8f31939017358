// Import of Parley JSON (src-main/export/json.ts): every entity with its id, so importing an export into
// a new project gives back the same project. All of it is checked before anything is written.
import { z } from 'zod';
import { Actor, Citation, Event, ProjectSettings, Source, Statement } from '../../shared/model';
import type { ImportCounts } from '../../shared/api/exchange';
import { PARLEY_JSON_FORMAT, PARLEY_JSON_VERSION } from '../export/json';
import { ParleyError } from '../store/errors';
import type { ProjectStore } from '../store/project-store';

const ProjectJson = z.object({
  format: z.literal(PARLEY_JSON_FORMAT, { message: `not a Parley project export (format must be "${PARLEY_JSON_FORMAT}")` }),
  version: z.number().int().min(1).max(PARLEY_JSON_VERSION, { message: 'made by a newer Parley; update Parley to import it' }),
  settings: ProjectSettings.partial().default({}),
  actors: z.array(Actor).default([]),
  events: z.array(Event).default([]),
  statements: z.array(Statement).default([]),
  sources: z.array(Source).default([]),
  citations: z.array(Citation).default([]),
});
type ProjectJson = z.infer<typeof ProjectJson>;

const problem = (message: string) => new ParleyError('invalid_input', `The file was not imported (nothing was written): ${message}`);

export function parseProjectJson(text: string): ProjectJson {
  let raw: unknown;
  try {
    raw = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch (e) {
    throw problem(`it is not valid JSON (${(e as Error).message}).`);
  }
  const parsed = ProjectJson.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.') || 'the file'}: ${i.message}`);
    throw problem(`${first.join('; ')}.`);
  }
  return parsed.data;
}

/** Parents before their members, so every actor's parent exists when it is written. */
function parentsFirst(actors: Actor[]): Actor[] {
  const byId = new Map(actors.map((a) => [a.id, a]));
  const out: Actor[] = [], placed = new Set<string>();
  const place = (a: Actor, depth: number) => {
    if (placed.has(a.id)) return;
    if (depth > actors.length) throw problem(`actor ${a.id} belongs to itself through its parents.`);
    const parent = a.parentId ? byId.get(a.parentId) : undefined;
    if (parent) place(parent, depth + 1);
    placed.add(a.id);
    out.push(a);
  };
  actors.forEach((a) => place(a, 0));
  return out;
}

function checkReferences(doc: ProjectJson, store: ProjectStore): void {
  const ids = [...doc.actors, ...doc.events, ...doc.statements, ...doc.sources, ...doc.citations].map((x) => x.id);
  const seen = new Set<string>();
  const repeated = ids.find((id) => seen.has(id) || !seen.add(id));
  if (repeated) throw problem(`the id ${repeated} is used twice.`);
  const taken = store.existingIds(ids);
  if (taken.length) {
    throw new ParleyError('conflict', `The file was not imported (nothing was written): this project already holds ${taken.length} of its entries (${taken.slice(0, 3).join(', ')}…); was it imported before? Import it into a new project.`);
  }
  const existing = new Set(store.listActors().map((a) => a.id));
  const actor = (id: string | null, where: string) => {
    if (id && !seen.has(id) && !existing.has(id)) throw problem(`${where} names an actor (${id}) that is neither in the file nor in the project.`);
  };
  for (const a of doc.actors) actor(a.parentId, `actor ${a.id}`);
  for (const e of doc.events) e.participants.forEach((p) => actor(p.actorId, `event ${e.id}`));
  for (const s of doc.statements) {
    [s.speakerId, ...s.audienceIds, ...s.outletIds].forEach((id) => actor(id, `statement ${s.id}`));
    if (s.eventId && !seen.has(s.eventId)) throw problem(`statement ${s.id} refers to an event (${s.eventId}) that is not in the file.`);
  }
  for (const s of doc.sources) actor(s.outletId, `source ${s.id}`);
  for (const c of doc.citations) if (!seen.has(c.sourceId)) throw problem(`citation ${c.id} refers to a source (${c.sourceId}) that is not in the file.`);
}

/** Adds the file's entities to the project as one undo step; the title and zone are taken when the project is empty. */
export function importProjectJson(store: ProjectStore, text: string): ImportCounts {
  const doc = parseProjectJson(text);
  checkReferences(doc, store);
  const counts = store.counts();
  const empty = counts.actors + counts.events + counts.statements + counts.sources === 0;
  try {
    store.batch(`Import ${doc.settings.title ?? 'a Parley file'}`, () => {
      if (empty && Object.keys(doc.settings).length) store.updateSettings(doc.settings);
      for (const { id, ...a } of parentsFirst(doc.actors)) store.createActor(a, id);
      for (const { id, ...s } of doc.sources) store.createSource(s, id);
      if (doc.events.length) store.createEvents(doc.events.map(({ id: _id, ...e }) => e), 'Import events', doc.events.map((e) => e.id));
      if (doc.statements.length) store.createStatements(doc.statements.map(({ id: _id, ...s }) => s), 'Import statements', doc.statements.map((s) => s.id));
      for (const { id, ...c } of doc.citations) store.createCitation(c, id);
    });
  } catch (e) {
    // The batch rolled back; say so along with what the store refused.
    if (e instanceof ParleyError) throw new ParleyError(e.code, `The file was not imported (nothing was written): ${e.message}`);
    throw e;
  }
  return { actors: doc.actors.length, events: doc.events.length, statements: doc.statements.length, sources: doc.sources.length, citations: doc.citations.length };
}
