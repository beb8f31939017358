// Lanes: one per actor, grouped under parents, in the user's order; collapsed groups fold their
// members' entries into the parent's lane, hidden lanes are left out. Pure, so it is tested directly.
import type { Actor } from '../../shared/model';

export const UNASSIGNED = '(no actor)';
export const ROWS_PER_LANE = 3;
export const ROW_HEIGHT = 18;
export const LANE_PAD = 6;
/** Three rows of entries, then a slim row for "+N more" counts. */
export const LANE_HEIGHT = LANE_PAD * 2 + ROWS_PER_LANE * ROW_HEIGHT + 12;

export interface LanePrefs {
  /** Actor ids in the user's order; siblings sort by their position here. */
  order: string[];
  collapsed: string[];
  /** Explicit visibility; without an entry a lane shows unless its actor is a media outlet. */
  visible: Record<string, boolean>;
}
export const EMPTY_PREFS: LanePrefs = { order: [], collapsed: [], visible: {} };

export interface Lane {
  id: string;
  actor: Actor | null;
  depth: number;
  hasMembers: boolean;
  collapsed: boolean;
  y: number;
}

export interface LaneLayout {
  lanes: Lane[];
  index: Map<string, number>;
  /** Where an actor's entries are drawn: its own lane, its collapsed ancestor's, or nowhere (hidden). */
  laneOfActor: Map<string, string>;
  height: number;
}

export const isLaneVisible = (actor: Actor, prefs: LanePrefs) => prefs.visible[actor.id] ?? actor.kind !== 'media';

function childrenByParent(actors: Actor[], prefs: LanePrefs): Map<string | null, Actor[]> {
  const known = new Set(actors.map((a) => a.id));
  const rank = new Map(prefs.order.map((id, i) => [id, i]));
  const out = new Map<string | null, Actor[]>();
  for (const a of actors) {
    const parent = a.parentId && known.has(a.parentId) ? a.parentId : null;
    out.set(parent, [...(out.get(parent) ?? []), a]);
  }
  // Actors the user never moved keep the API's alphabetical order, after the ones they placed.
  for (const list of out.values()) list.sort((a, b) => (rank.get(a.id) ?? 1e9) - (rank.get(b.id) ?? 1e9));
  return out;
}

export function layoutLanes(actors: Actor[], prefs: LanePrefs): LaneLayout {
  const children = childrenByParent(actors, prefs);
  const collapsed = new Set(prefs.collapsed);
  const lanes: Lane[] = [];
  const laneOfActor = new Map<string, string>();
  const visit = (parent: string | null, depth: number, foldInto: string | null) => {
    for (const a of children.get(parent) ?? []) {
      const members = children.get(a.id) ?? [];
      const shown = isLaneVisible(a, prefs);
      if (foldInto) laneOfActor.set(a.id, foldInto);
      else if (shown) {
        laneOfActor.set(a.id, a.id);
        lanes.push({ id: a.id, actor: a, depth, hasMembers: members.length > 0, collapsed: collapsed.has(a.id), y: 0 });
      }
      const fold = foldInto ?? (shown && collapsed.has(a.id) ? a.id : null);
      visit(a.id, depth + 1, fold);
    }
  };
  visit(null, 0, null);
  lanes.push({ id: UNASSIGNED, actor: null, depth: 0, hasMembers: false, collapsed: false, y: 0 });
  lanes.forEach((l, i) => { l.y = i * LANE_HEIGHT; });
  return { lanes, index: new Map(lanes.map((l, i) => [l.id, i])), laneOfActor, height: lanes.length * LANE_HEIGHT };
}

/** The first and last lane index intersecting a vertical viewport. */
export function visibleLaneRange(layout: LaneLayout, top: number, height: number): [number, number] {
  const first = Math.max(0, Math.floor(top / LANE_HEIGHT));
  const last = Math.min(layout.lanes.length - 1, Math.floor((top + height) / LANE_HEIGHT));
  return [first, last];
}

export function laneAtY(layout: LaneLayout, y: number): Lane | null {
  return layout.lanes[Math.floor(y / LANE_HEIGHT)] ?? null;
}

/** Moves an actor's lane among its siblings by `delta` places; returns the new order to persist. */
export function reorderLane(actors: Actor[], prefs: LanePrefs, actorId: string, delta: number): string[] {
  const children = childrenByParent(actors, prefs);
  const order: string[] = [];
  const walk = (parent: string | null) => {
    const siblings = [...(children.get(parent) ?? [])];
    const i = siblings.findIndex((a) => a.id === actorId);
    if (i >= 0) {
      const j = Math.max(0, Math.min(siblings.length - 1, i + delta));
      siblings.splice(j, 0, ...siblings.splice(i, 1));
    }
    for (const a of siblings) { order.push(a.id); walk(a.id); }
  };
  walk(null);
  return order;
}

export function toggled(list: string[], id: string): string[] {
  return list.includes(id) ? list.filter((x) => x !== id) : [...list, id];
}
