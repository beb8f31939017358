// Loads what the visible window needs, with a margin of one screen on each side: the entries themselves
// when there are few enough to draw, otherwise counts per lane and time bucket from timeline.density.
import type { EntryFilter, TimedEvent, TimedStatement, TimelineDensity } from '../../shared/api';
import { call } from '../api/client';

/** More entries than this in the loaded range and the view shows counts instead. */
export const ITEM_LIMIT = 4000;
/** Density buckets this many pixels wide. */
export const BUCKET_PX = 26;

export type Loaded =
  | { mode: 'items'; fromMs: number; toMs: number; events: TimedEvent[]; statements: TimedStatement[] }
  | { mode: 'density'; fromMs: number; toMs: number; density: TimelineDensity };

export interface View { fromMs: number; toMs: number; msPerPx: number }
interface Want extends View { filter: EntryFilter; filterKey: string; revision: number; prefetch: boolean }

/** Whether loaded data still serves a view: it covers it, and counts are at roughly the right bucket size. */
export function covers(loaded: Loaded, view: View): boolean {
  if (loaded.fromMs > view.fromMs || loaded.toMs < view.toMs) return false;
  if (loaded.mode === 'items') return true;
  const ratio = loaded.density.bucketMs / (BUCKET_PX * view.msPerPx);
  return ratio > 0.6 && ratio < 1.7;
}

/** Entries the density says lie in a range (an upper bound: an event counts once per participant). */
export function estimateCount(loaded: Loaded | null, fromMs: number, toMs: number): number | null {
  if (!loaded || loaded.mode !== 'density' || loaded.fromMs > fromMs || loaded.toMs < toMs) return null;
  const { origin, bucketMs, cells } = loaded.density;
  let n = 0;
  for (const [, b, count] of cells) {
    const at = origin + b * bucketMs;
    if (at >= fromMs && at < toMs) n += count;
  }
  return n;
}

/** What the project holds, for guessing how many entries a range has before asking. */
export interface Extent { startMs: number; endMs: number; entries: number }

export class TimelineLoader {
  loaded: Loaded | null = null;
  extent: Extent | null = null;
  private key = '';
  private inFlight = false;
  private next: Want | null = null;
  private declined: { key: string; fromMs: number; toMs: number } | null = null;

  constructor(private readonly onLoad: (loaded: Loaded) => void, private readonly onError: (e: Error) => void) {}

  /** Asks for a view; does nothing when the loaded data serves it, coalesces requests while loading. */
  want(view: View, filter: EntryFilter, revision: number): void {
    const filterKey = JSON.stringify(filter);
    const key = `${filterKey}#${revision}`;
    // Loaded data must reach a quarter screen past each edge, so the next slice is asked for before the pan gets there.
    const pad = (view.toMs - view.fromMs) / 4;
    const current = key === this.key && this.loaded;
    const padded = { ...view, fromMs: view.fromMs - pad, toMs: view.toMs + pad };
    if (current && covers(current, padded)) return;
    const prefetch = !!current && covers(current, view);
    // A prefetch that would only have brought counts is not asked again for the same range.
    const d = this.declined;
    if (prefetch && d && d.key === key && d.fromMs <= padded.fromMs && d.toMs >= padded.toMs) return;
    this.next = { ...view, filter, filterKey, revision, prefetch };
    if (!this.inFlight) void this.pump();
  }

  private async pump(): Promise<void> {
    this.inFlight = true;
    try {
      while (this.next) {
        const want = this.next;
        this.next = null;
        const loaded = await this.load(want);
        // A prefetch never trades the entries on screen for counts: that waits until the view needs it.
        if (want.prefetch && loaded.mode === 'density' && this.loaded?.mode === 'items') {
          this.declined = { key: `${want.filterKey}#${want.revision}`, fromMs: loaded.fromMs, toMs: loaded.toMs };
          continue;
        }
        this.key = `${want.filterKey}#${want.revision}`;
        this.loaded = loaded;
        this.onLoad(loaded);
      }
    } catch (e) {
      this.onError(e as Error);
    } finally {
      this.inFlight = false;
    }
  }

  private async load(want: Want): Promise<Loaded> {
    const filter = want.filter;
    const span = want.toMs - want.fromMs;
    const fromMs = want.fromMs - span, toMs = want.toMs + span;
    const sameData = this.key === `${want.filterKey}#${want.revision}`;
    // The project's counts say nothing about a filtered view, so only an unfiltered one uses them.
    const estimate = (sameData ? estimateCount(this.loaded, fromMs, toMs) : null)
      ?? (want.filterKey === '{}' ? this.uniformEstimate(fromMs, toMs) : null);
    if (estimate === null || estimate <= ITEM_LIMIT * 1.5) {
      const w = await call('timeline.window', { fromMs, toMs, filter, limit: ITEM_LIMIT });
      if (!w.truncated) return { mode: 'items', fromMs, toMs, events: w.events, statements: w.statements };
    }
    const density = await call('timeline.density', { fromMs, toMs, bucketMs: BUCKET_PX * want.msPerPx, filter });
    return { mode: 'density', fromMs, toMs, density };
  }

  /** Entries in a range if the project's entries were spread evenly over its extent. */
  private uniformEstimate(fromMs: number, toMs: number): number | null {
    const e = this.extent;
    if (!e) return null;
    const overlap = Math.max(0, Math.min(toMs, e.endMs) - Math.max(fromMs, e.startMs));
    return e.entries * (overlap / Math.max(1, e.endMs - e.startMs));
  }

  /** Forget the cache (after an edit), so the next want reloads. */
  invalidate(): void { this.key = ''; }
}
