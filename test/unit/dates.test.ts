import { TZDate } from '@date-fns/tz';
import { addDays, addHours, addMinutes, addMonths, addWeeks, addYears, startOfDay, startOfHour, startOfMinute, startOfMonth, startOfWeek, startOfYear } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compareUncertain, formatUncertain, fromInstant, isoInZone, rangeOf, shiftUncertain, snapInstant, spanOf, unitBoundaries, zoneOffsetMinutes,
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

  it('read exactly the ISO 8601 local forms, and refuse anything else', () => {
    const at = (value: string) => rangeOf({ value, precision: 'minute', approximate: false, zone: 'UTC' }).startMs;
    expect(at('2025')).toBe(Date.UTC(2025, 0, 1));
    expect(at('2025-05')).toBe(Date.UTC(2025, 4, 1));
    expect(at('2025-05-08T18:30:15.250')).toBe(Date.UTC(2025, 4, 8, 18, 30));
    const form = /^\d{4}(?:-\d{2}(?:-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?)?)?$/;
    // Well-formed values cut short or with one character changed, so most are near misses.
    const text = fc.tuple(fc.constantFrom('2025-05-08T18:30:15.250', '0099-12-31T23:59', '1999-01-02'), fc.nat(24), fc.nat(24),
      fc.constantFrom('', '0', '9', '-', ':', 'T', '.', ' ', 'x', 'Z'))
      .map(([full, cut, at, c]) => { const v = full.slice(0, Math.max(cut, 1)); return at < v.length && c ? v.slice(0, at) + c + v.slice(at + 1) : v; });
    fc.assert(fc.property(text, (v) => {
      if (form.test(v)) expect(Number.isFinite(at(v))).toBe(true);
      else expect(() => at(v)).toThrow(/not an ISO 8601 local date/);
    }), { numRuns: 2000 });
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

/** Axis boundaries the slow, obvious way (a TZDate and date-fns per boundary), to hold the arithmetic to. */
function boundariesByTZDate(fromMs: number, toMs: number, unit: Precision, step: number, zone: string, max: number): number[] {
  const start = { minute: startOfMinute, hour: startOfHour, day: startOfDay, week: (d: TZDate) => startOfWeek(d, { weekStartsOn: 1 }), month: startOfMonth, year: startOfYear }[unit];
  const add = { minute: addMinutes, hour: addHours, day: addDays, week: addWeeks, month: addMonths, year: addYears }[unit];
  let t = start(new TZDate(fromMs, zone));
  if (step > 1) {
    if (unit === 'minute') t.setMinutes(Math.floor(t.getMinutes() / step) * step);
    else if (unit === 'hour') t.setHours(Math.floor(t.getHours() / step) * step);
    else if (unit === 'month') t.setMonth(Math.floor(t.getMonth() / step) * step);
    else if (unit === 'year') t.setFullYear(Math.floor(t.getFullYear() / step) * step);
  }
  const out: number[] = [];
  // A calendar unit starts again from its own start: after a midnight the clocks skipped, date-fns keeps the 01:00 it landed on.
  const calendar = unit !== 'minute' && unit !== 'hour';
  for (; t.getTime() < toMs && out.length < max; t = calendar ? start(add(t, unit === 'day' || unit === 'week' ? 1 : step)) : add(t, step)) out.push(t.getTime());
  return out;
}

describe('axis boundaries', () => {
  const levels: [Precision, number, number][] = [
    ['minute', 15, 2 * 86_400_000], ['hour', 1, 10 * 86_400_000], ['hour', 6, 40 * 86_400_000], ['day', 1, 400 * 86_400_000],
    ['week', 1, 700 * 86_400_000], ['month', 3, 20 * 365 * 86_400_000], ['year', 10, 300 * 365 * 86_400_000],
  ];
  it('are the unit starts in the zone, as date-fns steps them, across clock changes', () => {
    fc.assert(fc.property(instant, fc.constantFrom(...levels), fc.constantFrom(...ZONES, 'America/Santiago', 'Asia/Tehran'), fc.double({ min: 0.01, max: 1, noNaN: true }),
      (from, [unit, step, longest], zone, part) => {
        const to = from + Math.round(longest * part);
        expect(unitBoundaries(from, to, unit, step, zone, 3000)).toEqual(boundariesByTZDate(from, to, unit, step, zone, 3000));
      }), { numRuns: 300 });
  });

  it('start at or before the range and take years before 100 literally', () => {
    const list = unitBoundaries(Date.parse('2025-03-29T12:00:00Z'), Date.parse('2025-04-01T00:00:00Z'), 'day', 1, 'Europe/London');
    expect(list.map((ms) => new Date(ms).toISOString())).toEqual(['2025-03-29T00:00:00.000Z', '2025-03-30T00:00:00.000Z', '2025-03-30T23:00:00.000Z', '2025-03-31T23:00:00.000Z']);
    const ancient = new Date(0); ancient.setUTCFullYear(45, 0, 1); ancient.setUTCHours(0, 0, 0, 0);
    expect(unitBoundaries(ancient.getTime(), ancient.getTime() + 400 * 86_400_000, 'month', 3, 'UTC').map((ms) => new Date(ms).toISOString().slice(0, 10)))
      .toEqual(['0045-01-01', '0045-04-01', '0045-07-01', '0045-10-01', '0046-01-01']);
  });
});

