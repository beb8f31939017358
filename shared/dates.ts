// Every piece of date logic in Parley: uncertain dates to instant ranges, ordering, snapping, formatting.
// Local values are read in their own IANA zone (via @date-fns/tz) so "18:30 in Jerusalem" stays exact.
import { TZDate } from '@date-fns/tz';
import {
  addDays, addHours, addMinutes, addMonths, addWeeks, addYears, format, startOfDay, startOfHour,
  startOfMinute, startOfMonth, startOfWeek, startOfYear,
} from 'date-fns';
import type { UncertainDate } from './model';

export type Precision = UncertainDate['precision'];
export interface TimeRange { startMs: number; endMs: number }

const ISO_LOCAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?)?)?$/;

const zoneCache = new Map<string, boolean>();
export function isValidZone(zone: string): boolean {
  let ok = zoneCache.get(zone);
  if (ok === undefined) {
    try { new Intl.DateTimeFormat('en', { timeZone: zone }); ok = true; } catch { ok = false; }
    zoneCache.set(zone, ok);
  }
  return ok;
}

/** The local wall-clock value of an uncertain date as a TZDate in its zone. */
export function localDate(value: string, zone: string): TZDate {
  const m = ISO_LOCAL.exec(value);
  if (!m) throw new RangeError(`not an ISO 8601 local date: ${value}`);
  const [, y, mo = '01', d = '01', h = '00', mi = '00', s = '00'] = m;
  return new TZDate(+y, +mo - 1, +d, +h, +mi, +s, isValidZone(zone) ? zone : 'UTC');
}

export function startOfUnit(date: TZDate, precision: Precision): TZDate {
  switch (precision) {
    case 'minute': return startOfMinute(date);
    case 'hour': return startOfHour(date);
    case 'day': return startOfDay(date);
    case 'week': return startOfWeek(date, { weekStartsOn: 1 });
    case 'month': return startOfMonth(date);
    case 'year': return startOfYear(date);
  }
}

export function addUnits(date: TZDate, precision: Precision, n: number): TZDate {
  switch (precision) {
    case 'minute': return addMinutes(date, n);
    case 'hour': return addHours(date, n);
    case 'day': return addDays(date, n);
    case 'week': return addWeeks(date, n);
    case 'month': return addMonths(date, n);
    case 'year': return addYears(date, n);
  }
}

/** The instants an uncertain date covers: the whole stated unit (a day-precise date covers its day). */
export function rangeOf(date: UncertainDate): TimeRange {
  const start = startOfUnit(localDate(date.value, date.zone), date.precision);
  return { startMs: start.getTime(), endMs: addUnits(start, date.precision, 1).getTime() };
}

/** The span of an entry with a start and an optional end. */
export function spanOf(start: UncertainDate, end: UncertainDate | null | undefined): TimeRange {
  const s = rangeOf(start);
  if (!end) return s;
  const e = rangeOf(end);
  return { startMs: s.startMs, endMs: Math.max(e.endMs, s.endMs) };
}

const PRECISION_RANK: Record<Precision, number> = { minute: 0, hour: 1, day: 2, week: 3, month: 4, year: 5 };

/** Orders uncertain dates by their first instant; at equal starts the more precise comes first. */
export function compareUncertain(a: UncertainDate, b: UncertainDate): number {
  const ra = rangeOf(a), rb = rangeOf(b);
  return ra.startMs - rb.startMs || PRECISION_RANK[a.precision] - PRECISION_RANK[b.precision]
    || Number(a.approximate) - Number(b.approximate) || ra.endMs - rb.endMs;
}

/** The uncertain date of an instant, truncated to a precision in a zone. */
export function fromInstant(ms: number, precision: Precision, zone: string, approximate = false): UncertainDate {
  const z = isValidZone(zone) ? zone : 'UTC';
  const start = startOfUnit(new TZDate(ms, z), precision);
  const pattern = precision === 'year' ? 'yyyy' : precision === 'month' ? 'yyyy-MM'
    : precision === 'day' || precision === 'week' ? 'yyyy-MM-dd' : "yyyy-MM-dd'T'HH:mm";
  return { value: format(start, pattern), precision, approximate, zone: z };
}

/** Rounds an instant to the nearest unit boundary of a precision, in a zone (drag snapping). */
export function snapInstant(ms: number, precision: Precision, zone: string): number {
  const z = isValidZone(zone) ? zone : 'UTC';
  const lo = startOfUnit(new TZDate(ms, z), precision);
  const hi = addUnits(lo, precision, 1);
  return ms - lo.getTime() < hi.getTime() - ms ? lo.getTime() : hi.getTime();
}

/** Moves an uncertain date by a number of milliseconds, keeping its precision, flag and zone. */
export function shiftUncertain(date: UncertainDate, deltaMs: number): UncertainDate {
  const moved = snapInstant(rangeOf(date).startMs + deltaMs, date.precision, date.zone);
  return fromInstant(moved, date.precision, date.zone, date.approximate);
}

const DISPLAY_PATTERN: Record<Precision, string> = {
  minute: 'd MMM yyyy, HH:mm', hour: 'd MMM yyyy, HH:00', day: 'd MMM yyyy',
  week: "'week of' d MMM yyyy", month: 'MMMM yyyy', year: 'yyyy',
};

/** A human reading of an uncertain date in a display zone ("c. May 2025", "8 May 2025, 18:30"). */
export function formatUncertain(date: UncertainDate, displayZone?: string): string {
  const zone = displayZone && isValidZone(displayZone) ? displayZone : date.zone;
  const fine = date.precision === 'minute' || date.precision === 'hour';
  // Coarse dates read in their own zone: "8 May" in Jerusalem is still 8 May to a reader in New York.
  const shown = fine ? new TZDate(rangeOf(date).startMs, zone) : startOfUnit(localDate(date.value, date.zone), date.precision);
  const text = format(shown, DISPLAY_PATTERN[date.precision]);
  return (date.approximate ? 'c. ' : '') + text;
}

/** The zone's offset from UTC in minutes at an instant (chrono-node wants offsets, not IANA names). */
export function zoneOffsetMinutes(zone: string, atMs: number): number {
  return -new TZDate(atMs, isValidZone(zone) ? zone : 'UTC').getTimezoneOffset();
}

/** An ISO 8601 instant with the zone's offset, e.g. 2025-05-08T18:30:00+03:00. */
export function isoInZone(ms: number, zone: string): string {
  return format(new TZDate(ms, isValidZone(zone) ? zone : 'UTC'), "yyyy-MM-dd'T'HH:mm:ssxxx");
}
