// One page of the timeline: the running head, the chart, then the legend. The chart's lines and marks are
// one SVG with a path for each look, its words are absolutely placed spans over it: a page is a few hundred
// elements for the printer to lay out and paint, not thousands of boxes.
import type { CSSProperties, ReactNode } from 'react';
import { enGB } from 'date-fns/locale';
import { ticksFor, type Tick } from '../timeline/ticks';
import type { PrintData, PrintEntry } from './data';
import { fitText } from '../timeline/labels';
import { MARK, Paths, drawMark, hLine, hasRtl, roundedRect, vLine } from './drawing';
import { kindClass, rangeLabel } from './labels';
import { Legend } from './Legend';
import { SHEET, type Box, type PlacedItem, type Sheet } from './layout';
import { charsWidth, fitsIn, textWidth } from './measure';

const LABEL_FONT = `${SHEET.labelFont}px`;
const LANE_FONT = '8pt';
/** The room around a lane's name: left padding (and 10 px more a level of nesting), top and right padding. */
const LANE_PAD = { left: 4, indent: 10, top: 3, right: 6 };
/** An inside label's pale box reaches this far past its text on either side. */
const INSIDE_PAD = 2;
/** Where the axis's two rows of dates start, below the top of the chart. */
const TICK_TOP = { major: 0, minor: 19 };

const at = (left: number, top: number): CSSProperties => ({ left, top });

// The words are elements built by plain functions, not components: a page has a hundred of them.

/** Words (after `before`) that read right to left keep their own direction, isolated; others stay one text run. */
const isolated = (text: string, before = ''): ReactNode => (hasRtl(text) ? <>{before}<bdi>{text}</bdi></> : before + text);

/** A mark's number and label, cut with an ellipsis to the room the layout gives it. */
function labelSpan(item: PlacedItem, left: number, top: number): ReactNode {
  const no = String(item.no);
  const room = item.labelWidth - (item.inside ? 2 * INSIDE_PAD : 0) - charsWidth(`${no} `, `700 ${LABEL_FONT}`);
  const label = item.label && (fitsIn(item.label, LABEL_FONT, room) ? item.label : fitText(item.label, room, (s) => textWidth(s, LABEL_FONT)));
  return <span key={`l${item.id}`} className="label" style={at(left, top)}><b>{no}</b>{label && isolated(label, ' ')}</span>;
}

function axisTicks(paths: Paths, left: number, major: Tick[], minor: Tick[]): ReactNode[] {
  for (const t of major) paths.add('tick major', vLine(left + t.x + 0.5, 0, 14));
  for (const t of minor) paths.add('tick minor', vLine(left + t.x + 0.5, 16, SHEET.axis));
  return [
    ...major.map((t) => <span key={`M${t.ms}`} className="tick-label major" style={at(left + t.x + 3, TICK_TOP.major)}>{t.label}</span>),
    ...minor.map((t) => <span key={`m${t.ms}`} className="tick-label minor" style={at(left + t.x + 3, TICK_TOP.minor)}>{t.label}</span>),
  ];
}

export function TimelineSheet({ sheet, data, entryOf, box, header }: {
  sheet: Sheet; data: PrintData; entryOf: Map<string, PrintEntry>; box: Box; header?: ReactNode;
}) {
  const zone = data.settings.displayZone;
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

  const left = sheet.labelColumn;
  const height = SHEET.axis + sheet.height;
  const paths = new Paths();
  sheet.lanes.forEach((l, i) => { if (i % 2) paths.add('band', `M0 ${SHEET.axis + l.top}h${box.width}v${l.height}H0Z`); });
  for (const t of minor) paths.add('grid', vLine(left + t.x + 0.25, SHEET.axis, height));
  for (const l of sheet.lanes) paths.add('rule', hLine(0, box.width, SHEET.axis + l.top + l.height - 0.25));
  if (sheet.lanes.length) paths.add('edge', vLine(left - 0.5, SHEET.axis, height));
  for (const c of sheet.connectors) paths.add('connector', vLine(left + c.x + 0.5, SHEET.axis + c.y1, SHEET.axis + c.y2));

  const words: ReactNode[] = [];
  for (const { lane, top, items } of sheet.lanes) {
    const indent = LANE_PAD.left + lane.depth * LANE_PAD.indent;
    const font = `${lane.depth ? 400 : 700} ${LANE_FONT}`;
    const name = fitText(lane.name, left - indent - LANE_PAD.right, (s) => textWidth(s, font));
    words.push(<span key={`n${lane.key}`} className={lane.depth ? 'lane-name member' : 'lane-name'} style={at(indent, SHEET.axis + top + LANE_PAD.top)}>{isolated(name)}</span>);
    for (const item of items) {
      const entry = entryOf.get(item.id)!;
      const kind = kindClass(entry);
      const approximate = entry.kind === 'event' ? entry.event.start.approximate || !!entry.event.end?.approximate : !!entry.statement.date?.approximate;
      const y = SHEET.axis + top + SHEET.lanePad / 2 + item.row * SHEET.rowHeight;
      drawMark(paths, { kind, x1: left + item.x1, x2: left + item.x2, y, dot: entry.kind === 'statement', approximate, continued: item.continued });
      // A label on a bar sits on a pale box of the bar's colour, or on a white one breaking an approximate bar's outline.
      if (item.inside) paths.add(approximate ? 'tint approx' : `tint ${kind}`, roundedRect(left + item.labelX, y + MARK.top, item.labelWidth, MARK.height, MARK.radius));
      words.push(labelSpan(item, left + item.labelX + (item.inside ? INSIDE_PAD : 0), y));
    }
  }
  paths.add('tick major', hLine(left, left + sheet.plotWidth, SHEET.axis - 0.5));
  words.push(...axisTicks(paths, left, major, minor));

  return (
    <section className="sheet timeline-sheet" style={{ height: box.height }}>
      {header}
      <div className="running-head"><bdi>{data.settings.title}</bdi><span>{rangeLabel({ startMs: fromMs, endMs: toMs }, zone)}</span></div>
      <div className="chart" style={{ width: box.width, height }}>
        <svg width={box.width} height={height}>
          {paths.entries().map(({ className, d }) => <path key={className} className={className} d={d} />)}
        </svg>
        {words}
      </div>
      <Legend width={box.width} />
    </section>
  );
}
