// Loads what the visible window needs, with a margin of one screen on each side: the entries themselves
// when there are few enough to draw, otherwise counts per lane and time bucket from timeline.density.
// Entries come in pieces, the viewport's first and then outward, and a pan or zoom asks only for the
// slices it does not have yet: no answer is ever more than a piece to parse, so no frame waits on a load.
import type { EntryFilter, TimelineDensity, TimelineWindow } from '../../shared/api';
import { call } from '../api/client';
import type { Entry } from './edits';

/** More entries than this in the loaded range and the view shows counts instead. */
export const ITEM_LIMIT = 4000;
/** Density buckets this many pixels wide. */
export const BUCKET_PX = 26;
/** About this many entries per request, judged from how dense the loaded range is. */
export const PIECE_ENTRIES = 500;

export interface View { fromMs: number; toMs: number; msPerPx: number }
interface Span { fromMs: number; toMs: number }

/** What the loader tells the view. */
export interface LoaderEvents {
  /** Entries to draw: `reset` drops all drawn before; `dropped` are ids that left the loaded range. */
  entries(change: { reset: boolean; added: Entry[]; dropped: string[] }): void;
  density(d: TimelineDensity): void;
  error(e: Error): void;
}

/** The two API calls the loader makes (a seam for tests). */
export interface LoaderApi {
  window(input: { fromMs: number; toMs: number; filter: EntryFilter; limit: number }): Promise<TimelineWindow>;
  density(input: { fromMs: number; toMs: number; bucketMs: number; filter: EntryFilter }): Promise<TimelineDensity>;
}

const API: LoaderApi = {
  window: (input) => call('timeline.window', input),
  density: (input) => call('timeline.density', input),
};

/** Whether counts fetched for `loaded` still serve a view: they cover it, at roughly the right bucket size. */
export function densityCovers(loaded: Span & { density: TimelineDensity }, view: View): boolean {
  if (loaded.fromMs > view.fromMs || loaded.toMs < view.toMs) return false;
  const ratio = loaded.density.bucketMs / (BUCKET_PX * view.msPerPx);
  return ratio > 0.6 && ratio < 1.7;
}

/** Entries the density says lie in a range (an upper bound: an event counts once per participant). */
export function estimateCount(d: TimelineDensity, fromMs: number, toMs: number): number {
  let n = 0;
  for (const [, b, count] of d.cells) {
    const at = d.origin + b * d.bucketMs;
    if (at >= fromMs && at < toMs) n += count;
  }
  return n;
}

/** What the project holds, for guessing how many entries a range has before asking. */
export interface Extent { startMs: number; endMs: number; entries: number }

const covers = (s: Span, t: Span) => s.fromMs <= t.fromMs && s.toMs >= t.toMs;
const overlaps = (e: Entry, s: Span) => e.startMs !== null && e.endMs !== null && e.startMs < s.toMs && e.endMs > s.fromMs;

type Shown =
  | { mode: 'items'; key: string; span: Span; entries: Map<string, Entry> }
  | { mode: 'density'; key: string; span: Span; density: TimelineDensity }
  | { mode: 'none'; key: '' };

interface Want { view: View; filter: EntryFilter; key: string }

export class TimelineLoader {
  extent: Extent | null = null;
  private shown: Shown = { mode: 'none', key: '' };
  /** Counts fetched for a range (shown or not): they tell whether a range may be drawn as entries. */
  private counts: ({ key: string; density: TimelineDensity } & Span) | null = null;
  private wanted: Want | null = null;
  private busy = false;
  /** Once a view needs more entries, pieces keep coming until its whole loaded range is there. */
  private filling = false;
  /** A range whose entries would pass the limit while the ones on screen still serve: not asked again. */
  private declined: { key: string } & Span | null = null;
  private generation = 0;

  constructor(private readonly on: LoaderEvents, private readonly api: LoaderApi = API) {}

  /** The entries loaded now, by id (empty when the view shows counts). */
  get entries(): ReadonlyMap<string, Entry> { return this.shown.mode === 'items' ? this.shown.entries : new Map(); }

  /** Asks for a view; cheap when the loaded data serves it, and never more than one request at a time. */
  want(view: View, filter: EntryFilter, revision: number): void {
    this.wanted = { view, filter, key: `${JSON.stringify(filter)}#${revision}` };
    if (!this.busy && this.nextStep(this.wanted)) void this.pump();
  }

  /** Forget the loaded data's key (after an edit), so the next want loads afresh. */
  invalidate(): void { this.generation++; this.filling = false; this.declined = null; }

  private async pump(): Promise<void> {
    this.busy = true;
    try {
      for (let step = this.wanted && this.nextStep(this.wanted); step; step = this.wanted && this.nextStep(this.wanted)) await step();
    } catch (e) {
      this.on.error(e as Error);
    } finally {
      this.busy = false;
    }
  }

  /** The loaded range a view should have: one screen on each side. */
  private target(view: View): Span {
    const span = view.toMs - view.fromMs;
    return { fromMs: view.fromMs - span, toMs: view.toMs + span };
  }

  private keyOf(want: Want): string { return `${want.key}@${this.generation}`; }

  /** The next request a view needs, or null when what is loaded serves it. */
  private nextStep(want: Want): (() => Promise<void>) | null {
    const { view } = want;
    const key = this.keyOf(want);
    const shown = this.shown;
    const target = this.target(view);
    // Loaded data must reach a quarter screen past each edge, so the next slice is asked for before the pan gets there.
    const pad = (view.toMs - view.fromMs) / 4;
    const padded = { fromMs: view.fromMs - pad, toMs: view.toMs + pad };
    if (shown.key === key && shown.mode === 'density' && densityCovers({ ...shown.span, density: shown.density }, { ...padded, msPerPx: view.msPerPx })) return null;
    if (shown.key === key && shown.mode === 'items') {
      if (covers(shown.span, target) || (!this.filling && covers(shown.span, padded))) { this.filling = false; return null; }
      const d = this.declined;
      if (d && d.key === key && covers(d, target)) return null;
      if (shown.span.toMs > target.fromMs && shown.span.fromMs < target.toMs) {
        this.filling = true;
        return this.extendStep(want, key, shown, target);
      }
    }
    return this.freshStep(want, key, target);
  }

  /**
   * Whether a range holds more entries than may be drawn, from counts fetched for it. Without them, a project
   * small enough even if all its entries lay in the range clears it; anything else needs the counts (null):
   * an even spread would guess wrong for bunched data, and says nothing about a filtered view.
   */
  private crowded(want: Want, key: string, span: Span): boolean | null {
    const c = this.counts;
    if (c && c.key === key && covers(c, span)) return estimateCount(c.density, span.fromMs, span.toMs) > ITEM_LIMIT * 1.5;
    const e = this.extent;
    if (e && want.key.split('#')[0] === '{}' && e.entries <= ITEM_LIMIT) return false;
    return null;
  }

  /** A new key, a jump, or counts on screen: counts if the range is crowded, else the viewport's entries first. */
  private freshStep(want: Want, key: string, target: Span): () => Promise<void> {
    const crowded = this.crowded(want, key, target);
    if (crowded === null) return () => this.loadCounts(want, key, target);
    if (crowded) return () => this.showDensity(want, key, target);
    const { fromMs, toMs } = want.view;
    return async () => {
      const w = await this.api.window({ fromMs, toMs, filter: want.filter, limit: ITEM_LIMIT });
      if (w.truncated) return this.showDensity(want, key, target);
      const entries = new Map<string, Entry>();
      for (const e of [...w.events, ...w.statements]) entries.set(e.id, e);
      this.shown = { mode: 'items', key, span: { fromMs, toMs }, entries };
      this.filling = true;
      this.declined = null;
      this.on.entries({ reset: true, added: [...entries.values()], dropped: [] });
    };
  }

  /** The missing slice nearest the view, about a piece's worth, after dropping what lies outside the target. */
  private extendStep(want: Want, key: string, shown: Extract<Shown, { mode: 'items' }>, target: Span): (() => Promise<void>) | null {
    const { view } = want;
    const span = shown.span;
    // A prefetch never trades the entries on screen for counts: that waits until the view needs it.
    const decline = () => { this.declined = { key, ...target }; this.filling = false; };
    const crowded = this.crowded(want, key, target);
    if (crowded === null) return () => this.loadCounts(want, key, target);
    if (crowded) {
      if (covers(span, view)) { decline(); return null; }
      return () => this.showDensity(want, key, target);
    }
    const kept = { fromMs: Math.max(span.fromMs, target.fromMs), toMs: Math.min(span.toMs, target.toMs) };
    let keptCount = 0;
    for (const e of shown.entries.values()) if (overlaps(e, kept)) keptCount++;
    const leftGap = kept.fromMs - target.fromMs, rightGap = target.toMs - kept.toMs;
    const toLeft = rightGap <= 0 || (leftGap > 0 && view.fromMs - kept.fromMs <= kept.toMs - view.toMs);
    // Pieces are sized from how dense the loaded range is.
    const density = shown.entries.size / Math.max(1, span.toMs - span.fromMs);
    const pieceMs = density > 0 ? PIECE_ENTRIES / density : Infinity;
    const slice = toLeft ? { fromMs: Math.max(target.fromMs, kept.fromMs - pieceMs), toMs: kept.fromMs }
      : { fromMs: kept.toMs, toMs: Math.min(target.toMs, kept.toMs + pieceMs) };
    return async () => {
      const w = await this.api.window({ ...slice, filter: want.filter, limit: Math.max(1, ITEM_LIMIT - keptCount) });
      // Another step may have replaced what is shown while this one waited.
      if (this.shown !== shown) return;
      const added = [...w.events, ...w.statements].filter((e) => !shown.entries.has(e.id));
      if (w.truncated || keptCount + added.length > ITEM_LIMIT) {
        if (covers(shown.span, view)) return decline();
        return this.showDensity(want, key, target);
      }
      const dropped: string[] = [];
      for (const [id, e] of shown.entries) if (!overlaps(e, kept)) { shown.entries.delete(id); dropped.push(id); }
      for (const e of added) shown.entries.set(e.id, e);
      shown.span = { fromMs: Math.min(kept.fromMs, slice.fromMs), toMs: Math.max(kept.toMs, slice.toMs) };
      this.on.entries({ reset: false, added, dropped });
    };
  }

  /** Counts for the target and a screen more on each side (so a pan finds them there too), at the view's bucket size. */
  private async loadCounts(want: Want, key: string, target: Span): Promise<void> {
    const screen = want.view.toMs - want.view.fromMs;
    const span = { fromMs: target.fromMs - screen, toMs: target.toMs + screen };
    const density = await this.api.density({ ...span, bucketMs: BUCKET_PX * want.view.msPerPx, filter: want.filter });
    this.counts = { key, ...span, density };
  }

  private async showDensity(want: Want, key: string, target: Span): Promise<void> {
    // Counts just fetched at this zoom are shown as they are.
    const c = this.counts;
    if (!c || c.key !== key || !densityCovers(c, { ...target, msPerPx: want.view.msPerPx })) await this.loadCounts(want, key, target);
    const counts = this.counts!;
    this.shown = { mode: 'density', key, span: { fromMs: counts.fromMs, toMs: counts.toMs }, density: counts.density };
    this.filling = false;
    this.on.density(counts.density);
  }
}
