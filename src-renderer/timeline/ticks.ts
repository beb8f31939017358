// Axis ticks: the finest calendar step whose labels still fit, from minutes to decades, in the display zone.
// Boundaries and labels are cached: zooming and panning mostly ask again for ticks they already had.
import type { Locale } from 'date-fns';
import { formatInstant, unitBoundaries, type Precision } from '../../shared/dates';
import { endMsOf, xOf, type TimeScale } from './scale';

interface TickLevel { unit: Precision; step: number; approxMs: number; label: string; major: Precision | null; majorLabel: string }

const MIN = 60_000, HOUR = 60 * MIN, DAY = 24 * HOUR, MONTH = 30.44 * DAY, YEAR = 365.25 * DAY;
// Localised date-fns tokens (p, PP, LLL…) keep the order and words right in every locale.
const LEVELS: TickLevel[] = [
  ...[1, 5, 15, 30].map((step) => ({ unit: 'minute' as const, step, approxMs: step * MIN, label: 'p', major: 'day' as const, majorLabel: 'EEEE PP' })),
  ...[1, 3, 6, 12].map((step) => ({ unit: 'hour' as const, step, approxMs: step * HOUR, label: 'p', major: 'day' as const, majorLabel: 'EEEE PP' })),
  { unit: 'day', step: 1, approxMs: DAY, label: 'EEEEEE d', major: 'month', majorLabel: 'LLLL yyyy' },
  { unit: 'week', step: 1, approxMs: 7 * DAY, label: 'd MMM', major: 'month', majorLabel: 'LLLL yyyy' },
  ...[1, 3, 6].map((step) => ({ unit: 'month' as const, step, approxMs: step * MONTH, label: 'LLL', major: 'year' as const, majorLabel: 'yyyy' })),
  ...[1, 2, 5, 10, 20, 50, 100].map((step) => ({ unit: 'year' as const, step, approxMs: step * YEAR, label: 'yyyy', major: null, majorLabel: '' })),
];

/** A tick at `ms`, `x` px from the scale's left edge. A pinned major tick is at most `maxWidth` wide (up to the next one). */
export interface Tick { ms: number; x: number; label: string; maxWidth?: number }
export interface Ticks { unit: Precision; step: number; minor: Tick[]; major: Tick[] }
/** Ticks of a time range, not yet placed on a scale. */
export interface TickMarks { unit: Precision; step: number; minor: { ms: number; label: string }[]; major: { ms: number; label: string }[] }

/** The level whose step is at least `minPx` wide at this zoom. */
export function tickLevel(msPerPx: number, minPx = 64): TickLevel {
  return LEVELS.find((l) => l.approxMs / msPerPx >= minPx) ?? LEVELS[LEVELS.length - 1];
}

const CACHE_MAX = 4000;
const labels = new Map<string, string>();
const localeKey = new WeakMap<Locale, string>();
let localeSeq = 0;

function label(ms: number, pattern: string, zone: string, locale?: Locale): string {
  let lk = locale ? localeKey.get(locale) : '-';
  if (lk === undefined && locale) localeKey.set(locale, (lk = `l${localeSeq++}`));
  const key = `${lk}|${zone}|${pattern}|${ms}`;
  let text = labels.get(key);
  if (text === undefined) {
    if (labels.size > CACHE_MAX) labels.clear();
    text = formatInstant(ms, pattern, zone, locale);
    labels.set(key, text);
  }
  return text;
}

/** Per unit, step and zone: boundaries computed for a range, reused for any range inside it. */
const boundaryCache = new Map<string, { fromMs: number; toMs: number; list: number[] }>();

function lowerBound(list: number[], ms: number): number {
  let lo = 0, hi = list.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (list[mid] < ms) lo = mid + 1; else hi = mid; }
  return lo;
}

/** unitBoundaries, from a cache: the start of the unit holding `fromMs`, then every boundary before `toMs`. */
export function boundaries(fromMs: number, toMs: number, unit: Precision, step: number, zone: string): number[] {
  const key = `${unit}|${step}|${zone}`;
  const hit = boundaryCache.get(key);
  if (hit && hit.fromMs <= fromMs && hit.toMs >= toMs && hit.list.length && hit.list[0] <= fromMs) {
    // The last boundary at or before fromMs starts the unit holding it.
    const i = lowerBound(hit.list, fromMs);
    const first = hit.list[i] === fromMs ? i : i - 1;
    const last = lowerBound(hit.list, toMs);
    return hit.list.slice(Math.max(0, first), last);
  }
  const span = toMs - fromMs;
  const wideFrom = fromMs - span, wideTo = toMs + span;
  const list = unitBoundaries(wideFrom, wideTo, unit, step, zone, 6000);
  if (list.length < 6000) {
    if (boundaryCache.size > 64) boundaryCache.clear();
    boundaryCache.set(key, { fromMs: wideFrom, toMs: wideTo, list });
    return boundaries(fromMs, toMs, unit, step, zone);
  }
  return unitBoundaries(fromMs, toMs, unit, step, zone);
}

/** Labelled minor and major boundaries of [fromMs, toMs) at a zoom. */
export function tickMarks(fromMs: number, toMs: number, msPerPx: number, zone: string, locale?: Locale, minPx = 64): TickMarks {
  const level = tickLevel(msPerPx, minPx);
  const minor = boundaries(fromMs, toMs, level.unit, level.step, zone).map((ms) => ({ ms, label: label(ms, level.label, zone, locale) }));
  const major = level.major ? boundaries(fromMs, toMs, level.major, 1, zone).map((ms) => ({ ms, label: label(ms, level.majorLabel, zone, locale) })) : [];
  return { unit: level.unit, step: level.step, minor, major };
}

/**
 * The major tick to pin at the left edge (the context of what is on screen), or null: the last major
 * boundary at or before the edge, as wide as the room before the next one so the two never overlap.
 */
export function pinnedMajor(major: { ms: number; label: string }[], scale: TimeScale): Tick | null {
  const i = lowerBound(major.map((m) => m.ms), scale.startMs + 1) - 1;
  if (i < 0) return null;
  const next = major[i + 1];
  const maxWidth = next ? xOf(scale, next.ms) : Infinity;
  return { ms: major[i].ms, x: 0, label: major[i].label, maxWidth };
}

export function ticksFor(scale: TimeScale, zone: string, locale?: Locale, minPx = 64): Ticks {
  const from = scale.startMs, to = endMsOf(scale);
  const marks = tickMarks(from, to, scale.msPerPx, zone, locale, minPx);
  const place = (m: { ms: number; label: string }): Tick => ({ ms: m.ms, x: xOf(scale, m.ms), label: m.label });
  const minor = marks.minor.map(place);
  // The major row names the context (the day above hours, the month above days); the first one is
  // pinned at the left edge so the context is always visible, clipped where the next one starts.
  const major = marks.major.map(place);
  if (major[0] && major[0].x < 0) major[0] = pinnedMajor(marks.major, scale) ?? major[0];
  return { unit: marks.unit, step: marks.step, minor, major };
}

/** The precision a new entry gets when created at this zoom: as fine as the user can point. */
export function precisionForZoom(msPerPx: number): Precision {
  if (HOUR / msPerPx >= 120) return 'minute';
  if (DAY / msPerPx >= 240) return 'hour';
  return 'day';
}
