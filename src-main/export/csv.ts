// CSV export: one row per event or statement, with dates both readable and exact (ISO value, precision,
// zone) so a spreadsheet shows them and an import reads them back without loss.
import type { EntryFilter } from '../../shared/api/entities';
import { formatUncertain, isoInZone } from '../../shared/dates';
import type { UncertainDate } from '../../shared/model';
import type { ProjectStore } from '../store/project-store';
import { toCsv } from './csv-text';
import { loadEntries, participantsText } from './entries';

export const CSV_COLUMNS = [
  'kind', 'id', 'date', 'start', 'start_precision', 'start_approximate', 'start_zone', 'end', 'end_precision',
  'end_approximate', 'end_zone', 'starts_at', 'ends_at', 'type', 'title', 'text', 'speaker', 'participants', 'audience',
  'direct', 'hedged', 'outlets', 'location', 'event_id', 'tags', 'sources',
] as const;

const yesNo = (b: boolean) => (b ? 'yes' : 'no');
const dateCells = (d: UncertainDate | null | undefined) => (d ? [d.value, d.precision, yesNo(d.approximate), d.zone] : ['', '', '', '']);

export function exportCsvRows(store: ProjectStore, filter: EntryFilter = {}): string[][] {
  const data = loadEntries(store, filter);
  const names = (ids: string[]) => ids.map(data.actorName).join('; ');
  const instant = (ms: number | null) => (ms === null ? '' : isoInZone(ms, data.zone));
  const sources = (id: string) => data.sourcesOf(id).map((s) => [data.actorName(s.outletId), s.title].filter(Boolean).join(': ')).join('; ');
  const rows = data.entries.map((entry): string[] => {
    if (entry.kind === 'event') {
      const e = entry.event;
      const date = formatUncertain(e.start, data.zone) + (e.end ? ` – ${formatUncertain(e.end, data.zone)}` : '');
      return ['event', e.id, date, ...dateCells(e.start), ...dateCells(e.end), instant(e.startMs), instant(e.endMs), e.type, e.title,
        e.description, '', participantsText(e.participants, data.actorName), '', '', '', '', e.location, '', e.tags.join('; '), sources(e.id)];
    }
    const s = entry.statement;
    return ['statement', s.id, s.date ? formatUncertain(s.date, data.zone) : '', ...dateCells(s.date), ...dateCells(null),
      instant(s.startMs), instant(s.endMs), 'statement', '', s.text, data.actorName(s.speakerId), '', names(s.audienceIds),
      yesNo(s.direct), yesNo(s.hedged), names(s.outletIds), '', s.eventId ?? '', s.tags.join('; '), sources(s.id)];
  });
  return [[...CSV_COLUMNS], ...rows];
}

export function exportCsv(store: ProjectStore, filter: EntryFilter = {}, options: { bom?: boolean } = {}): { text: string; rows: number } {
  const rows = exportCsvRows(store, filter);
  return { text: toCsv(rows, options), rows: rows.length - 1 };
}
