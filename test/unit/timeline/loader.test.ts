import { describe, expect, it } from 'vitest';
import type { EntryFilter, TimedEvent, TimelineDensity, TimelineWindow } from '../../../shared/api';
import type { Entry } from '../../../src-renderer/timeline/edits';
import { BUCKET_PX, ITEM_LIMIT, TimelineLoader, type LoaderApi } from '../../../src-renderer/timeline/loader';

const DAY = 86_400_000;
const T0 = Date.UTC(2024, 0, 1);

/** One event a day from T0 on, for `days` days. */
function project(days: number): TimedEvent[] {
  return Array.from({ length: days }, (_, i): TimedEvent => ({
    id: `ev${i}`, type: 'talks', title: `Event ${i}`, description: '', location: '', tags: [], participants: [],
    start: { value: new Date(T0 + i * DAY).toISOString().slice(0, 10), precision: 'day', approximate: false, zone: 'UTC' }, end: null,
    startMs: T0 + i * DAY, endMs: T0 + (i + 1) * DAY,
  }));
}

/** The API over an in-memory project, recording every request. */
function fakeApi(events: TimedEvent[]) {
  const windows: { fromMs: number; toMs: number; limit: number }[] = [];
  const densities: { fromMs: number; toMs: number; bucketMs: number }[] = [];
  const api: LoaderApi = {
    async window({ fromMs, toMs, limit }: { fromMs: number; toMs: number; filter: EntryFilter; limit: number }): Promise<TimelineWindow> {
      windows.push({ fromMs, toMs, limit });
      const hit = events.filter((e) => e.startMs < toMs && e.endMs > fromMs);
      return { events: hit.slice(0, limit), statements: [], truncated: hit.length > limit };
    },
    async density({ fromMs, toMs, bucketMs }): Promise<TimelineDensity> {
      densities.push({ fromMs, toMs, bucketMs });
      const origin = Math.floor(fromMs / bucketMs) * bucketMs;
      const counts = new Map<number, number>();
      for (const e of events) if (e.startMs >= fromMs && e.startMs < toMs) counts.set(Math.floor((e.startMs - origin) / bucketMs), (counts.get(Math.floor((e.startMs - origin) / bucketMs)) ?? 0) + 1);
      return { origin, bucketMs, cells: [...counts].map(([b, n]) => [null, b, n]), total: [...counts.values()].reduce((a, b) => a + b, 0) };
    },
  };
  return { api, windows, densities };
}

/** A loader whose view follows the test, with everything it shows collected. */
function harness(events: TimedEvent[]) {
  const { api, windows, densities } = fakeApi(events);
  const shown = new Map<string, Entry>();
  const log: string[] = [];
  const loader = new TimelineLoader({
    entries: ({ reset, added, dropped }) => {
      if (reset) shown.clear();
      for (const id of dropped) shown.delete(id);
      for (const e of added) shown.set(e.id, e);
      log.push(reset ? 'reset' : 'extend');
    },
    density: () => { shown.clear(); log.push('density'); },
    error: (e) => { throw e; },
  }, api);
  const last = events.at(-1);
  loader.extent = last ? { startMs: events[0].startMs, endMs: last.endMs, entries: events.length } : null;
  /** Asks for a view of [fromDay, toDay) and lets every request it leads to finish. */
  const view = async (fromDay: number, toDay: number) => {
    const v = { fromMs: T0 + fromDay * DAY, toMs: T0 + toDay * DAY, msPerPx: ((toDay - fromDay) * DAY) / 1000 };
    for (let i = 0; i < 50; i++) {
      loader.want(v, {}, 0);
      await new Promise((r) => setTimeout(r, 0));
    }
  };
  return { loader, view, shown, windows, densities, log };
}

describe('timeline loader', () => {
  it('loads the viewport first, then a screen on each side in pieces', async () => {
    const h = harness(project(400));
    await h.view(100, 110);
    expect(h.windows[0]).toMatchObject({ fromMs: T0 + 100 * DAY, toMs: T0 + 110 * DAY });
    expect(h.log[0]).toBe('reset');
    // One screen each side: days 90 to 120 (and the day overlapping each edge).
    const days = [...h.shown.keys()].map((id) => Number(id.slice(2))).sort((a, b) => a - b);
    expect(days[0]).toBeLessThanOrEqual(90);
    expect(days.at(-1)).toBeGreaterThanOrEqual(119);
    expect(h.densities).toHaveLength(0);
  });

  it('asks a pan only for the slice it does not have, and drops what left the range', async () => {
    const h = harness(project(400));
    await h.view(100, 110);
    const before = h.windows.length;
    await h.view(108, 118);
    const asked = h.windows.slice(before);
    expect(asked.length).toBeGreaterThan(0);
    // Every new request lies beyond what was loaded (day 120), none asks again for the days on screen before.
    for (const w of asked) expect(w.fromMs).toBeGreaterThanOrEqual(T0 + 120 * DAY);
    expect(h.log.slice(1).every((l) => l === 'extend')).toBe(true);
    expect(h.shown.has('ev92')).toBe(false);
    expect(h.shown.has('ev127')).toBe(true);
  });

  it('keeps each request to about a piece of entries when the range is dense', async () => {
    const h = harness(project(3000));
    await h.view(1000, 1300);
    // The viewport (300 entries) first, then 300 each side in pieces of at most PIECE_ENTRIES-ish.
    for (const w of h.windows.slice(1)) expect((w.toMs - w.fromMs) / DAY).toBeLessThanOrEqual(501);
    expect(h.shown.size).toBeGreaterThanOrEqual(900);
  });

  it('shows counts once the range holds more entries than it may draw', async () => {
    const h = harness(project(ITEM_LIMIT * 2 + 10));
    await h.view(0, ITEM_LIMIT + 5);
    expect(h.log).toContain('density');
    expect(h.densities.at(-1)!.bucketMs).toBeCloseTo(BUCKET_PX * (((ITEM_LIMIT + 5) * DAY) / 1000));
  });

  it('asks for counts when the project is too large to tell, and draws a sparse range as entries', async () => {
    // Most of the project bunched on one day, far from the view.
    const events = project(200);
    for (let i = 0; i < ITEM_LIMIT * 2; i++) events.push({ ...events[150], id: `bunch${i}` });
    events.sort((a, b) => a.startMs - b.startMs);
    const h = harness(events);
    await h.view(20, 40);
    expect(h.densities).toHaveLength(1);
    expect(h.log[0]).toBe('reset');
    expect(h.log).not.toContain('density');
    expect(h.shown.has('ev30')).toBe(true);
  });

  it('never trades the entries on screen for counts just to fill a margin', async () => {
    const h = harness(project(ITEM_LIMIT * 3));
    await h.view(5000, 6300);
    const drawn = h.shown.size;
    // Zoomed out within what is loaded: the new margins would pass the limit, the view itself still has its entries.
    await h.view(4600, 6700);
    expect(h.log).not.toContain('density');
    expect(h.shown.size).toBe(drawn);
    // Once the view leaves the entries, counts it is.
    await h.view(3000, 7000);
    expect(h.log.at(-1)).toBe('density');
  });

  it('loads afresh after an edit, the viewport first', async () => {
    const h = harness(project(400));
    await h.view(100, 110);
    h.loader.invalidate();
    const before = h.windows.length;
    await h.view(100, 110);
    expect(h.windows[before]).toMatchObject({ fromMs: T0 + 100 * DAY, toMs: T0 + 110 * DAY });
    expect(h.log.filter((l) => l === 'reset')).toHaveLength(2);
  });
});
