import { formatUncertain, fromInstant } from '../../shared/dates';
import type { PrintData } from './data';
import { filterSummary, rangeLabel } from './labels';

/** The first page's heading: the project, the dates covered and the filters applied. */
export function Header({ data }: { data: PrintData }) {
  const zone = data.settings.displayZone;
  const events = data.entries.filter((e) => e.kind === 'event').length;
  const filters = filterSummary(data);
  return (
    <header className="print-header">
      <h1 dir="auto">{data.settings.title}</h1>
      <p className="meta">
        {events} events and {data.entries.length - events} statements
        {data.extent && <> · {rangeLabel(data.extent, zone)}</>}
        {' '}· times in {zone} · printed {formatUncertain(fromInstant(Date.now(), 'day', zone), zone)}
      </p>
      <p className="filters"><bdi>{filters ? `Filters: ${filters}` : 'The whole project, no filters.'}</bdi></p>
    </header>
  );
}
