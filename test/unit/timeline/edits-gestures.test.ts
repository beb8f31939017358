import { describe, expect, it } from 'vitest';
import type { TimedEvent, TimedStatement } from '../../../shared/api';
import { rangeOf, spanOf } from '../../../shared/dates';
import type { UncertainDate } from '../../../shared/model';
import { planMove, planNudge, planNudgeEnd, planResize, previewDelta } from '../../../src-renderer/timeline/edits';
import { cancel, IDLE, move, press, release } from '../../../src-renderer/timeline/interaction';

const HOUR = 3_600_000, DAY = 24 * HOUR;
const d = (value: string, precision: UncertainDate['precision'] = 'day', zone = 'UTC'): UncertainDate => ({ value, precision, approximate: false, zone });
const event = (start: UncertainDate, end: UncertainDate | null = null): TimedEvent => ({
  id: 'ev1', type: 'talks', title: 'Talks', description: '', start, end, location: '', participants: [{ actorId: 'a', role: 'party' }], tags: [], ...spanOf(start, end),
});
const statement = (date: UncertainDate): TimedStatement => ({
  id: 'st1', speakerId: 'a', audienceIds: [], text: 'x', direct: false, hedged: false, date, outletIds: [], eventId: null, tags: [], ...rangeOf(date),
});

describe('drag edits', () => {
  it('snap a move to each entry\'s own precision and keep its zone', () => {
    const [m] = planMove([event(d('2025-03-10'), d('2025-03-12'))], 2.4 * DAY);
    expect(m.start.value).toBe('2025-03-12');
    expect(m.end?.value).toBe('2025-03-14');
    const [byMinute] = planMove([statement(d('2025-03-10T18:30', 'minute', 'Asia/Jerusalem'))], 61.6 * 60_000);
    expect(byMinute.start).toEqual(d('2025-03-10T19:32', 'minute', 'Asia/Jerusalem'));
    expect(byMinute.end).toBeUndefined();
  });

  it('carry a lane change as an actor swap', () => {
    const [m] = planMove([event(d('2025-03-10'))], 0, { fromActorId: 'a', toActorId: 'b' });
    expect(m).toMatchObject({ fromActorId: 'a', toActorId: 'b' });
    const [same] = planMove([event(d('2025-03-10'))], 0, { fromActorId: 'a', toActorId: 'a' });
    expect(same.toActorId).toBeUndefined();
  });

  it('resize an end by whole units, and turn a bar into a point when the end reaches the start', () => {
    const e = event(d('2025-03-10'), d('2025-03-12'));
    expect(planResize(e, 'end', e.endMs + 1.6 * DAY).end?.value).toBe('2025-03-14');
    expect(planResize(e, 'end', e.startMs).end).toBeNull();
    expect(planResize(e, 'start', e.startMs - 0.7 * DAY).start.value).toBe('2025-03-09');
    expect(planResize(e, 'start', e.endMs + 5 * DAY).start.value).toBe('2025-03-12');
  });

  it('nudge by one unit of precision, and preview the snapped change', () => {
    const [m] = planNudge([event(d('2025-01'), d('2025-03'))].map((e) => ({ ...e, start: { ...e.start, precision: 'month' as const }, end: { ...e.end!, precision: 'month' as const } })), 1);
    expect([m.start.value, m.end?.value]).toEqual(['2025-02', '2025-04']);
    expect(planNudgeEnd(event(d('2025-03-10')), 1).end?.value).toBe('2025-03-11');
    const e = event(d('2025-03-10'), d('2025-03-12'));
    expect(previewDelta(e, planMove([e], DAY)[0])).toEqual({ startMs: DAY, endMs: DAY });
  });
});

describe('pointer gestures', () => {
  const none = { shift: false, toggle: false };
  const item = { kind: 'item' as const, id: 'ev1', laneId: 'a', edge: null };

  it('a press without movement is a click', () => {
    const s = press(item, { x: 10, y: 10 }, none);
    expect(release(move(s.gesture, { x: 12, y: 11 }, []).gesture).effect).toEqual({ kind: 'click-item', id: 'ev1', mods: none });
  });

  it('dragging a selected entry carries the whole selection; release commits once, Escape never', () => {
    let g = press(item, { x: 10, y: 10 }, none).gesture;
    g = move(g, { x: 60, y: 10 }, ['ev1', 'st1']).gesture;
    expect(g).toMatchObject({ kind: 'dragging', ids: ['ev1', 'st1'], mode: 'move' });
    const committed = release(move(g, { x: 80, y: 10 }, []).gesture);
    expect(committed.effect).toMatchObject({ kind: 'commit-drag', drag: { current: { x: 80, y: 10 } } });
    expect(committed.gesture).toBe(IDLE);
    const cancelled = cancel(g);
    expect(cancelled.gesture).toBe(IDLE);
    expect(cancelled.effect?.kind).not.toBe('commit-drag');
  });

  it('the background pans, or draws a rubber band with Shift', () => {
    const bg = { kind: 'background' as const, laneId: 'a' };
    const panning = move(press(bg, { x: 0, y: 0 }, none).gesture, { x: 30, y: 5 }, []);
    expect(panning.effect).toEqual({ kind: 'pan', dx: 30, dy: 5 });
    const band = move(press(bg, { x: 0, y: 0 }, { shift: true, toggle: false }).gesture, { x: 30, y: 40 }, []).gesture;
    expect(release(band).effect).toMatchObject({ kind: 'band-select', from: { x: 0, y: 0 }, to: { x: 30, y: 40 } });
  });

  it('an edge handle resizes just that entry', () => {
    const g = move(press({ ...item, edge: 'end' }, { x: 0, y: 0 }, none).gesture, { x: 20, y: 0 }, ['ev1', 'st1']).gesture;
    expect(g).toMatchObject({ kind: 'dragging', mode: 'end', ids: ['ev1'] });
  });
});
