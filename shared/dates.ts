// Every piece of date logic in Parley: uncertain dates to instant ranges, ordering, snapping, formatting.
// Local values are read in their own IANA zone (via @date-fns/tz) so "18:30 in Jerusalem" stays exact.
import { TZDate } from '@date-fns/tz';
// One module per function: under Node the date-fns index would load all of date-fns (about a second).
import { addDays } from 'date-fns/addDays';
import { addHours } from 'date-fns/addHours';
import { addMinutes } from 'date-fns/addMinutes';
import { addMonths } from 'date-fns/addMonths';
import { addWeeks } from 'date-fns/addWeeks';
import { addYears } from 'date-fns/addYears';
import { format } from 'date-fns/format';
import { isValid } from 'date-fns/isValid';
import { parse } from 'date-fns/parse';
import { startOfDay } from 'date-fns/startOfDay';
import { startOfHour } from 'date-fns/startOfHour';
import { startOfMinute } from 'date-fns/startOfMinute';
import { startOfMonth } from 'date-fns/startOfMonth';
import { startOfWeek } from 'date-fns/startOfWeek';
import { startOfYear } from 'date-fns/startOfYear';
import type { Locale } from 'date-fns';
import type { UncertainDate } from './model';

export type Precision = UncertainDate['precision'];
export interface TimeRange { startMs: number; endMs: number }

const MINUTE_MS = 60_000;
const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

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
  const [y, mo, d, h, mi, s] = localParts(value);
  return new TZDate(y, mo, d, h, mi, s, isValidZone(zone) ? zone : 'UTC');
}

/** The two-digit number at `at`, or -1 where either character is not a digit (or past the end). */
function twoDigits(value: string, at: number): number {
  const tens = value.charCodeAt(at) - 48, units = value.charCodeAt(at + 1) - 48;
  return tens >= 0 && tens <= 9 && units >= 0 && units <= 9 ? tens * 10 + units : -1;
}

function digitsFrom(value: string, at: number): boolean {
  for (let i = at; i < value.length; i++) if (value.charCodeAt(i) < 48 || value.charCodeAt(i) > 57) return false;
  return true;
}

/**
 * The fields of YYYY[-MM[-DD[THH:MM[:SS[.fff]]]]] (month from 0), read by character codes: a bulk import reads
 * 100k values, and this takes a quarter of the time of a regular expression and its match strings.
 */
function localParts(value: string): [number, number, number, number, number, number] {
  const n = value.length;
  const century = twoDigits(value, 0), year = twoDigits(value, 2);
  const parts: [number, number, number, number, number, number] = [century * 100 + year, 0, 1, 0, 0, 0];
  let ok = n >= 4 && century >= 0 && year >= 0;
  if (ok && n > 4) {
    const month = twoDigits(value, 5);
    ok = n >= 7 && value[4] === '-' && month >= 0;
    parts[1] = month - 1;
  }
  if (ok && n > 7) {
    const day = twoDigits(value, 8);
    ok = n >= 10 && value[7] === '-' && day >= 0;
    parts[2] = day;
  }
  if (ok && n > 10) {
    const hour = twoDigits(value, 11), minute = twoDigits(value, 14);
    ok = n >= 16 && value[10] === 'T' && value[13] === ':' && hour >= 0 && minute >= 0;
    parts[3] = hour;
    parts[4] = minute;
  }
  if (ok && n > 16) {
    const second = twoDigits(value, 17);
    ok = n >= 19 && value[16] === ':' && second >= 0;
    parts[5] = second;
  }
  if (ok && n > 19) ok = value[19] === '.' && n > 20 && digitsFrom(value, 20);
  if (!ok) throw new RangeError(`not an ISO 8601 local date: ${value}`);
  return parts;
}

function startOfUnit(date: TZDate, precision: Precision): TZDate {
  switch (precision) {
    case 'minute': return startOfMinute(date);
    case 'hour': return startOfHour(date);
    case 'day': return startOfDay(date);
    case 'week': return startOfWeek(date, { weekStartsOn: 1 });
    case 'month': return startOfMonth(date);
    case 'year': return startOfYear(date);
  }
}

function addUnits(date: TZDate, precision: Precision, n: number): TZDate {
  switch (precision) {
    case 'minute': return addMinutes(date, n);
    case 'hour': return addHours(date, n);
    case 'day': return addDays(date, n);
    case 'week': return addWeeks(date, n);
    case 'month': return addMonths(date, n);
    case 'year': return addYears(date, n);
  }
}

// The hot path (storing and moving 100k entries) works on wall-clock numbers and cached zone offsets:
// a TZDate per conversion costs ~100 µs, this costs ~1 µs. The property tests hold both to the same results.
const formatters = new Map<string, Intl.DateTimeFormat>();
const offsets = new Map<string, number>();
const OFFSET_BUCKET = 15 * 60_000; // zones change offset on quarter hours at the finest

/** The zone's offset from UTC in milliseconds at an instant. */
function offsetMs(zone: string, utcMs: number): number {
  if (zone === 'UTC') return 0;
  const key = `${zone}|${Math.floor(utcMs / OFFSET_BUCKET)}`;
  let off = offsets.get(key);
  if (off === undefined) {
    let f = formatters.get(zone);
    if (!f) {
      f = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
      formatters.set(zone, f);
    }
    const p: Record<string, number> = {};
    for (const part of f.formatToParts(utcMs)) if (part.type !== 'literal') p[part.type] = +part.value;
    const bucketStart = Math.floor(utcMs / OFFSET_BUCKET) * OFFSET_BUCKET;
    const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
    off = Math.round((wall - Math.floor(utcMs / 1000) * 1000) / 60_000) * 60_000;
    if (offsetMsUncached(zone, bucketStart) === off) offsets.set(key, off);
  }
  return off;
}

function offsetMsUncached(zone: string, utcMs: number): number {
  const p: Record<string, number> = {};
  for (const part of formatters.get(zone)!.formatToParts(utcMs)) if (part.type !== 'literal') p[part.type] = +part.value;
  return Math.round((Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - Math.floor(utcMs / 1000) * 1000) / 60_000) * 60_000;
}

/**
 * The instant of a wall-clock time (given as if it were UTC) in a zone. A time the clocks skipped (a midnight in
 * Santiago when summer time starts) is taken forward to the instant they jumped to, as date-fns does.
 */
function wallToInstant(wallMs: number, zone: string): number {
  const guess = wallMs - offsetMs(zone, wallMs);
  const t = wallMs - offsetMs(zone, guess);
  const check = wallMs - offsetMs(zone, t);
  return check === t ? t : Math.max(t, check);
}

/** Wall-clock start of the unit holding a wall-clock time, and the start of the next unit. */
function wallUnit(wallMs: number, precision: Precision): [number, number] {
  const d = new Date(wallMs);
  return unitOfParts([d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes()], precision);
}

/** A wall-clock time as if UTC, with months, days and hours past their range carried over, and years 0–99 taken literally. */
function calendarWall(y: number, mo: number, d: number, h = 0, mi = 0): number {
  if (y >= 100) return Date.UTC(y, mo, d, h, mi); // the common case, without allocating a Date
  const date = new Date(0);
  date.setUTCFullYear(y, mo, d);
  date.setUTCHours(h, mi, 0, 0);
  return date.getTime();
}

/** The instants an uncertain date covers: the whole stated unit (a day-precise date covers its day). */
export function rangeOf(date: UncertainDate): TimeRange {
  const zone = isValidZone(date.zone) ? date.zone : 'UTC';
  const [lo, hi] = unitOfParts(localParts(date.value), date.precision);
  return { startMs: wallToInstant(lo, zone), endMs: wallToInstant(hi, zone) };
}

/** The unit's wall-clock bounds for a value in parts, by arithmetic alone: a bulk import calls it for every row. */
function unitOfParts([y, mo, d, h, mi]: number[], precision: Precision): [number, number] {
  switch (precision) {
    case 'minute': { const lo = calendarWall(y, mo, d, h, mi); return [lo, lo + MINUTE_MS]; }
    case 'hour': { const lo = calendarWall(y, mo, d, h); return [lo, lo + HOUR_MS]; }
    case 'day': { const lo = calendarWall(y, mo, d); return [lo, lo + DAY_MS]; }
    case 'week': {
      const day = calendarWall(y, mo, d);
      const sinceMonday = (((Math.floor(day / DAY_MS) + 3) % 7) + 7) % 7; // 1970-01-01 was a Thursday
      return [day - sinceMonday * DAY_MS, day + (7 - sinceMonday) * DAY_MS];
    }
    case 'month': return [calendarWall(y, mo, 1), calendarWall(y, mo + 1, 1)];
    case 'year': return [calendarWall(y, 0, 1), calendarWall(y + 1, 0, 1)];
  }
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
  const [lo] = wallUnit(ms + offsetMs(z, ms), precision);
  const iso = new Date(lo).toISOString(); // the wall clock, read as if UTC
  const length = precision === 'year' ? 4 : precision === 'month' ? 7 : precision === 'day' || precision === 'week' ? 10 : 16;
  return { value: iso.slice(0, length), precision, approximate, zone: z };
}

/** Rounds an instant to the nearest unit boundary of a precision, in a zone (drag snapping). */
export function snapInstant(ms: number, precision: Precision, zone: string): number {
  const z = isValidZone(zone) ? zone : 'UTC';
  const [lo, hi] = wallUnit(ms + offsetMs(z, ms), precision).map((wall) => wallToInstant(wall, z));
  return ms - lo < hi - ms ? lo : hi;
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

const isFine = (p: Precision) => p === 'minute' || p === 'hour';

/**
 * The wall-clock date a reader sees: times in the display zone; coarse dates in their own zone
 * ("8 May" in Jerusalem is still 8 May to a reader in New York).
 */
function shownDate(date: UncertainDate, displayZone?: string): TZDate {
  const zone = displayZone && isValidZone(displayZone) ? displayZone : date.zone;
  return isFine(date.precision) ? new TZDate(rangeOf(date).startMs, zone) : startOfUnit(localDate(date.value, date.zone), date.precision);
}

/** A human reading of an uncertain date in a display zone ("c. May 2025", "8 May 2025, 18:30"). */
export function formatUncertain(date: UncertainDate, displayZone?: string): string {
  const text = format(shownDate(date, displayZone), DISPLAY_PATTERN[date.precision]);
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

/**
 * Unit boundaries in [fromMs, toMs) for a time axis, aligned in a zone to multiples of `step`
 * (every 15 minutes, every 6 hours, every 3 months, every 10 years); weeks and days step by one.
 * Wall-clock arithmetic and cached offsets: a TZDate per boundary made a zoom frame that needed a new tick level
 * spend ~10 ms on a few hundred days.
 */
export function unitBoundaries(fromMs: number, toMs: number, unit: Precision, step: number, zone: string, max = 2000): number[] {
  const z = isValidZone(zone) ? zone : 'UTC';
  const first = new Date(wallUnit(fromMs + offsetMs(z, fromMs), unit)[0]);
  const d = first.getUTCDate();
  let [y, mo, h, mi] = [first.getUTCFullYear(), first.getUTCMonth(), first.getUTCHours(), first.getUTCMinutes()];
  if (step > 1) {
    if (unit === 'minute') mi = Math.floor(mi / step) * step;
    else if (unit === 'hour') h = Math.floor(h / step) * step;
    else if (unit === 'month') mo = Math.floor(mo / step) * step;
    else if (unit === 'year') y = Math.floor(y / step) * step;
  }
  const out: number[] = [];
  if (unit === 'minute' || unit === 'hour') {
    // Minutes and hours step in elapsed time, evenly across a clock change.
    const strideMs = step * (unit === 'minute' ? MINUTE_MS : HOUR_MS);
    for (let t = wallToInstant(calendarWall(y, mo, d, h, mi), z); t < toMs && out.length < max; t += strideMs) out.push(t);
    return out;
  }
  // Days and longer step on the calendar: each boundary is a local midnight.
  for (let i = 0; out.length < max; i++) {
    const t = wallToInstant(unit === 'day' ? calendarWall(y, mo, d + i) : unit === 'week' ? calendarWall(y, mo, d + 7 * i)
      : unit === 'month' ? calendarWall(y, mo + step * i, 1) : calendarWall(y + step * i, 0, 1), z);
    if (t >= toMs) break;
    out.push(t);
  }
  return out;
}

/** An instant formatted with a date-fns pattern in a zone and a locale (axis labels, tooltips). */
export function formatInstant(ms: number, pattern: string, zone: string, locale?: Locale): string {
  return format(new TZDate(ms, isValidZone(zone) ? zone : 'UTC'), pattern, { locale });
}

/** Moves an uncertain date by whole units of its own precision (a keyboard nudge: one day, one hour…). */
export function stepUncertain(date: UncertainDate, units: number): UncertainDate {
  const start = addUnits(startOfUnit(localDate(date.value, date.zone), date.precision), date.precision, units);
  return fromInstant(start.getTime(), date.precision, date.zone, date.approximate);
}

/** The end date whose unit closes at (or just after) an instant: where a resized bar's end lands. */
export function endAtInstant(ms: number, like: UncertainDate): UncertainDate {
  const snapped = snapInstant(ms, like.precision, like.zone);
  return fromInstant(snapped - 1, like.precision, like.zone, like.approximate);
}

const PRECISION_WORD: Record<Precision, string> = {
  minute: 'to the minute', hour: 'to the hour', day: 'to the day', week: 'to the week', month: 'to the month', year: 'to the year',
};

/** How exact a date is, in words ("to the day", "to the month, approximate"), for tables that show it beside the date. */
export function precisionLabel(date: UncertainDate): string {
  return PRECISION_WORD[date.precision] + (date.approximate ? ', approximate' : '');
}

const LOOSE_ISO = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?)?)?)?$/;
const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Reads a date as a spreadsheet or a person writes it: ISO 8601 ("2025-05-08", "2025-05-08 18:30") or
 * Parley's own display form ("c. May 2025", "8 May 2025, 18:30"). The precision follows what was written
 * unless one is given. Returns null when the text is not a date.
 */
export function parseUncertain(text: string, zone: string, precision?: Precision): UncertainDate | null {
  let t = text.trim();
  const circa = /^(?:c\.|ca\.|circa|~)\s*/i.exec(t);
  if (circa) t = t.slice(circa[0].length);
  let parts: number[] | null = null;
  let found: Precision | null = null;
  const iso = LOOSE_ISO.exec(t);
  if (iso) {
    parts = iso.slice(1).map((x) => (x === undefined ? NaN : Number(x)));
    found = iso[5] ? 'minute' : iso[3] ? 'day' : iso[2] ? 'month' : 'year';
  } else {
    for (const p of ['minute', 'hour', 'week', 'day', 'month', 'year'] as const) {
      const d = parse(t, DISPLAY_PATTERN[p], new Date(2000, 0, 1));
      if (isValid(d)) { parts = [d.getFullYear(), d.getMonth() + 1, d.getDate(), d.getHours(), d.getMinutes()]; found = p; break; }
    }
  }
  if (!parts || !found) return null;
  const [y, mo = 1, d = 1, h = 0, mi = 0] = parts.map((n, i) => (Number.isNaN(n) ? [0, 1, 1, 0, 0][i] : n));
  const check = new Date(Date.UTC(y, mo - 1, d, h, mi));
  if (check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d || h > 23 || mi > 59) return null;
  const value = found === 'year' ? `${y}` : found === 'month' ? `${y}-${pad(mo)}`
    : found === 'day' || found === 'week' ? `${y}-${pad(mo)}-${pad(d)}` : `${y}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}`;
  return { value, precision: precision ?? found, approximate: !!circa, zone: isValidZone(zone) ? zone : 'UTC' };
}

/** The calendar fields a date states, read as formatUncertain reads it (fine dates in the display zone). */
export function dateParts(date: UncertainDate, displayZone?: string): { year: number; month?: number; day?: number; hour?: number; minute?: number } {
  const d = shownDate(date, displayZone);
  const out: ReturnType<typeof dateParts> = { year: d.getFullYear() };
  if (date.precision === 'year') return out;
  out.month = d.getMonth() + 1;
  if (date.precision === 'month') return out;
  out.day = d.getDate();
  if (!isFine(date.precision)) return out;
  out.hour = d.getHours();
  if (date.precision === 'minute') out.minute = d.getMinutes();
  return out;
}
