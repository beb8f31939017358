// Draws one frame of the plot and the axis straight into pooled DOM nodes: only lanes and items inside
// the viewport exist, nodes are reused, and a style is written only when its value changed.
import type { Locale } from 'date-fns';
import type { TimelineDensity } from '../../shared/api';
import { overflowClusters, itemsInRange, MARKER_PX, packLane, type Item, type ItemIndex } from './items';
import { LANE_HEIGHT, LANE_PAD, ROW_HEIGHT, ROWS_PER_LANE, UNASSIGNED, visibleLaneRange, type LaneLayout } from './lanes';
import { endMsOf, xOf, type TimeScale } from './scale';
import { ticksFor } from './ticks';

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
  density: LaneDensity | null;
  selection: ReadonlySet<string>;
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

/** Keyed DOM nodes of one kind, created on demand and reused. */
class Pool {
  private live = new Map<string, Node>();
  private free: Node[] = [];
  private gen = 0;
  constructor(private readonly parent: HTMLElement, private readonly make: () => Node, private readonly onRelease?: (n: Node) => void) {}
  begin() { this.gen++; }
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
  private readonly items: Pool;
  private readonly connectors: Pool;
  private readonly counts: Pool;
  private readonly cells: Pool;
  private readonly gridLines: Pool;
  private readonly minorTicks: Pool;
  private readonly majorTicks: Pool;
  private readonly band: HTMLElement;
  private readonly dragLabel: HTMLElement;
  /** Items are placed relative to this instant; panning only moves the layer (a compositor transform). */
  private originMs = 0;
  private originMsPerPx = 0;
  private packedAt = new Map<string, number>();
  private lastItems: ItemIndex | null = null;
  /** Items drawn in the last frame, by key, for hit testing. */
  readonly drawn = new Map<string, Item>();

  constructor(plot: HTMLElement, axis: HTMLElement) {
    const div = (cls: string, parent: HTMLElement) => { const d = document.createElement('div'); d.className = cls; parent.appendChild(d); return d; };
    this.grid = div('tl-grid', plot);
    this.layer = div('tl-layer', plot);
    this.overlay = div('tl-overlay', plot);
    const minorRow = div('tl-axis-minor', axis), majorRow = div('tl-axis-major', axis);
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
    if (f.items !== this.lastItems) { this.packedAt.clear(); this.lastItems = f.items; }
    const x = (ms: number) => (ms - this.originMs) / scale.msPerPx;
    this.layer.style.transform = `translate3d(${(this.originMs - scale.startMs) / scale.msPerPx}px,0,0)`;
    this.renderAxis(f);

    const [firstLane, lastLane] = visibleLaneRange(f.layout, f.scrollTop, f.viewHeight);
    // A drag may carry items from a lane scrolled out of view; a lane of slack keeps them drawn.
    const fromMs = scale.startMs - 40 * scale.msPerPx, toMs = endMsOf(scale) + 40 * scale.msPerPx;
    this.items.begin(); this.connectors.begin(); this.counts.begin(); this.cells.begin();
    this.drawn.clear();
    for (let li = firstLane; li <= lastLane; li++) {
      const lane = f.layout.lanes[li];
      if (f.items) this.renderLaneItems(f, lane.id, lane.y, fromMs, toMs, x);
      else if (f.density) this.renderLaneDensity(f, f.density, lane.id, lane.y, fromMs, toMs, x);
    }
    this.items.end(); this.connectors.end(); this.counts.end(); this.cells.end();
    this.renderOverlay(f);
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

  private renderLaneItems(f: Frame, laneId: string, laneY: number, fromMs: number, toMs: number, x: (ms: number) => number) {
    const lane = f.items!.get(laneId);
    if (!lane) return;
    this.pack(f.items!, laneId, f.scale.msPerPx);
    const visible = itemsInRange(lane, fromMs, toMs);
    const msPerPx = f.scale.msPerPx;
    // The next item in the same row bounds how much of a label fits.
    const nextInRow: (Item | undefined)[] = new Array(visible.length);
    const after: (Item | undefined)[] = [];
    for (let i = visible.length - 1; i >= 0; i--) {
      const row = visible[i].row;
      if (row < 0) continue;
      nextInRow[i] = after[row];
      after[row] = visible[i];
    }
    for (let i = 0; i < visible.length; i++) {
      const item = visible[i];
      if (item.row < 0) continue;
      const next = nextInRow[i];
      const delta = f.preview?.deltas.get(item.id);
      const dy = delta && item.laneId === f.preview!.fromLaneId ? f.preview!.dyPx : 0;
      const startMs = item.startMs + (delta?.startMs ?? 0), endMs = item.endMs + (delta?.endMs ?? 0);
      const y = laneY + LANE_PAD + item.row * ROW_HEIGHT + dy;
      const n = this.items.get(item.key);
      this.drawn.set(item.key, item);
      let left: number, width: number, range = '';
      if (item.bar) {
        left = x(startMs);
        width = Math.max(6, (endMs - startMs) / msPerPx);
      } else {
        const cx = x((startMs + endMs) / 2);
        left = cx - MARKER_PX / 2;
        const labelRoom = next ? x(next.startMs) - left - 6 : 220;
        width = MARKER_PX + Math.max(0, Math.min(220, labelRoom));
        const rangePx = (endMs - startMs) / msPerPx;
        if (rangePx >= 12) range = `left:${x(startMs) - left}px;width:${rangePx}px`;
      }
      const cls = `tl-item tl-${item.type} ${item.bar ? 'bar' : 'marker'}${item.approxStart ? ' approx-start' : ''}${item.approxEnd ? ' approx-end' : ''}`
        + `${f.selection.has(item.id) ? ' selected' : ''}${delta ? ' dragging' : ''}${item.primary ? '' : ' echo'}`;
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
      if (item.primary && item.twins.length > 1) this.renderConnector(f, item, item.bar ? x(startMs) + 3 : x((startMs + endMs) / 2), dy);
    }
    for (const c of overflowClusters(laneId, visible, msPerPx)) {
      const n = this.counts.get(`${laneId}:${c.startMs}`);
      setStyle(n, `transform:translate3d(${x(c.startMs)}px,${laneY + LANE_PAD + ROWS_PER_LANE * ROW_HEIGHT}px,0)`);
      setText(n, `+${c.count}`);
      n.dataset.fromMs = String(c.startMs);
      n.dataset.toMs = String(c.endMs);
      n.title = `${c.count} more entries here; click to zoom in`;
    }
  }

  private renderConnector(f: Frame, item: Item, cx: number, dy: number) {
    let top = Infinity, bottom = -Infinity;
    for (const twin of item.twins) {
      const y = twin.row >= 0 ? this.rowY(f, twin) + ROW_HEIGHT / 2 : f.layout.lanes[f.layout.index.get(twin.laneId) ?? 0].y + LANE_HEIGHT / 2;
      top = Math.min(top, y + (twin === item ? dy : 0));
      bottom = Math.max(bottom, y);
    }
    const n = this.connectors.get(item.key);
    setStyle(n, `transform:translate3d(${cx}px,${top}px,0);height:${Math.max(0, bottom - top)}px`);
  }

  private renderLaneDensity(f: Frame, d: LaneDensity, laneId: string, laneY: number, fromMs: number, toMs: number, x: (ms: number) => number) {
    const cells = d.lanes.get(laneId);
    if (!cells) return;
    const first = Math.floor((fromMs - d.origin) / d.bucketMs), last = Math.ceil((toMs - d.origin) / d.bucketMs);
    const w = d.bucketMs / f.scale.msPerPx;
    for (const [b, count] of cells) {
      if (b < first || b > last) continue;
      const n = this.cells.get(`${laneId}:${b}`);
      const strength = 0.15 + 0.85 * (Math.log(1 + count) / Math.log(1 + d.max));
      setStyle(n, `transform:translate3d(${x(d.origin + b * d.bucketMs)}px,${laneY + LANE_PAD}px,0);width:${Math.max(2, w - 1)}px;--strength:${strength.toFixed(2)}`);
      setText(n, w >= 20 ? String(count) : '');
      n.dataset.fromMs = String(d.origin + b * d.bucketMs);
      n.dataset.toMs = String(d.origin + (b + 1) * d.bucketMs);
      n.title = `${count} entries; click to zoom in`;
    }
  }

  private renderAxis(f: Frame) {
    const ticks = ticksFor(f.scale, f.zone, f.locale);
    this.minorTicks.begin(); this.majorTicks.begin(); this.gridLines.begin();
    for (const t of ticks.minor) {
      const n = this.minorTicks.get(String(t.ms));
      setStyle(n, `transform:translate3d(${t.x}px,0,0)`);
      setText(n, t.label);
      setStyle(this.gridLines.get(String(t.ms)), `transform:translate3d(${t.x}px,0,0)`);
    }
    for (const t of ticks.major) {
      const n = this.majorTicks.get(String(t.ms));
      setStyle(n, `transform:translate3d(${t.x}px,0,0)`);
      setText(n, t.label);
    }
    this.minorTicks.end(); this.majorTicks.end(); this.gridLines.end();
    this.grid.style.transform = `translate3d(0,${f.scrollTop}px,0)`;
  }

  private renderOverlay(f: Frame) {
    const b = f.band;
    this.band.style.display = b ? '' : 'none';
    if (b) {
      this.band.style.cssText = `left:${Math.min(b.x0, b.x1)}px;top:${Math.min(b.y0, b.y1)}px;width:${Math.abs(b.x1 - b.x0)}px;height:${Math.abs(b.y1 - b.y0)}px`;
    }
    const p = f.preview;
    this.dragLabel.style.display = p ? '' : 'none';
    if (p) {
      this.dragLabel.textContent = p.label;
      this.dragLabel.style.transform = `translate3d(${p.at.x + 14}px,${p.at.y - 28}px,0)`;
    }
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
