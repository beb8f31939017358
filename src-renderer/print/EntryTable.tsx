// The chronological table of every printed entry, with numbered citations, and the list of those sources.
// A row is a few inline elements and line breaks, each part one text node: a thousand rows are most of
// what the printer lays out, so every box and text run a row saves counts.
import { Fragment, type ReactNode } from 'react';
import { formatUncertain, fromInstant, precisionLabel } from '../../shared/dates';
import type { UncertainDate } from '../../shared/model';
import type { PrintData, PrintEntry } from './data';
import { hasRtl } from './drawing';
import { actorName, kindClass, kindLabel } from './labels';

const MAX_DESCRIPTION = 600;

/** A name with words around it, as one text run; a name that reads right to left is isolated so the words keep their places. */
const named = (before: string, name: string, after = ''): ReactNode => (hasRtl(name) ? <>{before}<bdi>{name}</bdi>{after}</> : `${before}${name}${after}`);

/** Parts of a cell, one to a line (a <small> note is a block of its own: smaller type, a shorter line). */
const lines = (parts: ReactNode[]) => parts.map((part, i) => <Fragment key={i}>{i > 0 && <br />}{part}</Fragment>);

/** Dates as a reader sees them, each formatted once: entries share days, and a zoned date is the costliest part of a row. */
const shownDates = new Map<string, string>();
function shownDate(date: UncertainDate, zone: string): string {
  const key = `${date.value} ${date.precision} ${date.approximate} ${date.zone} ${zone}`;
  let text = shownDates.get(key);
  if (text === undefined) shownDates.set(key, text = formatUncertain(date, zone));
  return text;
}

function when(date: UncertainDate | null, zone: string, end?: UncertainDate | null): ReactNode {
  if (!date) return 'Undated';
  const shown = end ? `${shownDate(date, zone)} – ${shownDate(end, zone)}` : shownDate(date, zone);
  return <>{shown}<small>{precisionLabel(date)}</small></>;
}

function Row({ entry, data }: { entry: PrintEntry; data: PrintData }) {
  const zone = data.settings.displayZone;
  const name = (id: string | null) => actorName(data, id);
  const cited = entry.sourceNos.map((n) => data.sources[n - 1].source);
  let date: ReactNode, actors: ReactNode[], text: ReactNode[], note: string, outlets: string;
  if (entry.kind === 'event') {
    const e = entry.event;
    date = when(e.start, zone, e.end);
    actors = e.participants.map((p) => named('', name(p.actorId), p.role !== 'party' ? ` (${p.role})` : ''));
    const description = e.description.length > MAX_DESCRIPTION ? `${e.description.slice(0, MAX_DESCRIPTION - 1)}…` : e.description;
    text = description ? [<strong>{e.title}</strong>, description] : [<strong>{e.title}</strong>];
    note = e.location;
    outlets = [...new Set(cited.map((s) => name(s.outletId)).filter(Boolean))].join(', ');
  } else {
    const s = entry.statement;
    date = when(s.date, zone);
    actors = [named('', name(s.speakerId) || 'Unattributed')];
    if (s.audienceIds.length) actors.push(named('to ', s.audienceIds.map(name).join(', ')));
    text = [s.direct ? `“${s.text}”` : s.text];
    note = s.hedged ? 'reportedly' : '';
    outlets = s.outletIds.map(name).join(', ');
  }
  // dir="auto" cells (print.css: unicode-bidi: plaintext) set each line's direction from its own first letter.
  return (
    <tr className={kindClass(entry)}>
      <td className="no">{entry.no}</td>
      <td>{date}</td>
      <td className="kind">{kindLabel(entry)}</td>
      <td>{lines(actors)}</td>
      <td dir="auto">{lines(text)}{note && <small>{note}</small>}</td>
      <td dir="auto">{outlets}</td>
      <td>{entry.sourceNos.map((n) => `[${n}]`).join(' ')}</td>
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
