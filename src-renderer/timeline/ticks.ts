// Axis ticks: the finest calendar step whose labels still fit, from minutes to decades, in the display zone.
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

export interface Tick { ms: number; x: number; label: string }
export interface Ticks { unit: Precision; step: number; minor: Tick[]; major: Tick[] }

/** The level whose step is at least `minPx` wide at this zoom. */
export function tickLevel(msPerPx: number, minPx = 64): TickLevel {
  return LEVELS.find((l) => l.approxMs / msPerPx >= minPx) ?? LEVELS[LEVELS.length - 1];
}

export function ticksFor(scale: TimeScale, zone: string, locale?: Locale, minPx = 64): Ticks {
  const level = tickLevel(scale.msPerPx, minPx);
  const from = scale.startMs, to = endMsOf(scale);
  const tick = (ms: number, pattern: string): Tick => ({ ms, x: xOf(scale, ms), label: formatInstant(ms, pattern, zone, locale) });
  const minor = unitBoundaries(from, to, level.unit, level.step, zone).map((ms) => tick(ms, level.label));
  // The major row names the context (the day above hours, the month above days); the first one is
  // pinned at the left edge so the context is always visible.
  const major = level.major ? unitBoundaries(from, to, level.major, 1, zone).map((ms) => tick(ms, level.majorLabel)) : [];
  if (major[0] && major[0].x < 0) major[0] = { ...major[0], x: 0 };
  return { unit: level.unit, step: level.step, minor, major };
}

/** The precision a new entry gets when created at this zoom: as fine as the user can point. */
export function precisionForZoom(msPerPx: number): Precision {
  if (HOUR / msPerPx >= 120) return 'minute';
  if (DAY / msPerPx >= 240) return 'hour';
  return 'day';
}
