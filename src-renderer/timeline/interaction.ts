// Pointer gestures on the plot as a small state machine: a press becomes a click, a pan, a rubber band
// or a drag of entries; Escape cancels whatever is in progress. Pure: the view runs the effects.

export interface Point { x: number; y: number }
export interface Modifiers { shift: boolean; toggle: boolean }

export type PressTarget =
  | { kind: 'item'; id: string; laneId: string; edge: 'start' | 'end' | null }
  | { kind: 'background'; laneId: string | null };

export type Gesture =
  | { kind: 'idle' }
  | { kind: 'pressed'; target: PressTarget; origin: Point; mods: Modifiers }
  | { kind: 'panning'; last: Point }
  | { kind: 'banding'; origin: Point; current: Point; mods: Modifiers }
  | { kind: 'dragging'; mode: 'move' | 'start' | 'end'; ids: string[]; anchorId: string; fromLaneId: string; origin: Point; current: Point };

export type Effect =
  | { kind: 'pan'; dx: number; dy: number }
  | { kind: 'click-item'; id: string; mods: Modifiers }
  | { kind: 'click-background' }
  | { kind: 'band-select'; from: Point; to: Point; mods: Modifiers }
  | { kind: 'commit-drag'; drag: Extract<Gesture, { kind: 'dragging' }> }
  | { kind: 'preview' };

export interface Step { gesture: Gesture; effect?: Effect }

/** Movement below this many pixels is still a click. */
export const DRAG_THRESHOLD = 4;
export const IDLE: Gesture = { kind: 'idle' };

export function press(target: PressTarget, at: Point, mods: Modifiers): Step {
  return { gesture: { kind: 'pressed', target, origin: at, mods } };
}

/** `selection` decides what a drag carries: the whole selection when the pressed entry is in it. */
export function move(g: Gesture, at: Point, selection: readonly string[]): Step {
  switch (g.kind) {
    case 'pressed': {
      if (Math.hypot(at.x - g.origin.x, at.y - g.origin.y) < DRAG_THRESHOLD) return { gesture: g };
      const t = g.target;
      if (t.kind === 'item') {
        const ids = t.edge === null && selection.includes(t.id) ? [...selection] : [t.id];
        const drag: Gesture = { kind: 'dragging', mode: t.edge ?? 'move', ids, anchorId: t.id, fromLaneId: t.laneId, origin: g.origin, current: at };
        return { gesture: drag, effect: { kind: 'preview' } };
      }
      if (g.mods.shift || g.mods.toggle) return { gesture: { kind: 'banding', origin: g.origin, current: at, mods: g.mods }, effect: { kind: 'preview' } };
      return { gesture: { kind: 'panning', last: at }, effect: { kind: 'pan', dx: at.x - g.origin.x, dy: at.y - g.origin.y } };
    }
    case 'panning':
      return { gesture: { kind: 'panning', last: at }, effect: { kind: 'pan', dx: at.x - g.last.x, dy: at.y - g.last.y } };
    case 'banding':
      return { gesture: { ...g, current: at }, effect: { kind: 'preview' } };
    case 'dragging':
      return { gesture: { ...g, current: at }, effect: { kind: 'preview' } };
    default:
      return { gesture: g };
  }
}

export function release(g: Gesture): Step {
  switch (g.kind) {
    case 'pressed':
      return { gesture: IDLE, effect: g.target.kind === 'item' ? { kind: 'click-item', id: g.target.id, mods: g.mods } : { kind: 'click-background' } };
    case 'banding':
      return { gesture: IDLE, effect: { kind: 'band-select', from: g.origin, to: g.current, mods: g.mods } };
    case 'dragging':
      return { gesture: IDLE, effect: { kind: 'commit-drag', drag: g } };
    default:
      return { gesture: IDLE };
  }
}

/** Escape: drop the gesture without any effect on the data. */
export function cancel(g: Gesture): Step {
  return { gesture: IDLE, effect: g.kind === 'dragging' || g.kind === 'banding' ? { kind: 'preview' } : undefined };
}

/** Whether Escape has something to cancel (otherwise it closes panels as usual). */
export const isCancellable = (g: Gesture) => g.kind !== 'idle';
