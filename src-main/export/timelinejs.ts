// TimelineJS3 JSON (https://timeline.knightlab.com/docs/json-format.html), the format journalists publish
// with. TimelineJS renders headline and text as HTML, so every value is escaped here.
import type { EntryFilter } from '../../shared/api/entities';
import { dateParts, formatUncertain } from '../../shared/dates';
import type { UncertainDate } from '../../shared/model';
import type { ProjectStore } from '../store/project-store';
import { loadEntries, participantsText } from './entries';

const GROUP = { talks: 'Talks', cabinet_meeting: 'Cabinet meetings', visit: 'Visits', other: 'Other events' } as const;

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": '#39' }[c]};`);
}

interface TimelineDate { year: number; month?: number; day?: number; hour?: number; minute?: number; display_date: string }
export interface TimelineJsSlide {
  start_date: TimelineDate;
  end_date?: TimelineDate;
  text: { headline: string; text: string };
  group: string;
  unique_id: string;
}
export interface TimelineJs { title: { text: { headline: string; text: string } }; events: TimelineJsSlide[] }

const when = (d: UncertainDate, zone: string): TimelineDate => ({ ...dateParts(d, zone), display_date: formatUncertain(d, zone) });
const paragraph = (text: string) => (text ? `<p>${escapeHtml(text)}</p>` : '');

export function exportTimelineJs(store: ProjectStore, filter: EntryFilter = {}): TimelineJs {
  const data = loadEntries(store, filter);
  const names = (ids: string[]) => ids.map(data.actorName).join(', ');
  const events: TimelineJsSlide[] = [];
  for (const entry of data.entries) {
    if (entry.kind === 'event') {
      const e = entry.event;
      const who = participantsText(e.participants, data.actorName);
      events.push({
        start_date: when(e.start, data.zone), ...(e.end ? { end_date: when(e.end, data.zone) } : {}),
        text: { headline: escapeHtml(e.title), text: paragraph(e.description) + paragraph([who, e.location].filter(Boolean).join(' · ')) },
        group: GROUP[e.type], unique_id: e.id,
      });
    } else {
      const s = entry.statement;
      if (!s.date) continue; // TimelineJS needs a start date; undated statements stay in the CSV and JSON.
      const speaker = data.actorName(s.speakerId) || 'Unattributed';
      const said = s.direct ? `“${s.text}”` : s.text;
      const outlets = names(s.outletIds);
      events.push({
        start_date: when(s.date, data.zone),
        text: { headline: escapeHtml(speaker + (s.hedged ? ' (reportedly)' : '')), text: paragraph(said) + paragraph(outlets ? `Reported by ${outlets}` : '') },
        group: 'Statements', unique_id: s.id,
      });
    }
  }
  return { title: { text: { headline: escapeHtml(data.title), text: paragraph(`${events.length} events and statements, exported from Parley`) } }, events };
}
