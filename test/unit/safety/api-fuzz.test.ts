// Random and malformed payloads to every method of the API table: dispatch never throws, always answers with a
// typed result, never leaks a stack trace, and a failed call leaves the project byte-for-byte as it was.
import fc from 'fast-check';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_ERROR_CODES, ApiErrorShape, api } from '../../../shared/api';
import { call, day, digest, openHarness, type Harness } from './helpers';

// About 3,000 calls in all by default; PARLEY_FUZZ_RUNS=1000 for a deeper run.
const RUNS_PER_METHOD = Number(process.env.PARLEY_FUZZ_RUNS ?? 70);
const HUGE = 'x'.repeat(1_100_000);

let h: Harness;
let cwd: string;
/** The project each method is fuzzed against: a fresh one per method keeps the digests small and the runs independent. */
let main = '';
beforeAll(async () => {
  h = await openHarness();
  // Relative paths in fuzzed payloads (project.create, backups.restore, ...) land in the temp folder.
  cwd = process.cwd();
  process.chdir(h.dir);
});
afterAll(() => {
  process.chdir(cwd);
  h.session.close();
});

interface Seeds { actor: string; other: string; event: string; statement: string; source: string; citation: string }

async function seed(method: string): Promise<Seeds> {
  const d = h.dispatch;
  main = path.join(h.dir, `main-${method.replace(/[^a-z.]/gi, '_')}.parley`);
  await call(d, 'project.create', { path: main });
  const actor = (await call<{ id: string }>(d, 'actors.create', { name: 'Seed actor', kind: 'government' })).id;
  const other = (await call<{ id: string }>(d, 'actors.create', { name: 'Other actor', kind: 'media' })).id;
  const event = (await call<{ id: string }>(d, 'events.create', {
    type: 'talks', title: 'Seed event', start: day('2020-01-01'), participants: [{ actorId: actor }],
  })).id;
  const statement = (await call<{ id: string }>(d, 'statements.create', { text: 'We will talk.', speakerId: actor, audienceIds: [other], date: day('2020-01-02') })).id;
  const source = (await call<{ id: string }>(d, 'sources.create', { title: 'Wire', text: 'The parties met on Monday.' })).id;
  const citation = (await call<{ id: string }>(d, 'citations.create', { entityType: 'event', entityId: event, sourceId: source, start: 0, end: 11 })).id;
  return { actor, other, event, statement, source, citation };
}

/** A valid input for each method this suite knows; methods added later still get the random payloads. */
function validInputs(s: Seeds): Record<string, unknown> {
  const date = { value: '2021-06-01', precision: 'day' };
  return {
    'project.open': { path: main }, 'project.create': { path: `fuzz-${Math.random().toString(36).slice(2)}.parley`, title: 'F' },
    'project.updateSettings': { title: 'Fuzzed', displayZone: 'Europe/Oslo' },
    'actors.create': { name: 'New', kind: 'person', aliases: ['N'], parentId: s.other, color: '#112233', tags: ['t'] },
    'actors.update': { id: s.actor, patch: { name: 'Renamed', parentId: s.other } }, 'actors.delete': { ids: [s.other] },
    'events.get': { id: s.event }, 'events.list': { filter: { actorIds: [s.actor], text: 'Seed', fromMs: 0 }, limit: 50 },
    'events.create': { type: 'visit', title: 'Visit', start: date, end: { value: '2021-06-03', precision: 'day' }, participants: [{ actorId: s.actor, role: 'host' }] },
    'events.update': { id: s.event, patch: { title: 'Edited', start: date } }, 'events.delete': { ids: [s.event] },
    'statements.get': { id: s.statement }, 'statements.list': { filter: { types: ['statement'] }, limit: 50 },
    'statements.create': { text: 'Said.', speakerId: s.actor, audienceIds: [s.other], outletIds: [s.other], eventId: s.event, date },
    'statements.update': { id: s.statement, patch: { text: 'Unsaid.', hedged: true } }, 'statements.delete': { ids: [s.statement] },
    'entries.move': { moves: [{ id: s.event, start: date, fromActorId: s.actor, toActorId: s.other }, { id: s.statement, start: date }] },
    'entries.delete': { ids: [s.event, s.statement] },
    'sources.get': { id: s.source }, 'sources.create': { title: 'S', text: 'Body text.', published: '2021-06-01T10:00:00+02:00' },
    'sources.update': { id: s.source, patch: { title: 'Renamed source', outletId: s.other } }, 'sources.delete': { ids: [s.source] },
    'citations.list': { entityType: 'event', entityId: s.event }, 'citations.create': { entityType: 'statement', entityId: s.statement, sourceId: s.source, start: 4, end: 11 },
    'citations.delete': { ids: [s.citation] },
    'timeline.window': { fromMs: 0, toMs: 2e12, filter: {}, limit: 100 }, 'timeline.extent': { filter: {} },
    'backups.restore': { path: 'not-a-backup.parley-backup' },
  };
}

/** Values that have broken parsers and stores before: wrong types, extremes, pollution keys, deep nesting. */
function hostileValues(s: Seeds): fc.Arbitrary<unknown> {
  // Labelled for fast-check's report, which would otherwise recurse 5000 levels to print a counterexample.
  const label = <T extends object>(v: T, name: string): T => Object.defineProperty(v, fc.toStringMethod, { value: () => name });
  const deepArray = (): unknown => { let v: unknown = 'bottom'; for (let i = 0; i < 5000; i++) v = [v]; return label(v as object, '[[[...5000 deep]]]'); };
  const deepObject = (): unknown => { let v: unknown = 'bottom'; for (let i = 0; i < 5000; i++) v = { a: v }; return label(v as object, '{a:{a:...5000 deep}}'); };
  return fc.oneof(
    fc.constantFrom<unknown>(NaN, Infinity, -Infinity, -0, Number.MAX_VALUE, Number.MIN_SAFE_INTEGER - 2, 2 ** 53, null, undefined,
      true, '', ' ', '\u0000', '\u202e', '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', HUGE, [], {}, [[[]]],
      s.actor, s.event, s.statement, s.source, s.citation, 'ac_doesnotexist0000', '../../../../etc/passwd', '%00', '\ud800'),
    fc.constant(null).map(() => JSON.parse('{"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}}')),
    fc.constant(null).map(deepArray), fc.constant(null).map(deepObject),
    fc.constant(null).map(() => Object.create(null)),
    fc.bigInt(), fc.date(), fc.double(), fc.integer(), fc.string({ unit: 'binary', maxLength: 50 }),
    fc.anything({ maxDepth: 3 }),
  );
}

const hostileKey = fc.oneof(fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', 'id', 'ids', 'patch', 'path'), fc.string({ maxLength: 10 }));

/** Payloads: wholly random ones, and valid ones with one field broken, dropped, or a hostile key added. */
function payloads(valid: unknown, s: Seeds): fc.Arbitrary<unknown> {
  const random = fc.anything({
    key: hostileKey, maxDepth: 4, withBigInt: true, withBoxedValues: true, withDate: true, withMap: true, withSet: true,
    withNullPrototype: true, withObjectString: true, withSparseArray: true, withTypedArray: true,
  });
  const mutated = fc.tuple(fc.nat(), hostileValues(s), fc.constantFrom('replace', 'delete', 'add'), hostileKey).map(([n, value, how, key]) => {
    const copy = structuredClone(valid) as Record<string, unknown>;
    // Walk to a random nested object of the valid input and break one of its fields.
    let target: Record<string, unknown> = copy;
    for (let depth = 0; depth < 3; depth++) {
      const nested = Object.keys(target).filter((k) => target[k] && typeof target[k] === 'object');
      if (!nested.length || (n >> depth) % 2 === 0) break;
      target = target[nested[n % nested.length]] as Record<string, unknown>;
    }
    const keys = Object.keys(target);
    const field = keys.length ? keys[n % keys.length] : key;
    const name = how === 'add' ? key : field;
    // An array's "length" cannot be redefined: that draw leaves the input as it was.
    if (Object.getOwnPropertyDescriptor(target, name)?.configurable === false) return copy;
    if (how === 'delete') delete target[field];
    else Object.defineProperty(target, name, { value, enumerable: true, configurable: true, writable: true });
    return copy;
  });
  return fc.oneof({ arbitrary: random, weight: 2 }, { arbitrary: mutated, weight: 5 }, { arbitrary: hostileValues(s), weight: 1 });
}

/** Keeps every path a payload could name inside the temp folder (this runs as root: no writes outside it). */
function confine(root: unknown): unknown {
  const fix = (v: unknown) => (typeof v === 'string' ? v.replace(/^[/\\~]+/, 'abs_').replace(/\.\./g, '__').replace(/^[a-zA-Z]:/, 'drive_') : v);
  const seen = new Set<unknown>();
  // Iterative: payloads nest 5000 deep.
  const todo: unknown[] = [root];
  while (todo.length) {
    const value = todo.pop();
    if (!value || typeof value !== 'object' || seen.has(value) || ArrayBuffer.isView(value)) continue;
    seen.add(value);
    if (value instanceof Map || value instanceof Set || value instanceof Date) continue;
    for (const key of Reflect.ownKeys(value)) {
      const d = Object.getOwnPropertyDescriptor(value, key);
      if (!d || !('value' in d) || !d.writable) continue;
      (value as Record<string | symbol, unknown>)[key] = fix(d.value);
      todo.push(d.value);
    }
  }
  return fix(root);
}

/** How the calls came back, printed at the end so a run that only ever hit invalid_input would show. */
const tally: Record<string, number> = {};

const STACK = /\n\s*at\s|\bat\s\S+\s\(|node_modules|src-main\/|\.ts:\d+/;

async function checkCall(method: string, input: unknown): Promise<void> {
  const store = h.session.store;
  const before = digest(store.db);
  let result: Awaited<ReturnType<typeof h.dispatch>>;
  try {
    result = await h.dispatch(method, input);
  } catch (e) {
    throw new Error(`dispatch threw for ${method}: ${String(e)}`);
  }
  expect(typeof result.ok).toBe('boolean');
  const outcome = result.ok ? 'ok' : result.error.code;
  tally[outcome] = (tally[outcome] ?? 0) + 1;
  if (result.ok) {
    // checkOutput is on, so a value that broke its own output schema would have come back as an error instead.
    expect(api[method as keyof typeof api].output.safeParse(result.value).success).toBe(true);
  } else {
    expect(ApiErrorShape.safeParse(result.error).success, JSON.stringify(result.error).slice(0, 300)).toBe(true);
    expect(API_ERROR_CODES).toContain(result.error.code);
    // 'internal' would mean something threw that no one anticipated; its detail belongs in the log only.
    expect(result.error.code, result.error.message.slice(0, 500)).not.toBe('internal');
    expect(result.error.message).not.toMatch(STACK);
    expect(result.error.message.length).toBeLessThan(10_000);
    // A refused call wrote nothing, and the project that was open still is.
    expect(h.session.store).toBe(store);
    expect(digest(store.db), `${method} failed with ${result.error.code} but changed the project`).toBe(before);
  }
  expect(h.logged).toEqual([]);
  expect(Object.keys(Object.prototype)).toEqual([]);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  // A successful open/create/restore switches projects: go back, so the next call compares the same file.
  if (h.session.store.file !== main) await call(h.dispatch, 'project.open', { path: main });
}

describe('API fuzzing', () => {
  const methods = Object.keys(api);

  it('covers a non-trivial API table', () => {
    expect(methods.length).toBeGreaterThan(30);
    expect(methods).toContain('backups.restore');
  });

  for (const method of methods) {
    it(`${method}: random and malformed payloads get a typed answer and write nothing when refused`, async () => {
      const s = await seed(method);
      const known = validInputs(s)[method];
      const valid = known ?? {};
      if (known) {
        // The valid input really is valid, so the mutations start one step away from a real call.
        const r = await h.dispatch(method, confine(structuredClone(valid)));
        if (!r.ok) expect(r.error.code, `${method}: ${r.error.message}`).not.toBe('invalid_input');
        if (h.session.store.file !== main) await call(h.dispatch, 'project.open', { path: main });
      }
      await fc.assert(fc.asyncProperty(payloads(valid, s), async (p) => checkCall(method, confine(p))), { numRuns: RUNS_PER_METHOD });
    }, 120_000);
  }

  it('unknown and prototype method names are refused as unknown_method', async () => {
    const names = fc.oneof(fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'events.create ', 'EVENTS.CREATE', ''), fc.string({ maxLength: 200 }));
    await fc.assert(fc.asyncProperty(names, fc.anything({ maxDepth: 2 }), async (name, input) => {
      fc.pre(!Object.prototype.hasOwnProperty.call(api, name));
      const r = await h.dispatch(name, input);
      expect(r).toEqual({ ok: false, error: { code: 'unknown_method', message: expect.any(String) } });
      expect(r.ok ? '' : r.error.message.length).toBeLessThan(200);
    }), { numRuns: 300 });
  });

  it('reached past validation: some fuzzed calls succeeded and some failed on the project state', () => {
    console.log(`api fuzz: ${Object.keys(api).length} methods, outcomes ${JSON.stringify(tally)}`);
    expect(tally.ok).toBeGreaterThan(50);
    expect(tally.invalid_input).toBeGreaterThan(500);
    expect(tally.not_found).toBeGreaterThan(5);
  });
});
