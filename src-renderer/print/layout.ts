// The print layout, as pure geometry (CSS px at 96 per inch): the paper's content box, time windows of a
// readable density across pages, each entry placed in its actors' lanes in rows that keep labels apart,
// and lanes split over further pages when a window's lanes do not fit on one.

export const PAPER_MM = { a4: [210, 297], letter: [215.9, 279.4] } as const;
export const MARGIN_MM = { top: 11, side: 11, bottom: 15 };
const PX_PER_MM = 96 / 25.4;

export interface Box { width: number; height: number }

/** The printable area of a page inside the @page margins. */
export function contentBox(page: keyof typeof PAPER_MM, orientation: 'portrait' | 'landscape'): Box {
  const [w, h] = PAPER_MM[page];
  const [pw, ph] = orientation === 'portrait' ? [w, h] : [h, w];
  // A pixel less each way, so rounding never pushes a sheet onto a page of its own.
  return { width: Math.floor((pw - 2 * MARGIN_MM.side) * PX_PER_MM) - 1, height: Math.floor((ph - MARGIN_MM.top - MARGIN_MM.bottom) * PX_PER_MM) - 1 };
}

export const SHEET = {
  runningHead: 20, axis: 34, legend: 24, header: 92, rowHeight: 15, lanePad: 6,
  labelFont: 9.5, charWidth: 5.4, maxLabelChars: 44, minBar: 7, gap: 6,
};

export interface LayoutEntry {
  no: number;
  id: string;
  startMs: number;
  endMs: number;
  /** Whether the span is the entry's own (an event with an end) rather than the width of its date's precision. */
  hasEnd: boolean;
  laneKeys: string[];
  label: string;
}

export interface LaneDef { key: string; name: string; depth: number }

export interface PlacedItem {
  no: number;
  id: string;
  x1: number;
  x2: number;
  row: number;
  /** The label shown beside (or inside) the mark; null in the entry's other lanes, where its number stands alone. */
  label: string | null;
  labelX: number;
  labelWidth: number;
  /** The label sits on a bar long enough to hold it. */
  inside: boolean;
  /** The entry began before this page's window (a continuation). */
  continued: boolean;
}

export interface SheetLane { lane: LaneDef; top: number; height: number; rows: number; items: PlacedItem[] }
export interface Sheet { window: { fromMs: number; toMs: number }; lanes: SheetLane[]; connectors: { x: number; y1: number; y2: number }[]; first: boolean; plotWidth: number; labelColumn: number; height: number }

const labelWidth = (label: string) => Math.min(label.length, SHEET.maxLabelChars) * SHEET.charWidth + 6;

/** Contiguous windows holding about `perWindow` entry starts each, split halfway between neighbours. */
export function timeWindows(starts: number[], lastEnd: number, perWindow: number): { fromMs: number; toMs: number }[] {
  if (!starts.length) return [];
  const sorted = [...starts].sort((a, b) => a - b);
  const cuts: number[] = [];
  for (let i = perWindow; i < sorted.length; i += perWindow) {
    const cut = (sorted[i - 1] + sorted[i]) / 2;
    // Entries at one instant stay together: a cut that does not move forward is dropped.
    if (cut > (cuts[cuts.length - 1] ?? sorted[0]) && cut > sorted[0]) cuts.push(cut);
  }
  const first = sorted[0], last = Math.max(lastEnd, sorted[sorted.length - 1]);
  const span = Math.max(last - first, 86_400_000);
  const bounds = [first - span * 0.02 / Math.max(1, cuts.length + 1), ...cuts, last + span * 0.02 / Math.max(1, cuts.length + 1)];
  return bounds.slice(1).map((toMs, i) => ({ fromMs: bounds[i], toMs }));
}

function placeLane(items: Omit<PlacedItem, 'row' | 'labelX' | 'labelWidth' | 'inside'>[], plotWidth: number): { placed: PlacedItem[]; rows: number } {
  const rowEnds: number[] = [];
  const placed = [...items].sort((a, b) => a.x1 - b.x1).map((item) => {
    const want = labelWidth(item.label ? `${item.no} ${item.label}` : String(item.no));
    const inside = item.x2 - item.x1 >= want + 6;
    // The label goes inside a long bar, else to its right, else (at the right edge) to its left.
    let labelX = inside ? item.x1 + 3 : item.x2 + 3;
    if (!inside && labelX + want > plotWidth) labelX = Math.max(0, item.x1 - 3 - want);
    const from = Math.min(item.x1, labelX), to = Math.max(item.x2, labelX + want);
    let row = rowEnds.findIndex((end) => end + SHEET.gap <= from);
    if (row < 0) { row = rowEnds.length; rowEnds.push(to); } else rowEnds[row] = to;
    return { ...item, row, labelX, labelWidth: Math.min(want, plotWidth - labelX), inside };
  });
  return { placed, rows: Math.max(1, rowEnds.length) };
}

export interface LayoutInput {
  entries: LayoutEntry[];
  lanes: LaneDef[];
  box: Box;
  labelColumn: number;
  /** Entry starts per page: what keeps a page readable. */
  perWindow: number;
}

export function layoutSheets({ entries, lanes, box, labelColumn, perWindow }: LayoutInput): Sheet[] {
  const plotWidth = box.width - labelColumn;
  const sheets: Sheet[] = [];
  // The last page runs to the end of the last date's own range (a day-precise date covers its day).
  const lastEnd = entries.reduce((m, e) => Math.max(m, e.endMs), -Infinity);
  for (const window of timeWindows(entries.map((e) => e.startMs), lastEnd, perWindow)) {
    const span = window.toMs - window.fromMs;
    const xOf = (ms: number) => Math.max(0, Math.min(plotWidth, ((ms - window.fromMs) / span) * plotWidth));
    const byLane = new Map<string, Omit<PlacedItem, 'row' | 'labelX' | 'labelWidth' | 'inside'>[]>();
    for (const e of entries) {
      const startsHere = e.startMs >= window.fromMs && e.startMs < window.toMs;
      const continues = e.hasEnd && e.startMs < window.fromMs && e.endMs > window.fromMs;
      if (!startsHere && !continues) continue;
      const x1 = xOf(e.startMs);
      const x2 = Math.min(plotWidth, Math.max(x1 + SHEET.minBar, xOf(e.endMs)));
      e.laneKeys.forEach((key, i) => {
        const list = byLane.get(key) ?? [];
        list.push({ no: e.no, id: e.id, x1, x2, label: i === 0 && startsHere ? e.label : null, continued: !startsHere });
        byLane.set(key, list);
      });
    }
    // Lanes without entries in this window are left out, except parents that head a lane that has some.
    const used = lanes.filter((l) => byLane.has(l.key));
    const shown = lanes.filter((l, i) => byLane.has(l.key) || used.some((u) => u.depth > l.depth && isUnder(lanes, i, u)));
    let sheet = newSheet(window, sheets.length === 0, plotWidth, labelColumn);
    for (const lane of shown) {
      const { placed, rows } = placeLane(byLane.get(lane.key) ?? [], plotWidth);
      const height = rows * SHEET.rowHeight + SHEET.lanePad;
      if (sheet.lanes.length && sheet.height + height > lanesHeight(box.height, sheet.first)) {
        sheets.push(finish(sheet));
        sheet = newSheet(window, false, plotWidth, labelColumn);
      }
      sheet.lanes.push({ lane, top: sheet.height, height, rows, items: placed });
      sheet.height += height;
    }
    sheets.push(finish(sheet));
  }
  return sheets;
}

/** Whether lane `u` sits under the lane at index i (its parent, grandparent…) in the ordered list. */
function isUnder(lanes: LaneDef[], i: number, u: LaneDef): boolean {
  const j = lanes.indexOf(u);
  if (j <= i) return false;
  for (let k = i + 1; k <= j; k++) if (lanes[k].depth <= lanes[i].depth) return false;
  return true;
}

const lanesHeight = (height: number, first: boolean) => height - SHEET.runningHead - SHEET.axis - SHEET.legend - (first ? SHEET.header : 0);

function newSheet(window: Sheet['window'], first: boolean, plotWidth: number, labelColumn: number): Sheet {
  return { window, lanes: [], connectors: [], first, plotWidth, labelColumn, height: 0 };
}

/** Joins an entry's marks across the lanes of one sheet with a vertical line. */
function finish(sheet: Sheet): Sheet {
  const marks = new Map<string, { x: number; ys: number[] }>();
  for (const l of sheet.lanes) {
    for (const item of l.items) {
      const y = l.top + SHEET.lanePad / 2 + item.row * SHEET.rowHeight + SHEET.rowHeight / 2;
      const m = marks.get(item.id) ?? { x: item.x1, ys: [] };
      m.ys.push(y);
      marks.set(item.id, m);
    }
  }
  sheet.connectors = [...marks.values()].filter((m) => m.ys.length > 1).map((m) => ({ x: m.x, y1: Math.min(...m.ys), y2: Math.max(...m.ys) }));
  return sheet;
}
