import Database from 'better-sqlite3';
import fc from 'fast-check';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromInstant } from '../../shared/dates';
import { NEW_FILE_PAGE_SIZE } from '../../src-main/store/open';
import { ProjectStore, type NewEvent } from '../../src-main/store/project-store';
import { actor, createProject, day, event, minute, tempDir } from './helpers';

describe('the project store', () => {
  it('keeps one project in one SQLite file with WAL and foreign keys on', () => {
    const store = createProject();
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.db.pragma('foreign_keys', { simple: true })).toBe(1);
    const us = actor(store, 'United States');
    const hamas = actor(store, 'Hamas', 'armed_group');
    const e = event(store, 'Direct talks', day('2025-05-01', 'Asia/Jerusalem', true), [hamas.id, us.id], day('2025-05-08', 'Asia/Jerusalem'));
    store.close();
    const raw = new Database(store.file, { readonly: true });
    const row = raw.prepare('SELECT title, start_ms, end_ms FROM events WHERE id = ?').get(e.id) as { title: string; start_ms: number; end_ms: number };
    expect(row).toEqual({ title: 'Direct talks', start_ms: Date.parse('2025-04-30T21:00:00Z'), end_ms: Date.parse('2025-05-08T21:00:00Z') });
    expect(JSON.parse((raw.prepare('SELECT participants FROM events WHERE id = ?').get(e.id) as { participants: string }).participants))
      .toEqual([{ actorId: hamas.id, role: 'party' }, { actorId: us.id, role: 'party' }]);
    raw.close();
  });

  it('writes new files in 16 KiB pages and opens older 4 KiB ones as they are', () => {
    const store = createProject();
    expect(store.db.pragma('page_size', { simple: true })).toBe(NEW_FILE_PAGE_SIZE);
    const old = path.join(tempDir(), 'old.parley');
    new Database(old).close();
    const raw = new Database(old);
    raw.pragma('page_size = 4096');
    raw.exec('VACUUM');
    raw.close();
    const reopened = ProjectStore.open(old);
    expect(reopened.db.pragma('page_size', { simple: true })).toBe(4096);
    actor(reopened, 'Qatar');
    expect(reopened.counts().actors).toBe(1);
    reopened.close();
  });

  it('round-trips every field of actors, events and statements', () => {
    const store = createProject();
    const israel = actor(store, 'Israel');
    const bibi = store.createActor({ name: 'Benjamin Netanyahu', kind: 'person', aliases: ['Netanyahu'], parentId: israel.id, color: '#112233', notes: 'PM', tags: ['leader'] });
    expect(store.getActor(bibi.id)).toMatchObject({ aliases: ['Netanyahu'], parentId: israel.id, color: '#112233', notes: 'PM', tags: ['leader'] });
    const channel = actor(store, 'Channel 12', 'media');
    const meeting = store.createEvent({
      type: 'cabinet_meeting', title: 'Security cabinet', description: 'Evening session', start: minute('2025-05-08T18:30', 'Asia/Jerusalem'),
      end: null, location: 'Jerusalem', participants: [{ actorId: bibi.id, role: 'host' }, { actorId: israel.id, role: 'party' }], tags: ['cabinet'],
    });
    expect(store.getEvent(meeting.id)).toMatchObject({ participants: [{ actorId: bibi.id, role: 'host' }, { actorId: israel.id, role: 'party' }], location: 'Jerusalem' });
    const st = store.createStatement({ speakerId: bibi.id, audienceIds: [israel.id], text: 'Crucial days ahead', direct: false, hedged: true,
      date: day('2025-05-08', 'Asia/Jerusalem'), outletIds: [channel.id], eventId: meeting.id, tags: [] });
    expect(store.getStatement(st.id)).toMatchObject({ speakerId: bibi.id, audienceIds: [israel.id], outletIds: [channel.id], hedged: true, eventId: meeting.id });
  });

  it('stores each row of a bulk insert with its own dates and roles, whatever the rows before it held', () => {
    const store = createProject();
    const [a, b] = [actor(store, 'Qatar'), actor(store, 'Egypt')];
    const zones = ['UTC', 'Asia/Jerusalem', 'America/New_York'];
    const precisions = ['minute', 'hour', 'day', 'week', 'month', 'year'] as const;
    const roles = ['party', 'mediator', 'host', 'attendee'] as const;
    const news = Array.from({ length: 600 }, (_, i) => ({
      type: 'talks' as const, title: `Round ${i}`, description: '', location: '', tags: i % 5 ? [] : ['round'],
      start: fromInstant(Date.UTC(2024, 0, 1) + i * 7_200_000, precisions[i % 6], zones[i % 3], i % 4 === 0),
      end: i % 7 ? null : fromInstant(Date.UTC(2024, 6, 1) + i * 7_200_000, 'day', zones[(i + 1) % 3], i % 2 === 0),
      // The same actor twice keeps its first role only.
      participants: [{ actorId: a.id, role: roles[i % 4] }, { actorId: b.id, role: roles[(i + 1) % 4] }, ...(i % 9 ? [] : [{ actorId: a.id, role: 'host' as const }])],
    }));
    const ids = store.createEvents(news);
    ids.forEach((id, i) => {
      const { start, end, participants, tags } = store.getEvent(id);
      expect({ start, end, tags }).toEqual({ start: news[i].start, end: news[i].end, tags: news[i].tags });
      expect(participants).toEqual(news[i].participants.slice(0, 2));
    });
  });

  it('keeps the time index whole through bulk inserts, the failed one included', () => {
    const store = createProject();
    const a = actor(store, 'Qatar');
    const timeIndex = () => store.db.prepare("SELECT sql FROM sqlite_master WHERE type = 'index' AND name = 'events_time'").pluck().get();
    const original = timeIndex();
    const rounds = (n: number, from: number) => Array.from({ length: n }, (_, i): NewEvent => ({
      type: 'talks' as const, title: `Round ${from + i}`, description: '', location: '', tags: [],
      start: fromInstant(Date.UTC(2024, 0, 1) + (from + i) * 86_400_000, 'day', 'UTC'), end: null, participants: [{ actorId: a.id, role: 'party' as const }],
    }));
    store.createEvents(rounds(400, 0)); // more rows than the table held: the index is built after them
    const broken = rounds(900, 400);
    broken[899] = { ...broken[899], end: day('2020-01-01') };
    expect(() => store.createEvents(broken)).toThrow(/end date is before the start/);
    store.createEvents(rounds(300, 1300)); // fewer than the table holds: the index takes them as they come
    expect(timeIndex()).toBe(original);
    expect(store.db.pragma('integrity_check', { simple: true })).toBe('ok');
    const plan = store.db.prepare('EXPLAIN QUERY PLAN SELECT id FROM events WHERE lvl = 11 AND start_ms BETWEEN 0 AND 1').all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toContain('events_time');
    expect(store.window(Date.UTC(2024, 0, 1), Date.UTC(2030, 0, 1), {}, 5000).events.map((e) => e.title))
      .toEqual([...rounds(400, 0), ...rounds(300, 1300)].map((e) => e.title));
  });

  it('refuses an end before the start, an unknown zone and an actor that would belong to itself', () => {
    const store = createProject();
    expect(() => event(store, 'x', day('2025-05-08'), [], day('2025-05-01'))).toThrow(/before the start/);
    expect(() => event(store, 'x', day('2025-05-08', 'Mars/Olympus'))).toThrow(/Unknown time zone/);
    const a = actor(store, 'A');
    const b = actor(store, 'B', 'person', a.id);
    expect(() => store.updateActor(a.id, { parentId: b.id })).toThrow(/belong to itself/);
    expect(store.counts().events).toBe(0);
  });

  it('finds exactly the entries that overlap a window, long ones included', () => {
    fc.assert(fc.property(
      fc.array(fc.record({ start: fc.integer({ min: 0, max: 5000 }), hours: fc.integer({ min: 0, max: 24 * 400 }) }), { minLength: 1, maxLength: 40 }),
      fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 1, max: 2000 }),
      (specs, from, width) => {
        const store = createProject();
        const base = Date.UTC(2024, 0, 1);
        const hour = 3600_000;
        const ids = store.createEvents(specs.map((s, i) => ({
          type: 'talks' as const, title: `e${i}`, description: '', location: '', participants: [], tags: [],
          start: fromInstant(base + s.start * hour, 'hour', 'UTC'),
          end: s.hours ? fromInstant(base + (s.start + s.hours) * hour, 'hour', 'UTC') : null,
        })));
        const [lo, hi] = [base + from * hour, base + (from + width) * hour];
        const expected = ids.filter((_, i) => {
          const s = base + specs[i].start * hour, e = base + (specs[i].start + Math.max(1, specs[i].hours + (specs[i].hours ? 1 : 0))) * hour;
          return s < hi && e > lo;
        });
        expect(store.window(lo, hi).events.map((e) => e.id).sort()).toEqual(expected.sort());
        store.close();
      },
    ), { numRuns: 40 });
  });

  it('reads a window over several levels as getEvent does, in start order, for every filter', () => {
    const store = createProject();
    const [a, b] = [actor(store, 'A'), actor(store, 'B')];
    const base = Date.UTC(2024, 0, 1), hour = 3600_000;
    const texts = ['plain', 'quote " and \\ backslash', 'line\nbreak\ttab \u0001 \u2028', 'Ünïcödé 😀 שלום', ''];
    store.createEvents(Array.from({ length: 60 }, (_, i) => ({
      type: i % 3 ? 'talks' as const : 'visit' as const, title: `${texts[i % texts.length]} ${i}`, description: texts[(i + 1) % texts.length],
      location: texts[(i + 2) % texts.length], tags: i % 4 ? [] : ['x', texts[i % texts.length]],
      participants: i % 5 ? [{ actorId: a.id, role: 'party' }, { actorId: b.id, role: 'host' }] : [],
      // Starts repeat (ties within and across levels); lengths from an hour to a year span several levels.
      start: fromInstant(base + (i % 12) * 24 * hour, 'hour', 'UTC'),
      end: i % 2 ? fromInstant(base + (i % 12) * 24 * hour + 2 ** (i % 14) * hour, 'hour', 'UTC') : null,
    })));
    const [lo, hi] = [base + 3 * 24 * hour, base + 9 * 24 * hour];
    const overlapping = store.db.prepare('SELECT id FROM events WHERE start_ms < ? AND end_ms > ? ORDER BY start_ms, lvl, rid').pluck().all(hi, lo) as string[];
    for (const filter of [{}, { types: ['visit' as const] }, { actorIds: [b.id] }, { text: '"' }, { tags: ['x'] }]) {
      const admitted = new Set(store.listEvents(filter).map((e) => e.id));
      const w = store.window(lo, hi, filter);
      expect(w.events).toStrictEqual(overlapping.filter((id) => admitted.has(id)).map((id) => store.getEvent(id)));
      expect(w.events.every((e) => Object.keys(e).join() === Object.keys(store.getEvent(e.id)).join())).toBe(true);
    }
    expect(new Set(store.db.prepare('SELECT lvl FROM events').pluck().all()).size).toBeGreaterThan(5);
  });

  it('truncates a crowded window to its shortest entries, level by level, then in start order', () => {
    const store = createProject();
    const base = Date.UTC(2024, 0, 1), hour = 3600_000;
    const at = (h: number) => fromInstant(base + h * hour, 'hour', 'UTC');
    const spec = (title: string, start: number, end: number | null) => ({
      type: 'talks' as const, title, description: '', location: '', participants: [], tags: [], start: at(start), end: end === null ? null : at(end),
    });
    // Six one-hour events late in the window and twenty three-day ones from its start: the first level read holds
    // six, the second more than the five still wanted.
    store.createEvents([...Array.from({ length: 6 }, (_, i) => spec(`short ${i}`, 400 + i, null)), ...Array.from({ length: 20 }, (_, i) => spec(`long ${i}`, i, i + 72))]);
    const w = store.window(base, base + 500 * hour, {}, 10);
    expect(w.truncated).toBe(true);
    expect(w.events.map((e) => e.title)).toEqual([0, 1, 2, 3, 4].map((i) => `long ${i}`).concat([0, 1, 2, 3, 4].map((i) => `short ${i}`)));
  });

  it('filters by actor, type, tag, text and outlet', () => {
    const store = createProject();
    const [a, b] = [actor(store, 'A'), actor(store, 'B')];
    const outlet = actor(store, 'Wire', 'media');
    const e1 = event(store, 'Talks in Doha', day('2025-01-01'), [a.id]);
    const e2 = store.createEvent({ ...store.getEvent(e1.id), title: 'Visit to Cairo', type: 'visit', participants: [{ actorId: b.id, role: 'party' }], tags: ['trip'] });
    const source = store.createSource({ title: 't', outletId: outlet.id, author: '', published: null, zone: 'UTC', url: '', text: 'Visit to Cairo happened.', tags: [] });
    store.createCitation({ entityType: 'event', entityId: e2.id, sourceId: source.id, start: 0, end: 14 });
    const titles = (f: Parameters<ProjectStore['listEvents']>[0]) => store.listEvents(f).map((e) => e.title);
    expect(titles({ actorIds: [a.id] })).toEqual(['Talks in Doha']);
    expect(titles({ types: ['visit'] })).toEqual(['Visit to Cairo']);
    expect(titles({ types: ['statement'] })).toEqual([]);
    expect(titles({ tags: ['trip'] })).toEqual(['Visit to Cairo']);
    expect(titles({ text: 'doha' })).toEqual(['Talks in Doha']);
    expect(titles({ text: '100%' })).toEqual([]);
    expect(titles({ outletIds: [outlet.id] })).toEqual(['Visit to Cairo']);
  });

  it('undoes and redoes every kind of change, one step per change', () => {
    const store = createProject();
    const a = actor(store, 'A');
    const b = actor(store, 'B');
    const e = event(store, 'Talks', day('2025-01-01'), [a.id, b.id]);
    const snapshot = () => JSON.stringify([store.listActors(), store.listEvents(), store.listStatements(), store.listSources(), store.listCitations({})]);
    const before = snapshot();
    store.moveEntries([{ id: e.id, start: day('2025-02-01'), fromActorId: a.id, toActorId: b.id }]);
    expect(store.getEvent(e.id).participants.map((p) => p.actorId)).toEqual([b.id]);
    store.undo();
    expect(snapshot()).toBe(before);
    store.deleteActors([a.id]); // cascades to the participation
    expect(store.getEvent(e.id).participants).toHaveLength(1);
    store.undo();
    expect(snapshot()).toBe(before);
    store.redo();
    expect(store.listActors().map((x) => x.name)).toEqual(['B']);
    store.undo();
    expect(store.history.state()).toMatchObject({ canUndo: true, canRedo: true, redoLabel: 'Delete A', undoLabel: 'Add Talks' });
  });

  it('undoes a bulk insert as one step and redoes it row for row', () => {
    const store = createProject();
    const a = actor(store, 'A');
    const ids = store.createEvents(Array.from({ length: 500 }, (_, i) => ({
      type: 'talks' as const, title: `E${i}`, description: '', location: '', tags: [], start: day('2025-01-01'), end: null,
      participants: [{ actorId: a.id, role: 'party' as const }],
    })));
    const before = JSON.stringify(store.listEvents({}, 1000));
    store.undo();
    expect(store.counts().events).toBe(0);
    store.redo();
    expect(JSON.stringify(store.listEvents({}, 1000))).toBe(before);
    expect(store.getEvent(ids[499]).participants).toEqual([{ actorId: a.id, role: 'party' }]);
    expect(() => store.createEvents([{ ...store.getEvent(ids[0]), participants: [{ actorId: 'ac_nobody', role: 'party' }] }])).toThrow(/No actor/);
    expect(store.counts().events).toBe(500);
  });

  it('keeps undo across a restart, the same for every client of the file', () => {
    const store = createProject();
    const a = actor(store, 'A');
    event(store, 'Talks', day('2025-01-01'), [a.id]);
    store.close();
    const again = ProjectStore.open(store.file);
    expect(again.history.state().undoLabel).toBe('Add Talks');
    again.undo();
    expect(again.counts()).toMatchObject({ events: 0, actors: 1 });
    again.close();
    const third = ProjectStore.open(store.file);
    third.redo();
    expect(third.listEvents().map((e) => e.title)).toEqual(['Talks']);
    third.close();
  });

  it('rolls back a failed change whole and records no undo step for it', () => {
    const store = createProject();
    const a = actor(store, 'A');
    expect(() => store.batch('two events', () => {
      event(store, 'first', day('2025-01-01'), [a.id]);
      event(store, 'second', day('2025-01-01'), ['ac_missing']);
    })).toThrow(/No actor/);
    expect(store.counts().events).toBe(0);
    expect(store.history.state().undoLabel).toBe('Add A');
  });

  it('cites an entity to a span of its source and drops the citation with the entity', () => {
    const store = createProject();
    const source = store.createSource({ title: 'Article', outletId: null, author: '', published: '2025-05-08T09:00:00+03:00', zone: 'Asia/Jerusalem', url: '', text: 'Talks began in Doha.', tags: [] });
    const e = event(store, 'Talks', day('2025-05-08'));
    store.createCitation({ entityType: 'event', entityId: e.id, sourceId: source.id, start: 0, end: 12 });
    expect(() => store.createCitation({ entityType: 'event', entityId: e.id, sourceId: source.id, start: 5, end: 500 })).toThrow(/outside/);
    expect(store.listCitations({ entityId: e.id })).toHaveLength(1);
    store.deleteEvents([e.id]);
    expect(store.listCitations({})).toHaveLength(0);
    store.undo();
    expect(store.listCitations({ entityId: e.id })).toHaveLength(1);
  });

  it('refuses a file from a newer Parley and leaves it untouched', () => {
    const dir = tempDir();
    const file = path.join(dir, 'new.parley');
    ProjectStore.open(file, { create: true }).close();
    const db = new Database(file);
    db.pragma('user_version = 99');
    db.close();
    const bytes = fs.readFileSync(file);
    expect(() => ProjectStore.open(file)).toThrow(/newer version of Parley/);
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
  });
});
