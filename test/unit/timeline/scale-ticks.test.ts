import { describe, expect, it } from 'vitest';
import { de, enUS } from 'date-fns/locale';
import { fitRange, msAt, pan, xOf, zoomAt, MIN_MS_PER_PX, MAX_MS_PER_PX } from '../../../src-renderer/timeline/scale';
import { precisionForZoom, tickLevel, ticksFor } from '../../../src-renderer/timeline/ticks';

const DAY = 86_400_000;

describe('time scale', () => {
  it('keeps the instant under the pointer fixed while zooming, within the zoom limits', () => {
    const s = { startMs: Date.UTC(2025, 0, 1), msPerPx: DAY / 50, widthPx: 1000 };
    const anchor = msAt(s, 300);
    const z = zoomAt(s, 300, 2);
    expect(z.msPerPx).toBe(s.msPerPx / 2);
    expect(msAt(z, 300)).toBeCloseTo(anchor, 3);
    expect(zoomAt(s, 0, 1e12).msPerPx).toBe(MIN_MS_PER_PX);
    expect(zoomAt(s, 0, 1e-12).msPerPx).toBe(MAX_MS_PER_PX);
  });

  it('pans by pixels and fits a range with a margin', () => {
    const s = fitRange(1000, Date.UTC(2025, 0, 1), Date.UTC(2025, 0, 11));
    expect(xOf(s, Date.UTC(2025, 0, 1))).toBeGreaterThan(0);
    expect(xOf(s, Date.UTC(2025, 0, 11))).toBeLessThan(1000);
    expect(msAt(pan(s, 100), 100)).toBeCloseTo(msAt(s, 0), 3);
  });
});

describe('axis ticks', () => {
  it('step from minutes to decades as the zoom widens, never closer than the label width', () => {
    const zooms = [1_500, 15_000, 360_000, DAY / 100, DAY / 20, 30 * DAY / 40, 365 * DAY / 40, 3650 * DAY / 20];
    expect(zooms.map((m) => tickLevel(m).unit)).toEqual(['minute', 'minute', 'hour', 'day', 'week', 'month', 'year', 'year']);
    for (const msPerPx of [1000, 60_000, DAY / 100, DAY, 30 * DAY]) {
      const l = tickLevel(msPerPx);
      expect(l.approxMs / msPerPx).toBeGreaterThanOrEqual(64);
    }
    expect(tickLevel(3650 * DAY / 20).step).toBeGreaterThanOrEqual(5);
  });

  it('fall on unit boundaries of the display zone, with localised labels', () => {
    const s = { startMs: Date.UTC(2025, 4, 7, 12), msPerPx: DAY / 100, widthPx: 800 };
    const jerusalem = ticksFor(s, 'Asia/Jerusalem', enUS);
    expect(jerusalem.unit).toBe('day');
    // Midnight in Jerusalem (UTC+3 in May) is 21:00 UTC.
    expect(new Date(jerusalem.minor[0].ms).getUTCHours()).toBe(21);
    expect(jerusalem.major[0].label).toBe('May 2025');
    expect(jerusalem.major[0].x).toBe(0);
    const german = ticksFor({ ...s, msPerPx: 40 * DAY / 100 }, 'UTC', de);
    expect(german.minor.map((t) => t.label)).toContain('Mai');
    const hours = ticksFor({ startMs: Date.UTC(2025, 4, 7, 12), msPerPx: 3_600_000 / 30, widthPx: 800 }, 'UTC', enUS);
    expect(hours.minor[1].label).toMatch(/^\d{1,2}:\d{2} (AM|PM)$/);
    for (let i = 1; i < hours.minor.length; i++) expect(hours.minor[i].x).toBeGreaterThan(hours.minor[i - 1].x);
  });

  it('give new entries the precision the user can point at', () => {
    expect(precisionForZoom(DAY / 40)).toBe('day');
    expect(precisionForZoom(3_600_000 / 60)).toBe('hour');
    expect(precisionForZoom(60_000 / 20)).toBe('minute');
  });
});
