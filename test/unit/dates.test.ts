import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compareUncertain, formatUncertain, fromInstant, isoInZone, rangeOf, shiftUncertain, snapInstant, spanOf, zoneOffsetMinutes,
  type Precision,
} from '../../shared/dates';
import { PRECISIONS, type UncertainDate } from '../../shared/model';

const ZONES = ['UTC', 'Asia/Jerusalem', 'America/New_York', 'Europe/London', 'Asia/Kolkata', 'Pacific/Chatham', 'Australia/Sydney'];
const instant = fc.integer({ min: Date.UTC(1950, 0, 1), max: Date.UTC(2080, 0, 1) });
const uncertain = fc.record({
  ms: instant, precision: fc.constantFrom(...PRECISIONS), zone: fc.constantFrom(...ZONES), approximate: fc.boolean(),
}).map(({ ms, precision, zone, approximate }) => fromInstant(ms, precision, zone, approximate));

describe('uncertain dates', () => {
  it('cover the whole stated unit in their own zone', () => {
    const d: UncertainDate = { value: '2025-05-08', precision: 'day', approximate: false, zone: 'Asia/Jerusalem' };
    expect(rangeOf(d)).toEqual({ startMs: Date.parse('2025-05-07T21:00:00Z'), endMs: Date.parse('2025-05-08T21:00:00Z') });
    expect(rangeOf({ ...d, value: '2025-05', precision: 'month' }).endMs).toBe(Date.parse('2025-05-31T21:00:00Z'));
    expect(rangeOf({ ...d, value: '2025-05-08T18:30', precision: 'minute' }).startMs).toBe(Date.parse('2025-05-08T15:30:00Z'));
    expect(rangeOf({ ...d, value: '2025-05-07', precision: 'week' }).startMs).toBe(Date.parse('2025-05-04T21:00:00Z')); // Monday
  });

  it('always have a start before their end, and contain the instant they came from', () => {
    fc.assert(fc.property(instant, fc.constantFrom(...PRECISIONS), fc.constantFrom(...ZONES), (ms, p, zone) => {
      const r = rangeOf(fromInstant(ms, p, zone));
      expect(r.startMs).toBeLessThan(r.endMs);
      expect(r.startMs).toBeLessThanOrEqual(ms);
      expect(ms).toBeLessThan(r.endMs);
    }));
  });

  it('survive a round trip through their own start', () => {
    fc.assert(fc.property(uncertain, (d) => {
      expect(fromInstant(rangeOf(d).startMs, d.precision, d.zone, d.approximate)).toEqual(d);
    }));
  });

  it('order as a total order consistent with their starts', () => {
    fc.assert(fc.property(uncertain, uncertain, uncertain, (a, b, c) => {
      expect(Math.sign(compareUncertain(a, b)) || 0).toBe(-Math.sign(compareUncertain(b, a)) || 0);
      if (compareUncertain(a, b) <= 0 && compareUncertain(b, c) <= 0) expect(compareUncertain(a, c)).toBeLessThanOrEqual(0);
      if (rangeOf(a).startMs < rangeOf(b).startMs) expect(compareUncertain(a, b)).toBeLessThan(0);
    }));
  });

  it('put the more precise of two dates with the same start first', () => {
    const dayDate: UncertainDate = { value: '2025-05-01', precision: 'day', approximate: false, zone: 'UTC' };
    const monthDate: UncertainDate = { ...dayDate, value: '2025-05', precision: 'month' };
    expect([monthDate, dayDate].sort(compareUncertain)).toEqual([dayDate, monthDate]);
  });

  it('snap to unit boundaries idempotently, and shifting keeps precision, flag and zone', () => {
    fc.assert(fc.property(instant, fc.constantFrom<Precision>('minute', 'hour', 'day', 'month'), fc.constantFrom(...ZONES), (ms, p, zone) => {
      const snapped = snapInstant(ms, p, zone);
      expect(snapInstant(snapped, p, zone)).toBe(snapped);
      expect(fromInstant(snapped, p, zone).value).toBe(fromInstant(snapped, p, zone).value);
    }));
    fc.assert(fc.property(uncertain, fc.integer({ min: -1e10, max: 1e10 }), (d, delta) => {
      const moved = shiftUncertain(d, delta);
      expect([moved.precision, moved.approximate, moved.zone]).toEqual([d.precision, d.approximate, d.zone]);
    }));
  });

  it('keep whole days across a daylight-saving change', () => {
    const d: UncertainDate = { value: '2025-03-09', precision: 'day', approximate: false, zone: 'America/New_York' };
    const r = rangeOf(d);
    expect(r.endMs - r.startMs).toBe(23 * 3600_000);
    expect(shiftUncertain(d, 24 * 3600_000).value).toBe('2025-03-10');
  });

  it('span a start and an end, never ending before the start', () => {
    const s = spanOf({ value: '2025-05-01', precision: 'day', approximate: true, zone: 'UTC' }, { value: '2025-05-08', precision: 'day', approximate: false, zone: 'UTC' });
    expect(s).toEqual({ startMs: Date.UTC(2025, 4, 1), endMs: Date.UTC(2025, 4, 9) });
  });

  it('format for a reader with precision and approximation', () => {
    const base = { approximate: false, zone: 'Asia/Jerusalem' };
    expect(formatUncertain({ ...base, value: '2025-05-08', precision: 'day' })).toBe('8 May 2025');
    expect(formatUncertain({ ...base, value: '2025-05', precision: 'month', approximate: true })).toBe('c. May 2025');
    expect(formatUncertain({ ...base, value: '2025', precision: 'year' })).toBe('2025');
    expect(formatUncertain({ ...base, value: '2025-05-08T18:30', precision: 'minute' })).toBe('8 May 2025, 18:30');
    expect(formatUncertain({ ...base, value: '2025-05-08T18:30', precision: 'minute' }, 'UTC')).toBe('8 May 2025, 15:30');
    // A coarse date is not shifted into another day by the display zone.
    expect(formatUncertain({ ...base, value: '2025-05-08', precision: 'day' }, 'America/New_York')).toBe('8 May 2025');
  });

  it('give offsets and ISO instants in a zone', () => {
    expect(zoneOffsetMinutes('Asia/Jerusalem', Date.UTC(2025, 4, 8))).toBe(180);
    expect(zoneOffsetMinutes('Asia/Jerusalem', Date.UTC(2025, 0, 8))).toBe(120);
    expect(isoInZone(Date.UTC(2025, 4, 8, 15, 30), 'Asia/Jerusalem')).toBe('2025-05-08T18:30:00+03:00');
    expect(zoneOffsetMinutes('Not/AZone', 0)).toBe(0);
  });
});
