// The whole print: timeline pages (the first under the header), then the table and the sources.
import { useMemo } from 'react';
import type { PrintData } from './data';
import { EntryTable, SourceList } from './EntryTable';
import { Header } from './Header';
import { markLabel } from './labels';
import { NO_ACTOR, laneOrder } from './lanes';
import { MARGIN_MM, contentBox, layoutSheets, type LayoutEntry } from './layout';
import { Legend } from './Legend';
import { TimelineSheet } from './TimelineSheet';

/** The paper, margins and page numbers, as CSS the printer honours (preferCSSPageSize). */
function PageStyle({ data }: { data: PrintData }) {
  const { page, orientation } = data.options;
  const m = MARGIN_MM;
  const css = `@page { size: ${page} ${orientation}; margin: ${m.top}mm ${m.side}mm ${m.bottom}mm;
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 7.5pt "Parley Sans"; color: #555; }
  @bottom-left { content: "Parley"; font: 7.5pt "Parley Sans"; color: #999; } }`;
  return <style>{css}</style>;
}

export function PrintDocument({ data }: { data: PrintData }) {
  const { page, orientation } = data.options;
  const box = contentBox(page, orientation);
  const entryOf = useMemo(() => new Map(data.entries.map((e) => [e.id, e])), [data]);
  const sheets = useMemo(() => {
    const dated = data.entries.filter((e) => e.startMs !== null);
    const used = new Set(dated.flatMap((e) => (e.actorIds.length ? e.actorIds : [NO_ACTOR])));
    // A statement is a dot at its instant, so its label goes beside the dot, never across the day it covers.
    const entries: LayoutEntry[] = dated.map((e) => ({
      no: e.no, id: e.id, startMs: e.startMs!, endMs: e.kind === 'statement' ? e.startMs! : e.endMs ?? e.startMs!, hasEnd: e.kind === 'event' && !!e.event.end,
      laneKeys: e.actorIds.length ? [...new Set(e.actorIds)] : [NO_ACTOR], label: markLabel(e),
    }));
    const landscape = orientation === 'landscape';
    return layoutSheets({ entries, lanes: laneOrder(data.actors, used), box, labelColumn: landscape ? 170 : 130, perWindow: landscape ? 34 : 20 });
  }, [data, box.width, box.height, orientation]);
  return (
    <>
      <PageStyle data={data} />
      {sheets.map((sheet, i) => <TimelineSheet key={i} sheet={sheet} data={data} entryOf={entryOf} box={box} header={i === 0 ? <Header data={data} /> : undefined} />)}
      {sheets.length === 0 && (
        <section className="sheet"><Header data={data} /><p className="empty">Nothing dated to draw on a timeline.</p><Legend width={box.width} /></section>
      )}
      <EntryTable data={data} />
      <SourceList data={data} />
    </>
  );
}
