// The extraction's dates as the uncertain dates Parley stores. A date alone is a local date in the
// article's zone; a date-time carries its offset and becomes the zone's wall clock at that instant.
import { fromInstant, rangeOf, type Precision } from '../../shared/dates';
import type { ExtractedEvent, ExtractedStatement } from '../../shared/extraction';
import type { UncertainDate } from '../../shared/model';

export function uncertainFromExtracted(iso: string, precision: Precision, approximate: boolean, zone: string): UncertainDate {
  if (iso.includes('T')) return fromInstant(Date.parse(iso), precision, zone, approximate);
  const dayStart = rangeOf({ value: iso, precision: 'day', approximate, zone }).startMs;
  const coarse = precision === 'minute' || precision === 'hour' ? 'day' : precision;
  return fromInstant(dayStart, coarse, zone, approximate);
}

/** What the article says nothing more precise about happened around its publication day. */
function aroundPublication(publishedMs: number, zone: string): UncertainDate {
  return fromInstant(publishedMs, 'day', zone, true);
}

export function eventDates(e: ExtractedEvent, zone: string, publishedMs: number): { start: UncertainDate; end: UncertainDate | null } {
  if (!e.start) return { start: aroundPublication(publishedMs, zone), end: null };
  const precision = e.precision ?? 'day';
  const start = uncertainFromExtracted(e.start, precision, e.approximate, zone);
  const end = e.end ? uncertainFromExtracted(e.end, precision, e.approximate, zone) : null;
  // An end inside the start's own unit (8 May–8 May, or the days of "next week") adds nothing.
  const endsLater = end && rangeOf(end).endMs > rangeOf(start).endMs;
  return { start, end: endsLater ? end : null };
}

export function statementDate(s: ExtractedStatement, zone: string, publishedMs: number): UncertainDate {
  if (!s.date) return aroundPublication(publishedMs, zone);
  return uncertainFromExtracted(s.date, s.date.includes('T') ? 'minute' : 'day', s.approximate, zone);
}
