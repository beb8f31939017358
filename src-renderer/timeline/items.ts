// Timeline items: each event drawn once per participant lane, each statement in its speaker's lane,
// indexed per lane by start time so the visible ones are found with a binary search every frame.
import type { TimedEvent, TimedStatement } from '../../shared/api';
import type { Actor, Event } from '../../shared/model';
import { formatSpan, shorten } from '../components/format';
import { UNASSIGNED, ROWS_PER_LANE, type LaneLayout } from './lanes';

export type ItemType = Event['type'] | 'statement';

export interface Item {
  /** Unique per drawing: an event in three lanes is three items with the same id. */
  key: string;
  id: string;
  laneId: string;
  /** The actor whose lane this is, for "move into another lane" (null in the no-actor lane). */
  actorId: string | null;
  type: ItemType;
  startMs: number;
  endMs: number;
  /** A bar when the entry has an end, a marker otherwise. */
  bar: boolean;
  approxStart: boolean;
  approxEnd: boolean;
  label: string;
  /** The accessible name, built only when the item is drawn (date formatting is too slow for thousands). */
  ariaLabel(): string;
  /** The first lane an entry is drawn in carries its data-entity-id; the others echo it. */
  primary: boolean;
  /** Every drawing of the same entry (itself included), for the connector joining them. */
  twins: Item[];
  /** Outlets reporting a statement, shown on its marker. */
  outlets: string;
  /** Set by packing: the row in the lane, or -1 when the row capacity is exceeded (counted instead). */
  row: number;
}

export interface LaneIndex { items: Item[]; maxSpanMs: number }
export type ItemIndex = Map<string, LaneIndex>;

const TYPE_LABEL: Record<ItemType, string> = { talks: 'talks', cabinet_meeting: 'cabinet meeting', visit: 'visit', other: 'event', statement: 'statement' };

export function buildItems(events: TimedEvent[], statements: TimedStatement[], actors: Map<string, Actor>, layout: LaneLayout, zone: string): ItemIndex {
  const index: ItemIndex = new Map();
  const add = (item: Item) => {
    let lane = index.get(item.laneId);
    if (!lane) index.set(item.laneId, (lane = { items: [], maxSpanMs: 0 }));
    lane.items.push(item);
    lane.maxSpanMs = Math.max(lane.maxSpanMs, item.endMs - item.startMs);
  };
  const name = (id: string | null) => (id && actors.get(id)?.name) || 'Unknown speaker';
  const order = (laneId: string) => layout.index.get(laneId) ?? Infinity;
  for (const e of events) {
    const lanes = new Map<string, string | null>();
    for (const p of e.participants) {
      const lane = layout.laneOfActor.get(p.actorId);
      if (lane && !lanes.has(lane)) lanes.set(lane, p.actorId);
    }
    if (e.participants.length === 0) lanes.set(UNASSIGNED, null);
    const laneIds = [...lanes.keys()].sort((a, b) => order(a) - order(b));
    const ariaLabel = () => {
      const who = e.participants.map((p) => name(p.actorId)).join(', ');
      return `${e.title}, ${TYPE_LABEL[e.type]}, ${formatSpan(e.start, e.end, zone)}${who ? `, ${who}` : ''}`;
    };
    const twins: Item[] = [];
    laneIds.forEach((laneId, i) => {
      const item: Item = {
        key: `${e.id}@${laneId}`, id: e.id, laneId, actorId: lanes.get(laneId) ?? null, type: e.type, startMs: e.startMs, endMs: e.endMs,
        bar: e.end !== null, approxStart: e.start.approximate, approxEnd: (e.end ?? e.start).approximate, label: e.title, ariaLabel,
        primary: i === 0, twins, outlets: '', row: 0,
      };
      twins.push(item);
      add(item);
    });
  }
  for (const s of statements) {
    if (s.startMs === null || s.endMs === null || !s.date) continue;
    const laneId = s.speakerId ? layout.laneOfActor.get(s.speakerId) : UNASSIGNED;
    if (!laneId) continue;
    const outlets = s.outletIds.map((id) => actors.get(id)?.name).filter(Boolean).join(', ');
    const date = s.date;
    const speaker = s.speakerId ? `${name(s.speakerId)}: ` : '';
    const twins: Item[] = [];
    const item: Item = {
      key: `${s.id}@${laneId}`, id: s.id, laneId, actorId: s.speakerId, type: 'statement', startMs: s.startMs, endMs: s.endMs, bar: false,
      approxStart: s.date.approximate, approxEnd: s.date.approximate, label: shorten(s.text, 60),
      ariaLabel: () => `${speaker}${s.text}, ${formatSpan(date, null, zone)}${outlets ? `, reported by ${outlets}` : ''}`,
      primary: true, twins, outlets, row: 0,
    };
    twins.push(item);
    add(item);
  }
  for (const lane of index.values()) lane.items.sort(byStart);
  return index;
}

const byStart = (a: Item, b: Item) => a.startMs - b.startMs || a.endMs - b.endMs;

/** Adds the items of more entries (built by buildItems) to an index, keeping every lane sorted. */
export function mergeItems(index: ItemIndex, piece: ItemIndex): void {
  for (const [laneId, added] of piece) {
    const lane = index.get(laneId);
    if (!lane) { index.set(laneId, added); continue; }
    const a = lane.items, b = added.items;
    const merged: Item[] = new Array(a.length + b.length);
    let i = 0, j = 0, k = 0;
    while (i < a.length && j < b.length) merged[k++] = byStart(b[j], a[i]) < 0 ? b[j++] : a[i++];
    while (i < a.length) merged[k++] = a[i++];
    while (j < b.length) merged[k++] = b[j++];
    lane.items = merged;
    lane.maxSpanMs = Math.max(lane.maxSpanMs, added.maxSpanMs);
  }
}

/** Removes every drawing of some entries (maxSpanMs stays: it only has to be large enough). */
export function dropItems(index: ItemIndex, ids: ReadonlySet<string>): void {
  for (const lane of index.values()) if (lane.items.some((i) => ids.has(i.id))) lane.items = lane.items.filter((i) => !ids.has(i.id));
}

/** How wide an item is drawn at a zoom: bars span their dates, markers are a fixed glyph. */
export const MARKER_PX = 14;
export function footprintPx(item: Item, msPerPx: number): [number, number] {
  const x0 = item.startMs / msPerPx, x1 = item.endMs / msPerPx;
  if (item.bar) return [x0, Math.max(x1, x0 + 6)];
  const cx = (x0 + x1) / 2;
  return [cx - MARKER_PX / 2, cx + MARKER_PX / 2];
}

/**
 * Assigns rows greedily in time order at this zoom; an item that finds no free row is marked -1 and
 * counted in the lane's "+N" badges. Returns, per item, the free room to its right for a label.
 */
export function packLane(lane: LaneIndex, msPerPx: number, gapPx = 3): Map<Item, number> {
  const rowEnd = new Array<number>(ROWS_PER_LANE).fill(-Infinity);
  const rowLast = new Array<Item | null>(ROWS_PER_LANE).fill(null);
  const room = new Map<Item, number>();
  for (const item of lane.items) {
    const [x0, x1] = footprintPx(item, msPerPx);
    const row = rowEnd.findIndex((end) => end + gapPx <= x0);
    item.row = row;
    if (row < 0) continue;
    const prev = rowLast[row];
    if (prev) room.set(prev, x0 - footprintPx(prev, msPerPx)[0]);
    rowEnd[row] = x1;
    rowLast[row] = item;
  }
  for (const last of rowLast) if (last) room.set(last, Infinity);
  return room;
}

/** Items of a lane overlapping [fromMs, toMs), found from the sorted starts. */
export function itemsInRange(lane: LaneIndex, fromMs: number, toMs: number, out: Item[] = []): Item[] {
  const items = lane.items;
  let lo = 0, hi = items.length;
  const from = fromMs - lane.maxSpanMs;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (items[mid].startMs < from) lo = mid + 1; else hi = mid; }
  for (let i = lo; i < items.length && items[i].startMs < toMs; i++) if (items[i].endMs > fromMs) out.push(items[i]);
  return out;
}

export interface Cluster { laneId: string; startMs: number; endMs: number; count: number }

/** The overflowing items of a lane, merged into clusters that are close on screen. */
export function overflowClusters(laneId: string, items: Item[], msPerPx: number, mergePx = 28): Cluster[] {
  const out: Cluster[] = [];
  for (const item of items) {
    if (item.row >= 0) continue;
    const last = out[out.length - 1];
    if (last && (item.startMs - last.endMs) / msPerPx < mergePx) {
      last.count++;
      last.endMs = Math.max(last.endMs, item.endMs);
    } else out.push({ laneId, startMs: item.startMs, endMs: item.endMs, count: 1 });
  }
  return out;
}
