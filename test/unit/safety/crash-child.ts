// Run by crash.test.ts as `node --import tsx crash-child.ts <project> <dataDir> <seed>`; once a line arrives on stdin
// it opens the project through a
// Session and the dispatcher, then edits it in a loop until it is killed. Before each edit it prints
// `TRY <json>` (what the entities will look like if it lands), and after dispatch returned ok `ACK <json>` (what
// they look like now). Every entity written carries its own checksum, so a half-written one shows by itself:
// an event's description is the JSON of its participants, a statement's text the JSON of its audience and outlets.
import fs from 'node:fs';
import { createDispatcher } from '../../../src-main/dispatch';
import { Session } from '../../../src-main/handlers/session';

export type Summary =
  | { k: 'a'; id: string; name: string }
  | { k: 'e'; id: string; title: string; start: string; parts: string[] }
  | { k: 's'; id: string; text: string; date: string | null; aud: string[]; out: string[] }
  | { k: 'x'; id: string };

const [file, dataDir, seedArg] = process.argv.slice(2);
let seed = Number(seedArg) >>> 0 || 1;
/** mulberry32: reproducible runs from the seed the parent prints. */
function rand(): number {
  seed = (seed + 0x6d2b79f5) >>> 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const int = (n: number) => Math.floor(rand() * n);
const pick = <T>(xs: T[]): T => xs[int(xs.length)];
function some<T>(xs: T[], min: number, max: number): T[] {
  const copy = [...xs];
  const n = Math.min(copy.length, min + int(max - min + 1));
  const out: T[] = [];
  while (out.length < n) out.push(copy.splice(int(copy.length), 1)[0]);
  return out;
}
// Synchronous writes: a line is in the pipe before the next edit starts, so a printed ACK is never lost by the kill.
const say = (tag: string, data: unknown) => fs.writeSync(1, `${tag} ${JSON.stringify(data)}\n`);
const date = () => `${1990 + int(30)}-${String(1 + int(12)).padStart(2, '0')}-${String(1 + int(28)).padStart(2, '0')}`;

interface Ev { id: string; title: string; start: string; parts: string[] }
interface St { id: string; text: string; date: string | null; aud: string[]; out: string[] }

async function main() {
  const session = new Session({ dataDir });
  const dispatch = createDispatcher(session, { log: (m) => process.stderr.write(`${m}\n`) });
  const must = async <T>(method: string, input: unknown): Promise<T> => {
    const r = await dispatch(method, input);
    if (!r.ok) {
      say('ERR', { method, error: r.error });
      process.exit(3);
    }
    return r.value as T;
  };
  await must('project.open', { path: file });
  const actors = (await must<{ id: string }[]>('actors.list', {})).map((a) => a.id);
  const events: Ev[] = (await must<{ id: string; title: string; start: { value: string }; participants: { actorId: string }[] }[]>(
    'events.list', { limit: 200_000 })).map((e) => ({ id: e.id, title: e.title, start: e.start.value, parts: e.participants.map((p) => p.actorId) }));
  const statements: St[] = (await must<{ id: string; text: string; date: { value: string } | null; audienceIds: string[]; outletIds: string[] }[]>(
    'statements.list', { limit: 200_000 })).map((s) => ({ id: s.id, text: s.text, date: s.date?.value ?? null, aud: s.audienceIds, out: s.outletIds }));
  say('READY', { actors: actors.length, events: events.length, statements: statements.length });

  const eventSummary = (e: Ev): Summary => ({ k: 'e', ...e });
  const statementSummary = (s: St): Summary => ({ k: 's', ...s });
  const eventInput = (title: string, start: string, parts: string[]) => ({
    type: 'talks', title, start: { value: start, precision: 'day' }, description: JSON.stringify(parts),
    participants: parts.map((actorId, i) => ({ actorId, role: i === 0 ? 'host' : 'party' })),
  });
  const statementText = (aud: string[], out: string[]) => JSON.stringify({ aud, out });

  // Mostly edits that rewrite link rows (participants, audiences, moves of several entries): where a partial write would show.
  for (let n = 0; ; n++) {
    // Each edit arrives as its own task in the app (an IPC message), so background work such as backups gets turns.
    await new Promise((resolve) => setImmediate(resolve));
    const tag = `${process.pid}-${n}`;
    const roll = rand();
    if (roll < 0.05 || actors.length < 4) {
      const name = `Actor ${tag}`;
      say('TRY', { op: 'actors.create', after: [{ k: 'a', id: null, name }] });
      const a = await must<{ id: string; name: string }>('actors.create', { name, kind: 'person', aliases: [`A${tag}`], tags: ['crash'] });
      actors.push(a.id);
      say('ACK', { op: 'actors.create', after: [{ k: 'a', id: a.id, name: a.name }] });
    } else if (roll < 0.25 || events.length < 3) {
      const e: Ev = { id: '', title: `Event ${tag}`, start: date(), parts: some(actors, 1, 5) };
      say('TRY', { op: 'events.create', after: [{ ...eventSummary(e), id: null }] });
      const made = await must<{ id: string }>('events.create', eventInput(e.title, e.start, e.parts));
      e.id = made.id;
      events.push(e);
      say('ACK', { op: 'events.create', after: [eventSummary(e)] });
    } else if (roll < 0.5) {
      const target = pick(events);
      const next: Ev = { ...target, title: `Event ${tag} (edited)`, parts: some(actors, 0, 5) };
      say('TRY', { op: 'events.update', after: [eventSummary(next)] });
      const p = eventInput(next.title, next.start, next.parts);
      await must('events.update', { id: target.id, patch: { title: p.title, description: p.description, participants: p.participants } });
      Object.assign(target, next);
      say('ACK', { op: 'events.update', after: [eventSummary(target)] });
    } else if (roll < 0.62 || statements.length < 3) {
      const s: St = { id: '', text: '', date: rand() < 0.8 ? date() : null, aud: some(actors, 1, 3), out: some(actors, 0, 2) };
      s.text = statementText(s.aud, s.out);
      say('TRY', { op: 'statements.create', after: [{ ...statementSummary(s), id: null }] });
      const made = await must<{ id: string }>('statements.create', {
        speakerId: pick(actors), text: s.text, audienceIds: s.aud, outletIds: s.out,
        date: s.date ? { value: s.date, precision: 'day' } : null, direct: rand() < 0.5,
      });
      s.id = made.id;
      statements.push(s);
      say('ACK', { op: 'statements.create', after: [statementSummary(s)] });
    } else if (roll < 0.77) {
      const target = pick(statements);
      const next: St = { ...target, aud: some(actors, 1, 3), out: some(actors, 0, 2) };
      next.text = statementText(next.aud, next.out);
      say('TRY', { op: 'statements.update', after: [statementSummary(next)] });
      // The date is sent again because the API's patch schemas fill omitted fields with their defaults (reported).
      await must('statements.update', { id: target.id, patch: {
        text: next.text, audienceIds: next.aud, outletIds: next.out, date: next.date ? { value: next.date, precision: 'day' } : null,
      } });
      Object.assign(target, next);
      say('ACK', { op: 'statements.update', after: [statementSummary(target)] });
    } else if (roll < 0.95) {
      // A drag of several entries at once: one undo step, so all of them move or none does.
      const evs = some(events, 1, 3).map((e) => ({ ...e, start: date() }));
      const sts = some(statements, 0, 2).map((s) => ({ ...s, date: date() }));
      const after = [...evs.map(eventSummary), ...sts.map(statementSummary)];
      say('TRY', { op: 'entries.move', after });
      await must('entries.move', { moves: [
        ...evs.map((e) => ({ id: e.id, start: { value: e.start, precision: 'day' }, end: null })),
        ...sts.map((s) => ({ id: s.id, start: { value: s.date, precision: 'day' } })),
      ] });
      for (const e of evs) Object.assign(events.find((x) => x.id === e.id)!, e);
      for (const s of sts) Object.assign(statements.find((x) => x.id === s.id)!, s);
      say('ACK', { op: 'entries.move', after });
    } else {
      const gone = [...some(events, 0, 1).map((e) => e.id), ...some(statements, 1, 1).map((s) => s.id)];
      const after = gone.map((id) => ({ k: 'x', id }));
      say('TRY', { op: 'entries.delete', after });
      await must('entries.delete', { ids: gone });
      for (const id of gone) {
        const i = events.findIndex((e) => e.id === id);
        if (i >= 0) events.splice(i, 1);
        const j = statements.findIndex((s) => s.id === id);
        if (j >= 0) statements.splice(j, 1);
      }
      say('ACK', { op: 'entries.delete', after });
    }
  }
}

// Modules are loaded by now. The parent starts children ahead of time and says GO when it is one's turn, so the
// kills measure the project's safety, not how long Node takes to load the app.
say('LOADED', {});
process.stdin.once('data', () => {
  main().catch((e) => {
    say('ERR', { error: String((e as Error)?.stack ?? e) });
    process.exit(2);
  });
});
