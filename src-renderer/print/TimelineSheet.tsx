// One page of the timeline: running head, time axis, lanes with their labels, the marks, and the legend.
import type { ReactNode } from 'react';
import { enGB } from 'date-fns/locale';
import { ticksFor } from '../timeline/ticks';
import type { PrintData, PrintEntry } from './data';
import { kindClass, rangeLabel } from './labels';
import { Legend } from './Legend';
import { SHEET, type Box, type PlacedItem, type Sheet } from './layout';

function Mark({ item, entry }: { item: PlacedItem; entry: PrintEntry }) {
  const approximate = entry.kind === 'event' ? entry.event.start.approximate || !!entry.event.end?.approximate : !!entry.statement.date?.approximate;
  const top = SHEET.lanePad / 2 + item.row * SHEET.rowHeight;
  const shape = entry.kind === 'statement' ? 'dot' : 'mark';
  return (
    <>
      <i className={`${shape} ${kindClass(entry)}${approximate ? ' approx' : ''}${item.continued ? ' continued' : ''}`}
        style={{ left: item.x1, top: top + 3, width: shape === 'dot' ? undefined : item.x2 - item.x1 }} />
      <span className={item.inside ? 'label inside' : 'label'} style={{ left: item.labelX, top, width: item.labelWidth }}>
        <b>{item.no}</b>{item.label && <> <bdi>{item.label}</bdi></>}
      </span>
    </>
  );
}

export function TimelineSheet({ sheet, data, box, header }: { sheet: Sheet; data: PrintData; box: Box; header?: ReactNode }) {
  const zone = data.settings.displayZone;
  const byId = new Map(data.entries.map((e) => [e.id, e]));
  const { fromMs, toMs } = sheet.window;
  const scale = { startMs: fromMs, msPerPx: (toMs - fromMs) / sheet.plotWidth, widthPx: sheet.plotWidth };
  const ticks = ticksFor(scale, zone, enGB, 70);
  // Day and month names above narrow steps can be wider than the step: a label that would run into the one before is left out.
  // Unit boundaries start at the unit holding the window's first instant, which may lie left of the plot.
  const minor = ticks.minor.filter((t) => t.x >= 0);
  const room = (t: { label: string }) => t.label.length * SHEET.charWidth * 1.15;
  // The first label is pinned to the left edge; when the next one starts close by, the next one names the page better.
  const pinned = ticks.major.length > 1 && ticks.major[1].x < room(ticks.major[0]) ? ticks.major.slice(1) : ticks.major;
  const major = pinned.filter((t, i, all) => i === 0 || t.x - all[i - 1].x >= room(all[i - 1]));
  const plot = { left: sheet.labelColumn, width: sheet.plotWidth };
  return (
    <section className="sheet timeline-sheet" style={{ height: box.height }}>
      {header}
      <div className="running-head"><bdi>{data.settings.title}</bdi><span>{rangeLabel({ startMs: fromMs, endMs: toMs }, zone)}</span></div>
      <div className="chart" style={{ height: SHEET.axis + sheet.height }}>
        <div className="axis" style={{ ...plot, height: SHEET.axis }}>
          {major.map((t) => <span key={`M${t.ms}`} className="tick major" style={{ left: t.x }}>{t.label}</span>)}
          {minor.map((t) => <span key={t.ms} className="tick minor" style={{ left: t.x }}>{t.label}</span>)}
        </div>
        {sheet.lanes.map(({ lane, top, height }, i) => i % 2 ? <i key={lane.key} className="band" style={{ top: SHEET.axis + top, height }} /> : null)}
        <div className="plot" style={{ ...plot, top: SHEET.axis, height: sheet.height }}>
          {minor.map((t) => <i key={t.ms} className="grid" style={{ left: t.x }} />)}
        </div>
        {sheet.lanes.map(({ lane, top, height, items }) => (
          <div key={lane.key} className={`lane depth-${Math.min(lane.depth, 3)}`} style={{ top: SHEET.axis + top, height }}>
            <div className="lane-label" style={{ width: sheet.labelColumn, paddingLeft: 4 + lane.depth * 10 }}><bdi>{lane.name}</bdi></div>
            <div className="lane-plot" style={plot}>
              {items.map((item) => <Mark key={item.id} item={item} entry={byId.get(item.id)!} />)}
            </div>
          </div>
        ))}
        {sheet.connectors.map((c, i) => (
          <i key={i} className="connector" style={{ left: plot.left + c.x, top: SHEET.axis + c.y1, height: c.y2 - c.y1 }} />
        ))}
      </div>
      <Legend />
    </section>
  );
}
