// What a drag or a keyboard nudge means for the data: new uncertain dates snapped to each entry's own
// precision (shared/dates), and the actor swap when an entry lands in another lane.
import type { EntryMove, TimedEvent, TimedStatement } from '../../shared/api';
import { endAtInstant, fromInstant, rangeOf, shiftUncertain, snapInstant, spanOf, stepUncertain } from '../../shared/dates';
import type { UncertainDate } from '../../shared/model';

export type Entry = TimedEvent | TimedStatement;
export type DragMode = 'move' | 'start' | 'end';

export const isEvent = (e: Entry): e is TimedEvent => 'participants' in e;
export const startOf = (e: Entry): UncertainDate | null => (isEvent(e) ? e.start : e.date);

export interface LaneChange { fromActorId: string | null; toActorId: string | null }

function withLane(move: EntryMove, lane?: LaneChange): EntryMove {
  if (!lane?.toActorId || lane.toActorId === lane.fromActorId) return move;
  return { ...move, toActorId: lane.toActorId, ...(lane.fromActorId ? { fromActorId: lane.fromActorId } : {}) };
}

/** Moves entries by `deltaMs`, each snapped to its own precision; only events carry an end. */
export function planMove(entries: Entry[], deltaMs: number, lane?: LaneChange): EntryMove[] {
  return entries.flatMap((e) => {
    const start = startOf(e);
    if (!start) return [];
    const move: EntryMove = { id: e.id, start: shiftUncertain(start, deltaMs) };
    if (isEvent(e) && e.end) move.end = shiftUncertain(e.end, deltaMs);
    return [withLane(move, lane)];
  });
}

/** Drags one edge of an event to an instant; an end dragged onto the start turns the bar into a point. */
export function planResize(e: TimedEvent, edge: 'start' | 'end', atMs: number): EntryMove {
  if (edge === 'end') {
    const like = e.end ?? e.start;
    const startRange = rangeOf(e.start);
    if (snapInstant(atMs, like.precision, like.zone) <= startRange.endMs) return { id: e.id, start: e.start, end: null };
    return { id: e.id, start: e.start, end: endAtInstant(atMs, like) };
  }
  const limit = e.end ? rangeOf(e.end).startMs : e.endMs;
  const snapped = Math.min(snapInstant(atMs, e.start.precision, e.start.zone), limit);
  return { id: e.id, start: fromInstant(snapped, e.start.precision, e.start.zone, e.start.approximate), end: e.end };
}

/** Alt+Arrow: one unit of each entry's precision earlier or later. */
export function planNudge(entries: Entry[], units: number): EntryMove[] {
  return entries.flatMap((e) => {
    const start = startOf(e);
    if (!start) return [];
    const move: EntryMove = { id: e.id, start: stepUncertain(start, units) };
    if (isEvent(e) && e.end) move.end = stepUncertain(e.end, units);
    return [move];
  });
}

/** Shift+Alt+Arrow: the end one unit earlier or later (a point gains an end one unit after its start). */
export function planNudgeEnd(e: TimedEvent, units: number): EntryMove {
  const end = e.end ? stepUncertain(e.end, units) : units > 0 ? stepUncertain(e.start, units) : null;
  if (end && rangeOf(end).endMs <= rangeOf(e.start).endMs) return { id: e.id, start: e.start, end: null };
  return { id: e.id, start: e.start, end };
}

/** How far the snapped result of a drag moves an entry's start and end, for the preview. */
export function previewDelta(e: Entry, move: EntryMove): { startMs: number; endMs: number } {
  const end = move.end === undefined ? (isEvent(e) ? e.end : null) : move.end;
  const span = spanOf(move.start, end);
  return { startMs: span.startMs - (e.startMs ?? span.startMs), endMs: span.endMs - (e.endMs ?? span.endMs) };
}
