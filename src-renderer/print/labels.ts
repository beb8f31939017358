// The words the print uses for entries, shared by the timeline sheets and the table.
import { formatUncertain, fromInstant, type Precision } from '../../shared/dates';
import { EVENT_TYPE_LABEL } from '../components/format';
import type { PrintData, PrintEntry } from './data';

export const kindLabel = (e: PrintEntry) => (e.kind === 'event' ? EVENT_TYPE_LABEL[e.event.type] : 'Statement');
export const kindClass = (e: PrintEntry) => (e.kind === 'event' ? e.event.type : 'statement');

export const actorName = (data: PrintData, id: string | null) => (id ? data.actors.get(id)?.name ?? 'Unknown actor' : '');

/** What a mark on the timeline says: an event's title; a statement's words, quoted when they are a direct quote. */
export function markLabel(e: PrintEntry): string {
  if (e.kind === 'event') return e.event.title;
  return e.statement.direct ? `“${e.statement.text}”` : e.statement.text;
}

/** An instant as a date for headings, precise enough for the span shown (a day, or a minute within a day or two). */
export function instantLabel(ms: number, zone: string, spanMs: number): string {
  const precision: Precision = spanMs < 2 * 86_400_000 ? 'minute' : 'day';
  return formatUncertain(fromInstant(ms, precision, zone), zone);
}

export function rangeLabel(range: { startMs: number; endMs: number }, zone: string): string {
  const span = range.endMs - range.startMs;
  return `${instantLabel(range.startMs, zone, span)} – ${instantLabel(range.endMs - 1, zone, span)}`;
}

/** The filters a print applies, in words, or null for the whole project. */
export function filterSummary(data: PrintData): string | null {
  const f = data.options.filter;
  const parts: string[] = [];
  const names = (ids: string[]) => ids.map((id) => actorName(data, id)).join(', ');
  if (f.actorIds?.length) parts.push(`actors: ${names(f.actorIds)}`);
  if (f.types?.length) parts.push(`types: ${f.types.map((t) => (t === 'statement' ? 'Statement' : EVENT_TYPE_LABEL[t])).join(', ')}`);
  if (f.outletIds?.length) parts.push(`outlets: ${names(f.outletIds)}`);
  if (f.tags?.length) parts.push(`tags: ${f.tags.join(', ')}`);
  if (f.text) parts.push(`text: “${f.text}”`);
  if (f.fromMs !== undefined || f.toMs !== undefined) {
    const z = data.settings.displayZone;
    parts.push(`dates: ${f.fromMs !== undefined ? instantLabel(f.fromMs, z, Infinity) : 'the start'} to ${f.toMs !== undefined ? instantLabel(f.toMs - 1, z, Infinity) : 'the end'}`);
  }
  return parts.length ? parts.join(' · ') : null;
}
