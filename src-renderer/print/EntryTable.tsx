// The chronological table of every printed entry, with numbered citations, and the list of those sources.
import type { ReactNode } from 'react';
import { formatUncertain, fromInstant, precisionLabel } from '../../shared/dates';
import type { UncertainDate } from '../../shared/model';
import type { PrintData, PrintEntry } from './data';
import { actorName, kindClass, kindLabel } from './labels';

const MAX_DESCRIPTION = 600;

function When({ date, end, zone }: { date: UncertainDate | null; end?: UncertainDate | null; zone: string }) {
  if (!date) return <>Undated</>;
  return (
    <>
      {formatUncertain(date, zone)}{end && <> – {formatUncertain(end, zone)}</>}
      <small>{precisionLabel(date)}</small>
    </>
  );
}

function Row({ entry, data }: { entry: PrintEntry; data: PrintData }) {
  const zone = data.settings.displayZone;
  const name = (id: string | null) => actorName(data, id);
  const cited = entry.sourceNos.map((n) => data.sources[n - 1].source);
  let actors: ReactNode, text: ReactNode, outlets: string;
  if (entry.kind === 'event') {
    const e = entry.event;
    // One actor a line, each isolated, so Arabic and Hebrew names beside Latin ones keep their own order.
    actors = e.participants.map((p) => <span key={p.actorId} className="actor"><bdi>{name(p.actorId)}</bdi>{p.role !== 'party' && ` (${p.role})`}</span>);
    const description = e.description.length > MAX_DESCRIPTION ? `${e.description.slice(0, MAX_DESCRIPTION - 1)}…` : e.description;
    text = <><strong dir="auto">{e.title}</strong>{description && <span dir="auto" className="description">{description}</span>}{e.location && <small>{e.location}</small>}</>;
    outlets = [...new Set(cited.map((s) => name(s.outletId)).filter(Boolean))].join(', ');
  } else {
    const s = entry.statement;
    actors = <><span className="actor"><bdi>{name(s.speakerId) || 'Unattributed'}</bdi></span>
      {s.audienceIds.length > 0 && <span className="actor">to <bdi>{s.audienceIds.map(name).join(', ')}</bdi></span>}</>;
    text = <><span dir="auto" className={s.direct ? 'quote' : 'paraphrase'}>{s.direct ? `“${s.text}”` : s.text}</span>{s.hedged && <small>reportedly</small>}</>;
    outlets = s.outletIds.map(name).join(', ');
  }
  const date = entry.kind === 'event' ? <When date={entry.event.start} end={entry.event.end} zone={zone} /> : <When date={entry.statement.date} zone={zone} />;
  return (
    <tr className={kindClass(entry)}>
      <td className="no">{entry.no}</td>
      <td className="date">{date}</td>
      <td className="kind">{kindLabel(entry)}</td>
      <td>{actors}</td>
      <td className="text">{text}</td>
      <td dir="auto">{outlets}</td>
      <td className="cites">{entry.sourceNos.map((n) => `[${n}]`).join(' ')}</td>
    </tr>
  );
}

export function EntryTable({ data }: { data: PrintData }) {
  return (
    <section className="table-section">
      <h2>Events and statements</h2>
      <table className="entries">
        <colgroup><col className="no" /><col className="date" /><col className="kind" /><col className="actors" /><col /><col className="outlets" /><col className="cites" /></colgroup>
        <thead><tr><th>#</th><th>Date</th><th>Type</th><th>Actors</th><th>Quote or summary</th><th>Outlets</th><th>Sources</th></tr></thead>
        <tbody>{data.entries.map((e) => <Row key={e.id} entry={e} data={data} />)}</tbody>
      </table>
    </section>
  );
}

export function SourceList({ data }: { data: PrintData }) {
  if (!data.sources.length) return null;
  const zone = data.settings.displayZone;
  return (
    <section className="sources-section">
      <h2>Sources</h2>
      <ol className="sources">
        {data.sources.map(({ no, source }) => (
          <li key={source.id} value={no}>
            <span className="no">[{no}]</span>{' '}
            {source.outletId && <><bdi className="outlet">{actorName(data, source.outletId)}</bdi>. </>}
            <bdi className="title">{source.title || 'Untitled'}</bdi>
            {source.published && <>. {formatUncertain(fromInstant(Date.parse(source.published), 'day', source.zone), zone)}</>}
            {source.url && <>. <span className="url">{source.url}</span></>}
          </li>
        ))}
      </ol>
    </section>
  );
}
