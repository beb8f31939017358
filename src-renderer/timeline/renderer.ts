// Draws the plot and the axis straight into pooled DOM nodes. Items and ticks are laid out for the
// viewport plus half a screen on each side, relative to a fixed origin: a pan inside that margin only
// moves two layers (compositor transforms) and touches no item. Only visible lanes have nodes, nodes are
// reused, and a style is written only when its value changed.
import type { Locale } from 'date-fns';
import type { TimelineDensity } from '../../shared/api';
import { overflowClusters, itemsInRange, MARKER_PX, packLane, type Item, type ItemIndex } from './items';
import { LANE_HEIGHT, LANE_PAD, ROW_HEIGHT, ROWS_PER_LANE, UNASSIGNED, visibleLaneRange, type LaneLayout } from './lanes';
import { endMsOf, xOf, type TimeScale } from './scale';
import { pinnedMajor, tickMarks, type TickMarks } from './ticks';

export interface DragPreview {
  /** Snapped change of each dragged entry's start and end, in ms. */
  deltas: Map<string, { startMs: number; endMs: number }>;
  fromLaneId: string;
  dyPx: number;
  label: string;
  at: { x: number; y: number };
}

export interface Frame {
  scale: TimeScale;
  scrollTop: number;
  viewHeight: number;
  layout: LaneLayout;
  items: ItemIndex | null;
  /** Bumped whenever entries are added to or dropped from `items`. */
  itemsVersion: number;
  density: LaneDensity | null;
  /** The selected ids; a new array when the selection changed. */
  selection: readonly string[];
  preview: DragPreview | null;
  band: { x0: number; y0: number; x1: number; y1: number } | null;
  zone: string;
  locale: Locale;
}

/** Server counts regrouped by lane: per lane, bucket index → count, sorted by bucket. */
export interface LaneDensity { origin: number; bucketMs: number; lanes: Map<string, [number, number][]>; max: number }

export function densityByLane(d: TimelineDensity, layout: LaneLayout): LaneDensity {
  const sums = new Map<string, Map<number, number>>();
  for (const [actor, b, n] of d.cells) {
    const lane = actor === null ? UNASSIGNED : layout.laneOfActor.get(actor);
    if (!lane) continue;
    let m = sums.get(lane);
    if (!m) sums.set(lane, (m = new Map()));
    m.set(b, (m.get(b) ?? 0) + n);
  }
  let max = 1;
  const lanes = new Map<string, [number, number][]>();
  for (const [lane, m] of sums) {
    const cells = [...m].sort((a, b) => a[0] - b[0]);
    for (const [, n] of cells) max = Math.max(max, n);
    lanes.set(lane, cells);
  }
  return { origin: d.origin, bucketMs: d.bucketMs, lanes, max };
}

type Node = HTMLElement & { _s?: string; _t?: string; _c?: string; _gen?: number };

/** Items and ticks are laid out this many screens beyond each side of the viewport. */
const MARGIN_SCREENS = 0.5;
/** At most this many item nodes per frame; beyond it the lane's rest is counted ("+N") instead. */
export const MAX_ITEM_NODES = 2500;

/** Keyed DOM nodes of one kind, created on demand and reused. */
class Pool {
  private live = new Map<string, Node>();
  private free: Node[] = [];
  private gen = 0;
  constructor(private readonly parent: HTMLElement, private readonly make: () => Node, private readonly onRelease?: (n: Node) => void) {}
  begin() { this.gen++; }
  get size() { return this.live.size; }
  get(key: string): Node {
    let n = this.live.get(key);
    if (!n) {
      n = this.free.pop() ?? this.make();
      if (!n.isConnected) this.parent.appendChild(n);
      n.style.display = '';
      this.live.set(key, n);
    }
    n._gen = this.gen;
    return n;
  }
  /** Hides the nodes not used in this frame and keeps them for reuse. */
  end() {
    for (const [key, n] of this.live) {
      if (n._gen === this.gen) continue;
      n.style.display = 'none';
      n._s = undefined;
      this.onRelease?.(n);
      this.live.delete(key);
      this.free.push(n);
    }
  }
  node(key: string): Node | undefined { return this.live.get(key); }
}

const setStyle = (n: Node, css: string) => { if (n._s !== css) { n._s = css; n.style.cssText = css; } };
const setText = (n: Node, text: string) => { if (n._t !== text) { n._t = text; n.textContent = text; } };
const setClass = (n: Node, cls: string) => { if (n._c !== cls) { n._c = cls; n.className = cls; } };

function makeItemNode(): Node {
  const n = document.createElement('div') as Node;
  n.setAttribute('role', 'button');
  n.tabIndex = -1;
  n.innerHTML = '<span class="tl-range"></span><span class="tl-glyph"></span><span class="tl-label"></span><span class="tl-handle start"></span><span class="tl-handle end"></span>';
  return n;
}

/** A parked node must not still claim to be an entry (tests and screen readers look for data-entity-id). */
function releaseItemNode(n: Node): void {
  delete n.dataset.key;
  delete n.dataset.entityId;
  delete n.dataset.echoOf;
  n.removeAttribute('aria-label');
}

export class PlotRenderer {
  private readonly layer: HTMLElement;
  private readonly grid: HTMLElement;
  private readonly overlay: HTMLElement;
  private readonly axisLayer: HTMLElement;
  private readonly pinned: Node;
  private readonly items: Pool;
  private readonly connectors: Pool;
  private readonly counts: Pool;
  private readonly cells: Pool;
  private readonly gridLines: Pool;
  private readonly minorTicks: Pool;
  private readonly majorTicks: Pool;
  private readonly band: HTMLElement;
  private readonly dragLabel: HTMLElement;
  /** Items and ticks are placed relative to this instant; panning only moves their layers. */
  private originMs = 0;
  private originMsPerPx = 0;
  private packedAt = new Map<string, number>();
  /** What the item layer was laid out for; a frame that matches it only moves the layer. */
  private laid: { items: ItemIndex | null; itemsVersion: number; density: LaneDensity | null; layout: LaneLayout | null; selection: readonly string[] | null;
    preview: DragPreview | null; first: number; last: number; fromMs: number; toMs: number; msPerPx: number } =
    { items: null, itemsVersion: -1, density: null, layout: null, selection: null, preview: null, first: -1, last: -1, fromMs: 0, toMs: 0, msPerPx: 0 };
  private axis: { marks: TickMarks | null; fromMs: number; toMs: number; msPerPx: number; zone: string; locale: Locale | null } =
    { marks: null, fromMs: 0, toMs: 0, msPerPx: 0, zone: '', locale: null };
  /** The row-neighbour of each laid-out item (bounds its label), kept for redrawing dragged items alone. */
  private nextOf = new Map<Item, Item | undefined>();
  private laneYOf = new Map<string, number>();
  private layerX = NaN;
  private gridKey = '';
  /** Items laid out in the last full pass, by key, for hit testing. */
  readonly drawn = new Map<string, Item>();
  /** Drawings of each laid-out entry, by id (an event shows once per participant lane). */
  private drawnById = new Map<string, Item[]>();

  constructor(plot: HTMLElement, axis: HTMLElement) {
    const div = (cls: string, parent: HTMLElement) => { const d = document.createElement('div'); d.className = cls; parent.appendChild(d); return d; };
    this.grid = div('tl-grid', plot);
    this.layer = div('tl-layer', plot);
    this.overlay = div('tl-overlay', plot);
    const minorRow = div('tl-axis-minor', axis), majorRow = div('tl-axis-major', axis);
    this.axisLayer = div('tl-axis-layer', axis);
    this.axisLayer.append(minorRow, majorRow);
    this.pinned = div('tl-tick major pinned', axis) as Node;
    this.items = new Pool(this.layer, makeItemNode, releaseItemNode);
    this.connectors = new Pool(this.layer, () => { const d = document.createElement('div') as Node; d.className = 'tl-connector'; return d; });
    this.counts = new Pool(this.layer, () => { const d = document.createElement('button') as Node; d.className = 'tl-count'; return d; });
    this.cells = new Pool(this.layer, () => { const d = document.createElement('div') as Node; d.className = 'tl-cell'; return d; });
    this.gridLines = new Pool(this.grid, () => { const d = document.createElement('div') as Node; d.className = 'tl-gridline'; return d; });
    this.minorTicks = new Pool(minorRow, () => { const d = document.createElement('div') as Node; d.className = 'tl-tick'; return d; });
    this.majorTicks = new Pool(majorRow, () => { const d = document.createElement('div') as Node; d.className = 'tl-tick major'; return d; });
    this.band = div('tl-band', this.overlay);
    this.dragLabel = div('tl-drag-label', this.overlay);
  }

  render(f: Frame): void {
    const { scale } = f;
    if (scale.msPerPx !== this.originMsPerPx || Math.abs(xOf(scale, this.originMs)) > 1e6) {
      this.originMs = scale.startMs;
      this.originMsPerPx = scale.msPerPx;
    }
    if (f.items !== this.laid.items || f.itemsVersion !== this.laid.itemsVersion) this.packedAt.clear();
    const shift = (this.originMs - scale.startMs) / scale.msPerPx;
    if (shift !== this.layerX) {
      this.layerX = shift;
      const t = `translate3d(${shift}px,0,0)`;
      this.layer.style.transform = t;
      this.axisLayer.style.transform = t;
    }
    this.renderAxis(f);

    const [firstLane, lastLane] = visibleLaneRange(f.layout, f.scrollTop, f.viewHeight);
    // A drag may carry items from a lane just scrolled out of view; 40 px of slack keeps them drawn.
    const fromMs = scale.startMs - 40 * scale.msPerPx, toMs = endMsOf(scale) + 40 * scale.msPerPx;
    const l = this.laid;
    const same = l.items === f.items && l.itemsVersion === f.itemsVersion && l.density === f.density && l.layout === f.layout && l.selection === f.selection
      && l.first === firstLane && l.last === lastLane && l.msPerPx === scale.msPerPx && l.fromMs <= fromMs && l.toMs >= toMs;
    if (same && l.preview !== f.preview && f.items) this.redrawDragged(f, l.preview, f.preview);
    else if (!same) this.layOut(f, firstLane, lastLane);
    this.laid.preview = f.preview;
    this.renderOverlay(f);
  }

  private x(ms: number): number { return (ms - this.originMs) / this.originMsPerPx; }

  /** Every visible lane's items (or counts) for the viewport and its margins. */
  private layOut(f: Frame, firstLane: number, lastLane: number) {
    const { scale } = f;
    const margin = MARGIN_SCREENS * scale.widthPx * scale.msPerPx;
    const fromMs = scale.startMs - margin, toMs = endMsOf(scale) + margin;
    this.laid = { items: f.items, itemsVersion: f.itemsVersion, density: f.density, layout: f.layout, selection: f.selection, preview: f.preview,
      first: firstLane, last: lastLane, fromMs, toMs, msPerPx: scale.msPerPx };
    const selection = new Set(f.selection);
    this.items.begin(); this.connectors.begin(); this.counts.begin(); this.cells.begin();
    this.drawn.clear(); this.drawnById.clear(); this.nextOf.clear(); this.laneYOf.clear();
    for (let li = firstLane; li <= lastLane; li++) {
      const lane = f.layout.lanes[li];
      this.laneYOf.set(lane.id, lane.y);
      if (f.items) this.layOutLane(f, lane.id, lane.y, fromMs, toMs, selection);
      else if (f.density) this.renderLaneDensity(f, f.density, lane.id, lane.y, fromMs, toMs);
    }
    this.items.end(); this.connectors.end(); this.counts.end(); this.cells.end();
  }

  private pack(items: ItemIndex, laneId: string, msPerPx: number) {
    if (this.packedAt.get(laneId) === msPerPx) return;
    const lane = items.get(laneId);
    if (lane) packLane(lane, msPerPx);
    this.packedAt.set(laneId, msPerPx);
  }

  private rowY(f: Frame, item: Item): number {
    this.pack(f.items!, item.laneId, f.scale.msPerPx);
    const lane = f.layout.lanes[f.layout.index.get(item.laneId) ?? 0];
    return lane.y + LANE_PAD + Math.max(0, item.row) * ROW_HEIGHT;
  }

  private layOutLane(f: Frame, laneId: string, laneY: number, fromMs: number, toMs: number, selection: ReadonlySet<string>) {
    const lane = f.items!.get(laneId);
    if (!lane) return;
    this.pack(f.items!, laneId, f.scale.msPerPx);
    const visible = itemsInRange(lane, fromMs, toMs);
    // The next item in the same row bounds how much of a label fits.
    const after: (Item | undefined)[] = [];
    for (let i = visible.length - 1; i >= 0; i--) {
      const row = visible[i].row;
      if (row < 0) continue;
      this.nextOf.set(visible[i], after[row]);
      after[row] = visible[i];
    }
    let skipped: Set<Item> | null = null;
    for (const item of visible) {
      if (item.row < 0) continue;
      // Past the node budget the rest of the lane is counted, as if it overflowed its rows.
      if (this.items.size >= MAX_ITEM_NODES) { (skipped ??= new Set()).add(item); continue; }
      this.drawn.set(item.key, item);
      const twins = this.drawnById.get(item.id);
      if (twins) twins.push(item); else this.drawnById.set(item.id, [item]);
      this.drawItem(f, item, laneY, selection.has(item.id));
    }
    const counted = skipped ? visible.map((i) => (skipped.has(i) ? { ...i, row: -1 } : i)) : visible;
    for (const c of overflowClusters(laneId, counted, f.scale.msPerPx)) {
      const n = this.counts.get(`${laneId}:${c.startMs}`);
      setStyle(n, `transform:translate3d(${this.x(c.startMs)}px,${laneY + LANE_PAD + ROWS_PER_LANE * ROW_HEIGHT}px,0)`);
      setText(n, `+${c.count}`);
      n.dataset.fromMs = String(c.startMs);
      n.dataset.toMs = String(c.endMs);
      n.title = `${c.count} more entries here; click to zoom in`;
    }
  }

  /** A drag moved: only the dragged entries (and the ones it just let go of) are drawn again. */
  private redrawDragged(f: Frame, before: DragPreview | null, now: DragPreview | null) {
    const ids = new Set<string>([...(before?.deltas.keys() ?? []), ...(now?.deltas.keys() ?? [])]);
    const selection = new Set(f.selection);
    for (const id of ids) {
      for (const item of this.drawnById.get(id) ?? []) {
        const laneY = this.laneYOf.get(item.laneId);
        if (laneY !== undefined && this.items.node(item.key)) this.drawItem(f, item, laneY, selection.has(item.id), true);
      }
    }
  }

  private drawItem(f: Frame, item: Item, laneY: number, selected: boolean, again = false) {
    const msPerPx = f.scale.msPerPx;
    const next = this.nextOf.get(item);
    const delta = f.preview?.deltas.get(item.id);
    const dy = delta && item.laneId === f.preview!.fromLaneId ? f.preview!.dyPx : 0;
    const startMs = item.startMs + (delta?.startMs ?? 0), endMs = item.endMs + (delta?.endMs ?? 0);
    const y = laneY + LANE_PAD + item.row * ROW_HEIGHT + dy;
    const n = again ? this.items.node(item.key)! : this.items.get(item.key);
    let left: number, width: number, range = '';
    if (item.bar) {
      left = this.x(startMs);
      width = Math.max(6, (endMs - startMs) / msPerPx);
    } else {
      const cx = this.x((startMs + endMs) / 2);
      left = cx - MARKER_PX / 2;
      const labelRoom = next ? this.x(next.startMs) - left - 6 : 220;
      width = MARKER_PX + Math.max(0, Math.min(220, labelRoom));
      const rangePx = (endMs - startMs) / msPerPx;
      if (rangePx >= 12) range = `left:${this.x(startMs) - left}px;width:${rangePx}px`;
    }
    const cls = `tl-item tl-${item.type} ${item.bar ? 'bar' : 'marker'}${item.approxStart ? ' approx-start' : ''}${item.approxEnd ? ' approx-end' : ''}`
      + `${selected ? ' selected' : ''}${delta ? ' dragging' : ''}${item.primary ? '' : ' echo'}`;
    setClass(n, cls);
    setStyle(n, `transform:translate3d(${left}px,${y}px,0);width:${width}px`);
    if (n.dataset.key !== item.key) {
      n.dataset.key = item.key;
      if (item.primary) { n.dataset.entityId = item.id; delete n.dataset.echoOf; } else { n.dataset.echoOf = item.id; delete n.dataset.entityId; }
      n.setAttribute('aria-label', item.ariaLabel());
    }
    const [rangeEl, , label] = n.children as unknown as Node[];
    setStyle(rangeEl, range || 'display:none');
    setText(label, item.type === 'statement' && item.outlets ? `${item.outlets} · ${item.label}` : item.label);
    if (item.primary && item.twins.length > 1) this.renderConnector(f, item, item.bar ? this.x(startMs) + 3 : this.x((startMs + endMs) / 2), dy, again);
  }

  private renderConnector(f: Frame, item: Item, cx: number, dy: number, again: boolean) {
    let top = Infinity, bottom = -Infinity;
    for (const twin of item.twins) {
      const y = twin.row >= 0 ? this.rowY(f, twin) + ROW_HEIGHT / 2 : f.layout.lanes[f.layout.index.get(twin.laneId) ?? 0].y + LANE_HEIGHT / 2;
      top = Math.min(top, y + (twin === item ? dy : 0));
      bottom = Math.max(bottom, y);
    }
    const n = again ? this.connectors.node(item.key) : this.connectors.get(item.key);
    if (n) setStyle(n, `transform:translate3d(${cx}px,${top}px,0);height:${Math.max(0, bottom - top)}px`);
  }

  private renderLaneDensity(f: Frame, d: LaneDensity, laneId: string, laneY: number, fromMs: number, toMs: number) {
    const cells = d.lanes.get(laneId);
    if (!cells) return;
    const first = Math.floor((fromMs - d.origin) / d.bucketMs), last = Math.ceil((toMs - d.origin) / d.bucketMs);
    const w = d.bucketMs / f.scale.msPerPx;
    for (const [b, count] of cells) {
      if (b < first || b > last) continue;
      const n = this.cells.get(`${laneId}:${b}`);
      const strength = 0.15 + 0.85 * (Math.log(1 + count) / Math.log(1 + d.max));
      setStyle(n, `transform:translate3d(${this.x(d.origin + b * d.bucketMs)}px,${laneY + LANE_PAD}px,0);width:${Math.max(2, w - 1)}px;--strength:${strength.toFixed(2)}`);
      setText(n, w >= 20 ? String(count) : '');
      n.dataset.fromMs = String(d.origin + b * d.bucketMs);
      n.dataset.toMs = String(d.origin + (b + 1) * d.bucketMs);
      n.title = `${count} entries; click to zoom in`;
    }
  }

  /** Ticks for the viewport and its margins, laid out when the zoom changes or the view leaves them. */
  private renderAxis(f: Frame) {
    const { scale } = f;
    const a = this.axis;
    const viewTo = endMsOf(scale);
    if (!a.marks || a.msPerPx !== scale.msPerPx || a.zone !== f.zone || a.locale !== f.locale || a.fromMs > scale.startMs || a.toMs < viewTo) {
      const margin = MARGIN_SCREENS * scale.widthPx * scale.msPerPx;
      const fromMs = scale.startMs - margin, toMs = viewTo + margin;
      const marks = tickMarks(fromMs, toMs, scale.msPerPx, f.zone, f.locale);
      this.axis = { marks, fromMs, toMs, msPerPx: scale.msPerPx, zone: f.zone, locale: f.locale };
      this.minorTicks.begin(); this.majorTicks.begin(); this.gridLines.begin();
      for (const t of marks.minor) {
        const x = this.x(t.ms);
        const n = this.minorTicks.get(String(t.ms));
        setStyle(n, `transform:translate3d(${x}px,0,0)`);
        setText(n, t.label);
        setStyle(this.gridLines.get(String(t.ms)), `transform:translate3d(${x}px,0,0)`);
      }
      for (const t of marks.major) {
        const n = this.majorTicks.get(String(t.ms));
        setStyle(n, `transform:translate3d(${this.x(t.ms)}px,0,0)`);
        setText(n, t.label);
      }
      this.minorTicks.end(); this.majorTicks.end(); this.gridLines.end();
    }
    const gridKey = `${this.layerX}:${f.scrollTop}`;
    if (gridKey !== this.gridKey) { this.gridKey = gridKey; this.grid.style.transform = `translate3d(${this.layerX}px,${f.scrollTop}px,0)`; }
    // The context (the month above days…) stays pinned at the left edge, clipped where the next one starts.
    const pin = pinnedMajor(this.axis.marks!.major, scale);
    if (!pin || pin.maxWidth! < 40) setStyle(this.pinned, 'display:none');
    else {
      setStyle(this.pinned, Number.isFinite(pin.maxWidth) ? `max-width:${Math.floor(pin.maxWidth!)}px` : '');
      setText(this.pinned, pin.label);
    }
  }

  private renderOverlay(f: Frame) {
    const b = f.band;
    const bandCss = b ? `left:${Math.min(b.x0, b.x1)}px;top:${Math.min(b.y0, b.y1)}px;width:${Math.abs(b.x1 - b.x0)}px;height:${Math.abs(b.y1 - b.y0)}px` : 'display:none';
    setStyle(this.band as Node, bandCss);
    const p = f.preview;
    if (p) {
      setStyle(this.dragLabel as Node, `transform:translate3d(${p.at.x + 14}px,${p.at.y - 28}px,0)`);
      setText(this.dragLabel as Node, p.label);
    } else setStyle(this.dragLabel as Node, 'display:none');
  }

  /** Items whose drawn box intersects a rectangle in plot coordinates (rubber band selection). */
  itemsInRect(rect: { x0: number; y0: number; x1: number; y1: number }, plot: HTMLElement): string[] {
    const box = plot.getBoundingClientRect();
    const [l, r] = [Math.min(rect.x0, rect.x1), Math.max(rect.x0, rect.x1)];
    const [t, btm] = [Math.min(rect.y0, rect.y1), Math.max(rect.y0, rect.y1)];
    const ids = new Set<string>();
    for (const item of this.drawn.values()) {
      const n = this.items.node(item.key);
      if (!n) continue;
      const b = n.getBoundingClientRect();
      const x0 = b.left - box.left, y0 = b.top - box.top;
      if (x0 < r && x0 + b.width > l && y0 < btm && y0 + b.height > t) ids.add(item.id);
    }
    return [...ids];
  }
}
