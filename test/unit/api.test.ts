import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { api } from '../../shared/api';
import { createDispatcher } from '../../src-main/dispatch';
import { handlers, Session } from '../../src-main/handlers';
import { tempDir } from './helpers';

function setup() {
  const dir = tempDir();
  const session = new Session({ dataDir: dir });
  const logs: string[] = [];
  const dispatch = createDispatcher(session, { checkOutput: true, log: (m) => logs.push(m) });
  return { dir, session, dispatch, logs };
}

describe('the API dispatcher', () => {
  it('has a handler for every method of the table, and no other', () => {
    expect(Object.keys(handlers).sort()).toEqual(Object.keys(api).sort());
  });

  it('validates input and answers with typed errors, never a stack trace', async () => {
    const { dispatch, dir } = setup();
    expect(await dispatch('nope.nothing', {})).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    expect(await dispatch('actors.list', {})).toMatchObject({ ok: false, error: { code: 'no_project' } });
    await dispatch('project.create', { path: path.join(dir, 'p.parley') });
    const bad = await dispatch('events.create', { type: 'party', title: '', start: { value: 'yesterday', precision: 'day' } });
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.error.code).toBe('invalid_input');
      expect(bad.error.issues!.map((i) => i.path)).toEqual(expect.arrayContaining(['type', 'title', 'start.value']));
      expect(JSON.stringify(bad.error)).not.toMatch(/at .*\.ts:\d+/);
    }
    expect(await dispatch('events.get', { id: 'ev_missing' })).toMatchObject({ ok: false, error: { code: 'not_found', message: 'No event with id ev_missing.' } });
    expect(await dispatch('project.open', { path: path.join(dir, 'missing.parley') })).toMatchObject({ ok: false, error: { code: 'file_error' } });
  });

  it('runs a whole editing session with every result matching its output schema', async () => {
    const { dispatch, dir, session } = setup();
    const ok = async (method: string, input: unknown) => {
      const r = await dispatch(method, input);
      if (!r.ok) throw new Error(`${method}: ${JSON.stringify(r.error)}`);
      return r.value as never;
    };
    const info = await ok('project.create', { path: path.join(dir, 'talks.parley'), title: 'Gaza talks' });
    expect(info).toMatchObject({ settings: { title: 'Gaza talks' }, counts: { events: 0 } });
    const hamas: { id: string } = await ok('actors.create', { name: 'Hamas', kind: 'armed_group' });
    const us: { id: string } = await ok('actors.create', { name: 'United States', kind: 'government', aliases: ['US'] });
    const talks: { id: string; startMs: number } = await ok('events.create', {
      type: 'talks', title: 'Direct talks', start: { value: '2025-05-01', precision: 'day', approximate: true, zone: 'Asia/Jerusalem' },
      participants: [{ actorId: hamas.id }, { actorId: us.id, role: 'party' }],
    });
    await ok('statements.create', { speakerId: us.id, text: 'We want a deal', date: { value: '2025-05-02', precision: 'day', zone: 'UTC' } });
    const win: { events: unknown[]; statements: unknown[] } = await ok('timeline.window', { fromMs: talks.startMs, toMs: talks.startMs + 86400_000 * 3 });
    expect([win.events.length, win.statements.length]).toEqual([1, 1]);
    await ok('entries.move', { moves: [{ id: talks.id, start: { value: '2025-05-03', precision: 'day', approximate: true, zone: 'Asia/Jerusalem' } }] });
    expect(await ok('history.undo', {})).toMatchObject({ canRedo: true, redoLabel: 'Move an entry' });
    expect(await ok('events.get', { id: talks.id })).toMatchObject({ start: { value: '2025-05-01' } });
    expect(await ok('project.recent', {})).toEqual([session.store.file]);
    expect(await ok('timeline.extent', {})).toEqual({ startMs: talks.startMs, endMs: Date.parse('2025-05-03T00:00:00Z') });
  });

  it('patches only the fields an update names', async () => {
    const { dispatch, dir } = setup();
    await dispatch('project.create', { path: path.join(dir, 'p.parley') });
    const a = await dispatch('actors.create', { name: 'Qatar', kind: 'government', aliases: ['Qatari'], tags: ['mediator'] });
    if (!a.ok) throw new Error('actor');
    const actorId = (a.value as { id: string }).id;
    const e = await dispatch('events.create', {
      type: 'talks', title: 'Doha round', description: 'Second round', location: 'Doha', tags: ['round'],
      start: { value: '2025-05-01', precision: 'day' }, end: { value: '2025-05-03', precision: 'day' }, participants: [{ actorId, role: 'mediator' }],
    });
    if (!e.ok) throw new Error('event');
    const id = (e.value as { id: string }).id;
    expect(await dispatch('events.update', { id, patch: { title: 'Doha round II' } })).toMatchObject({
      ok: true, value: { title: 'Doha round II', description: 'Second round', location: 'Doha', tags: ['round'],
        end: { value: '2025-05-03' }, participants: [{ actorId, role: 'mediator' }] },
    });
    expect(await dispatch('actors.update', { id: actorId, patch: { name: 'State of Qatar' } })).toMatchObject({
      ok: true, value: { name: 'State of Qatar', aliases: ['Qatari'], tags: ['mediator'], kind: 'government' },
    });
    expect(await dispatch('events.update', { id, patch: { startsAt: 'x' } })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    // IPC's structured clone carries a field set to undefined (JSON drops it): it is a field not given, not one to wipe.
    expect(await dispatch('events.update', { id, patch: { start: undefined, end: undefined, title: 'Doha round III' } })).toMatchObject({
      ok: true, value: { title: 'Doha round III', start: { value: '2025-05-01' }, end: { value: '2025-05-03' } },
    });
    expect(await dispatch('actors.update', { id: actorId, patch: { aliases: undefined } })).toMatchObject({ ok: true, value: { aliases: ['Qatari'] } });
  });

  it('keeps the open project when opening another one fails', async () => {
    const { dispatch, dir } = setup();
    await dispatch('project.create', { path: path.join(dir, 'a.parley') });
    expect((await dispatch('project.create', { path: path.join(dir, 'a.parley') })).ok).toBe(false);
    expect(await dispatch('project.info', {})).toMatchObject({ ok: true, value: { path: path.join(dir, 'a.parley') } });
  });
});

describe('text the store could not keep exactly', () => {
  it('is refused rather than silently changed', async () => {
    const { dispatch, dir } = setup();
    await dispatch('project.create', { path: path.join(dir, 'p.parley') });
    const r = await dispatch('actors.create', { name: 'X\ud800Y', kind: 'person' });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: [{ path: 'name' }] } });
    expect(await dispatch('actors.list', {})).toEqual({ ok: true, value: [] });
  });
});
