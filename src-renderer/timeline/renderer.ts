// Draws the plot and the axis. Items and ticks are laid out for the viewport plus half a screen on each side,
// relative to a fixed origin, inside a horizontal scroller: a pan inside that margin only sets scrollLeft, which
// the compositor applies without touching anything. The entries are painted on canvas tiles in that scroller
// (paint.ts); each also has a pooled, transparent DOM node over its drawing, for hit testing, focus and
// accessibility. A zoom paints the viewport alone and leaves the nodes be until it rests, then lays them and
// the margins out over the next few frames, so the frame answering a gesture stays small. Only visible lanes
// are drawn, nodes are reused, and a style is written only when its value changed.
import type { Locale } from 'date-fns';
import type { TimelineDensity } from '../../shared/api';
import { overflowClusters, itemsInRange, MARKER_PX, packLane, type Item, type ItemIndex } from './items';
import { canvasTextWidth, fitText, labelFit } from './labels';
import { AXIS_ROW_PX, COUNT_FONT_PX, COUNT_PAD_PX, ITEM_FONT_PX, ITEM_HEIGHT, labelStart, Painter, readPalette, type Shape } from './paint';
import { changedStrips, extentOf, type Shapes } from './strips';
import { LANE_HEIGHT, LANE_PAD, ROW_HEIGHT, ROWS_PER_LANE, UNASSIGNED, visibleLaneRange, type LaneLayout } from './lanes';
import { endMsOf, type TimeScale } from './scale';
import { pinnedMajor, tickMarks, ticksFor, type TickMarks } from './ticks';

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

/** A pooled node remembers what was last written to it, so unchanged values are never written again. */
type Node = HTMLElement & { _x?: number; _y?: number; _w?: number; _h?: number; _t?: string; _c?: string; _gen?: number; _item?: Item;
  _key?: string; _label?: Node; _fit?: ReturnType<typeof labelFit>; _shift?: string };

/** Items and ticks are laid out this many screens beyond each side of the viewport, once the view rests. */
const MARGIN_SCREENS = 0.5;
/** A zoom, or a pan that outran a margin, lays out the viewport and this much more... */
const FIRST_MARGIN_SCREENS = 0.05;
/** ...and each following frame widens the margins by this much, so no frame lays out more than a sliver... */
const MARGIN_STEP_SCREENS = 0.2;
/** ...once the zoom has rested this long: while a wheel still turns, margins laid out now would be thrown away. */
const ZOOM_SETTLE_MS = 120;
/** The width of a canvas tile: a strip painted again hands the compositor only the tiles it crosses. */
const TILE_PX = 512;
/** At most this many item nodes per frame; beyond it the lane's rest is counted ("+N") instead. */
export const MAX_ITEM_NODES = 2500;

/** Where parked nodes wait: far outside any view, so they are neither painted nor hit. */
const PARKED_X = -1e6;
/** The origin sits this far into the scrollers' content, so times before it lie at positive x too. */
const PAN_PAD_PX = 50_000;

/**
 * Keyed DOM nodes of one kind, created on demand and reused. A node a pass leaves out is parked: moved out of
 * sight, still holding what it showed, so the same key coming back (as the margins do after a zoom) is only
 * moved again. Parking moves rather than hides: a move restyles one box and repaints nothing, while
 * visibility is inherited and restyles every child. A new key takes the longest-parked node.
 */
class Pool {
  private live = new Map<string, Node>();
  private parked = new Map<string, Node>();
  private gen = 0;
  constructor(private readonly parent: HTMLElement, private readonly make: () => Node, private readonly onPark?: (n: Node) => void) {}
  begin() { this.gen++; }
  get size() { return this.live.size; }
  get(key: string): Node {
    let n = this.live.get(key);
    if (!n) {
      n = this.parked.get(key);
      const oldest = n ? undefined : this.parked.keys().next().value;
      if (n) this.parked.delete(key);
      else if (oldest !== undefined) { n = this.parked.get(oldest)!; this.parked.delete(oldest); }
      else n = this.parent.appendChild(this.make());
      n.removeAttribute('aria-hidden');
      this.live.set(key, n);
    }
    n._gen = this.gen;
    return n;
  }
  /** Parks the nodes not used in this pass. */
  end() {
    for (const [key, n] of this.live) {
      if (n._gen === this.gen) continue;
      place(n, PARKED_X, 0);
      n.setAttribute('aria-hidden', 'true');
      this.onPark?.(n);
      this.live.delete(key);
      this.parked.set(key, n);
    }
  }
  node(key: string): Node | undefined { return this.live.get(key); }
}

// One property at a time: Chromium restyles a changed inline property far faster than a rewritten cssText.
// Nodes sit at left/top, not at a transform: each transformed node is a paint chunk of its own, and this
// Chromium re-layerizes every chunk on each frame that moves a layer, so a pan would cost ~1 ms per 300 items.
const place = (n: Node, x: number, y: number) => {
  if (n._x !== x) { n._x = x; n.style.left = `${x}px`; }
  if (n._y !== y) { n._y = y; n.style.top = `${y}px`; }
};
const setWidth = (n: Node, w: number) => { if (n._w !== w) { n._w = w; n.style.width = `${w}px`; } };
/** A dragged entry keeps its place and shows the drag as a shift: a transform repaints nothing. */
const setShift = (n: Node, dx: number, dy: number) => {
  const t = dx || dy ? `translate(${dx}px,${dy}px)` : '';
  if (n._shift !== t) { n._shift = t; n.style.transform = t; }
};
const setHeight = (n: Node, h: number) => { if (n._h !== h) { n._h = h; n.style.height = `${h}px`; } };
const setText = (n: Node, text: string) => { if (n._t !== text) { n._t = text; n.textContent = text; } };
const setClass = (n: Node, cls: string) => { if (n._c !== cls) { n._c = cls; n.className = cls; } };
const setShown = (n: Node, shown: boolean) => { const d = shown ? '' : 'none'; if (n.style.display !== d) n.style.display = d; };
/** Hidden without leaving the layout: a layer of its own comes and goes at the cost of a paint property, not a layout. */
const setVisible = (n: Node, visible: boolean) => { const v = visible ? 'visible' : 'hidden'; if (n.style.visibility !== v) n.style.visibility = v; };

function canvasOf(cls: string): HTMLCanvasElement & Node {
  const c = document.createElement('canvas') as HTMLCanvasElement & Node;
  c.className = cls;
  return c;
}

function div(cls: string): Node {
  const d = document.createElement('div') as Node;
  d.className = cls;
  return d;
}

/** Bars carry their label between two resize handles; markers a glyph, then their label. */
function makeItemNode(bar: boolean): Node {
  const n = document.createElement('div') as Node;
  n.setAttribute('role', 'button');
  n.tabIndex = -1;
  n.innerHTML = bar ? '<span class="tl-handle start"></span><span class="tl-label"></span><span class="tl-handle end"></span>'
    : '<span class="tl-glyph"></span><span class="tl-label"></span>';
  n._label = n.children[1] as Node;
  return n;
}

/** A parked node must not still claim to be an entry (tests look for data-entity-id); its hidden aria-label may stay. */
function parkItemNode(n: Node): void {
  n._key = undefined;
  delete n.dataset.key;
  delete n.dataset.entityId;
  delete n.dataset.echoOf;
}

/** The room a label leaves in its entry: where it starts (paint.ts), and a bar's 6 px end after it. */
const labelInset = (item: Item) => labelStart(item.type, item.bar, item.approxStart) + (item.bar ? 6 : 0);

/** A time range in ms. */
interface Span { fromMs: number; toMs: number }

/** A marker's label gets at most this much room. */
const MAX_LABEL_PX = 220;

export class PlotRenderer {
  private readonly grid: HTMLElement;
  /** The plot's and the axis's horizontal scrollers, panned together. */
  private readonly pans: HTMLElement[];
  private readonly pinned: Node;
  private readonly bars: Pool;
  private readonly markers: Pool;
  private readonly counts: Pool;
  private readonly cells: Pool;
  private readonly gridLines: Pool;
  private readonly minorTicks: Pool;
  private readonly majorTicks: Pool;
  private readonly band: Node;
  private readonly dragLabel: Node;
  /** The scroller's item layer: the canvas tiles go in just before it, under the transparent nodes and the overlay. */
  private readonly plotPan: HTMLElement;
  private readonly layer: HTMLElement;
  /** The entries as painted: tiles at rest (paintCanvas), the viewport's canvas while a zoom lasts, one for a drag's entries. */
  private readonly viewCanvas: HTMLCanvasElement & Node;
  private readonly axisCanvas: HTMLCanvasElement & Node;
  /** The canvas tiles at rest, by index (tile k starts at content x k × TILE_PX), and ones put aside for reuse. */
  private tiles = new Map<number, HTMLCanvasElement & Node>();
  private spareTiles: (HTMLCanvasElement & Node)[] = [];
  /** Which lanes, zoom and origin the tiles were painted for, and the shapes they show. */
  private painted: { y: number; h: number; originMs: number; msPerPx: number; shapes: Shapes } | null = null;
  /** The scroll position the view canvas was painted at ("x,y"). */
  private viewAt = '';
  private readonly liftCanvas: HTMLCanvasElement & Node;
  private readonly painter: Painter;
  /** Shapes of the last layout, in content coordinates: ranges and connectors (by "r|"/"c|" + item key), entries (by key), counts and cells. */
  private under = new Map<string, Shape>();
  private marks = new Map<string, Shape>();
  private over: Shape[] = [];
  /** Keys of the entries a drag lifted off the canvas, and what their canvas shows (their shapes, relative to it). */
  private lifted = new Set<string>();
  private liftedLook = '';
  /** Whether the nodes still show an earlier layout (a zoom, or the first entries, painted and left them for later). */
  private nodesStale = false;
  /** Whether a zoom is in progress: its frames paint the viewport's canvases (paintView). */
  private zooming = false;
  /** Items and ticks are placed relative to this instant; panning only scrolls them. */
  private originMs = 0;
  private originMsPerPx = 0;
  private packedAt = new Map<string, number>();
  /** What the item layer was laid out for, and over which span; a frame that matches it only scrolls. */
  private laid: { items: ItemIndex | null; itemsVersion: number; density: LaneDensity | null; layout: LaneLayout | null;
    selection: readonly string[] | null; preview: DragPreview | null; first: number; last: number; msPerPx: number; originMs: number } & Span =
    { items: null, itemsVersion: -1, density: null, layout: null, selection: null, preview: null, first: -1, last: -1, fromMs: 0, toMs: 0, msPerPx: 0, originMs: 0 };
  private axis: { marks: TickMarks | null; fromMs: number; toMs: number; msPerPx: number; originMs: number; zone: string; locale: Locale | null } =
    { marks: null, fromMs: 0, toMs: 0, msPerPx: 0, originMs: 0, zone: '', locale: null };
  /** The row-neighbour of each laid-out item (bounds its label), kept for redrawing dragged items alone. */
  private nextOf = new Map<Item, Item | undefined>();
  private laneYOf = new Map<string, number>();
  private scrollX = NaN;
  private gridY = NaN;
  private bandCss = '';
  private zoomedAt = -Infinity;
  /** The scrolling major tick hidden while the pinned one shows its label. */
  private pinnedCopy: Node | null = null;
  /** Items laid out in the last pass, by key, for hit testing. */
  readonly drawn = new Map<string, Item>();
  /** Drawings of each laid-out entry, by id (an event shows once per participant lane). */
  private drawnById = new Map<string, Item[]>();
  private readonly textWidth: (text: string) => number;
  private readonly countWidth: (text: string) => number;
  private readonly cuts = new Map<string, string>();
  private labelTexts = new WeakMap<Item, { text: string; width: number }>();

  constructor(plot: HTMLElement, axis: HTMLElement) {
    const child = (cls: string, parent: HTMLElement) => parent.appendChild(div(cls));
    const scroller = (parent: HTMLElement) => {
      const pan = child('tl-pan', parent);
      child('tl-extent', pan).style.width = `${2 * PAN_PAD_PX}px`;
      // Only the renderer scrolls it: anything else (focus bringing an item into view) is undone.
      pan.addEventListener('scroll', () => { if (Math.abs(pan.scrollLeft - this.scrollX) > 1) pan.scrollLeft = this.scrollX; });
      return pan;
    };
    const plotPan = scroller(plot), axisPan = scroller(axis);
    // The pinned context is sticky in the axis scroller, before its ticks, so their opaque boxes slide over it.
    this.pinned = child('tl-tick major pinned', axisPan);
    this.pans = [plotPan, axisPan];
    this.grid = child('tl-grid', plotPan);
    const canvas = (cls: string, parent: HTMLElement) => parent.appendChild(canvasOf(cls));
    // While a zoom lasts, opaque canvases over the plot and the axis show the viewport (paintView). The plot's takes the
    // pointer meanwhile, so a click meant for what it shows never lands on a node still at its old place.
    this.viewCanvas = canvas('tl-paint tl-view', plot);
    this.axisCanvas = canvas('tl-paint', axis);
    setVisible(this.viewCanvas, false); setVisible(this.axisCanvas, false);
    const layer = (this.layer = child('tl-layer', plotPan));
    this.plotPan = plotPan;
    const axisLayer = child('tl-axis-layer', axisPan);
    const minorRow = child('tl-axis-minor', axisLayer), majorRow = child('tl-axis-major', axisLayer);
    // Sublayers keep the stacking fixed whatever order nodes are created in: counts over items.
    const items = child('tl-sublayer', layer), over = child('tl-sublayer', layer);
    // The rubber band and the drag label live in the scroller too: moving the band then only repaints, and the label
    // (a layer of its own, shifted by a transform) not even that; above the scroller either would make Chromium
    // re-layerize the page on every frame of a drag.
    const overlay = child('tl-overlay', plotPan);
    this.bars = new Pool(items, () => makeItemNode(true), parkItemNode);
    this.markers = new Pool(items, () => makeItemNode(false), parkItemNode);
    this.counts = new Pool(over, () => { const b = document.createElement('button') as Node; b.className = 'tl-count'; return b; });
    this.cells = new Pool(over, () => div('tl-cell'));
    this.gridLines = new Pool(this.grid, () => div('tl-gridline'));
    this.minorTicks = new Pool(minorRow, () => div('tl-tick'));
    this.majorTicks = new Pool(majorRow, () => div('tl-tick major'));
    this.liftCanvas = canvas('tl-lift', overlay);
    this.band = child('tl-band', overlay);
    this.dragLabel = child('tl-drag-label', overlay);
    const family = getComputedStyle(plot).fontFamily;
    this.textWidth = canvasTextWidth(`${ITEM_FONT_PX}px ${family}`);
    this.countWidth = canvasTextWidth(`${COUNT_FONT_PX}px ${family}`);
    this.painter = new Painter(readPalette(plot), family);
  }

  /** Draws a frame; returns in how many ms the margins want another pass (0: next frame; Infinity: laid out). */
  render(f: Frame): number {
    const { scale } = f;
    // A zoom, or a pan nearing the end of the scrollers, starts again from a new origin (and lays everything out).
    if (scale.msPerPx !== this.originMsPerPx || Math.abs(scale.startMs - this.originMs) / scale.msPerPx > PAN_PAD_PX - 2 * scale.widthPx) {
      this.originMs = scale.startMs;
      this.originMsPerPx = scale.msPerPx;
    }
    if (f.items !== this.laid.items || f.itemsVersion !== this.laid.itemsVersion) this.packedAt.clear();
    const scrollX = this.x(scale.startMs);
    if (scrollX !== this.scrollX) {
      this.scrollX = scrollX;
      for (const pan of this.pans) pan.scrollLeft = scrollX;
    }

    const [firstLane, lastLane] = visibleLaneRange(f.layout, f.scrollTop, f.viewHeight);
    const now = performance.now();
    const l = this.laid;
    // The very first layout is no zoom: there was nothing before it.
    if (scale.msPerPx !== l.msPerPx && l.msPerPx) this.zoomedAt = now;
    this.zooming = now - this.zoomedAt < ZOOM_SETTLE_MS;
    // A drag in progress never pans: the margins wait until it ends, so each move stays a small frame.
    const rested = !this.zooming && !f.preview;
    // The first entries to arrive are painted alone and get their nodes a frame later, so they show sooner.
    const firstEntries = !l.items && !l.density && !!(f.items || f.density);
    // Nodes left behind catch up once a zoom rests, over the span already painted if nothing wider is due.
    const span = this.nextSpan(f, firstLane, lastLane, rested) ?? (this.nodesStale && !this.zooming ? { fromMs: l.fromMs, toMs: l.toMs } : null);
    if (span) this.layOut(f, firstLane, lastLane, span, !this.zooming && !firstEntries);
    else if (l.preview !== f.preview && f.items) this.redrawDragged(f, l.preview, f.preview);
    else if (this.zooming && `${this.scrollX},${f.scrollTop}` !== this.viewAt) this.paintView(f, firstLane, lastLane);
    this.laid.preview = f.preview;
    this.renderAxis(f);
    this.renderOverlay(f);
    if (!this.nextSpan(f, firstLane, lastLane, true) && !this.nodesStale) return Infinity;
    // Margins wait for a drag to end: the frame that ends it asks again.
    if (f.preview) return Infinity;
    return rested ? 0 : this.zoomedAt + ZOOM_SETTLE_MS - now;
  }

  /**
   * The span to lay out this frame, or null when the last one still serves. A zoom lays out the viewport alone
   * (and a sliver), which is all the frame answering it can afford; once it rests, the frames after widen the
   * margins step by step, so a pan finds its items already there and only scrolls.
   */
  private nextSpan(f: Frame, firstLane: number, lastLane: number, mayWiden: boolean): Span | null {
    const { scale } = f;
    const px = scale.msPerPx;
    const viewFrom = scale.startMs, viewTo = endMsOf(scale);
    // A drag may carry items from a lane just scrolled out of view; 40 px of slack keeps them drawn.
    const slack = 40;
    const l = this.laid;
    const same = l.items === f.items && l.itemsVersion === f.itemsVersion && l.density === f.density && l.layout === f.layout
      && l.selection === f.selection && l.first === firstLane && l.last === lastLane && l.msPerPx === px && l.originMs === this.originMs;
    // The margins laid out now, in pixels of the current zoom.
    let left = (viewFrom - l.fromMs) / px, right = (l.toMs - viewTo) / px;
    const target = MARGIN_SCREENS * scale.widthPx, step = MARGIN_STEP_SCREENS * scale.widthPx;
    if (!same || left < slack || right < slack) {
      // A zoom starts from the viewport; new data keeps the margins it had (their nodes mostly exist already);
      // a pan that outran a margin starts that one afresh.
      const small = Math.max(FIRST_MARGIN_SCREENS * scale.widthPx, 2 * slack);
      left = l.msPerPx !== px || left < slack ? small : Math.min(target, left);
      right = l.msPerPx !== px || right < slack ? small : Math.min(target, right);
    } else {
      if (!mayWiden) return null;
      // Widen a side whose margin fell a step short of the target (a pan does so every step's width); trim one that
      // grew a screen past it.
      const newLeft = left <= target - step ? Math.min(target, left + step) : left > target + scale.widthPx ? target : left;
      const newRight = right <= target - step ? Math.min(target, right + step) : right > target + scale.widthPx ? target : right;
      if (newLeft === left && newRight === right) return null;
      left = newLeft; right = newRight;
    }
    return { fromMs: viewFrom - left * px, toMs: viewTo + right * px };
  }

  /** Where an instant lies in the scrollers' content. */
  private x(ms: number): number { return PAN_PAD_PX + (ms - this.originMs) / this.originMsPerPx; }

  /** Every visible lane's items (or counts) over a span, painted; their nodes laid out too unless `nodes` is false. */
  private layOut(f: Frame, firstLane: number, lastLane: number, span: Span, nodes: boolean) {
    this.laid = { items: f.items, itemsVersion: f.itemsVersion, density: f.density, layout: f.layout, selection: f.selection, preview: f.preview,
      first: firstLane, last: lastLane, msPerPx: f.scale.msPerPx, originMs: this.originMs, ...span };
    const selection = new Set(f.selection);
    const pools = [this.bars, this.markers, this.counts, this.cells];
    if (nodes) pools.forEach((p) => p.begin());
    this.drawn.clear(); this.drawnById.clear(); this.nextOf.clear(); this.laneYOf.clear();
    this.under = new Map(); this.marks = new Map(); this.over = [];
    this.nodesStale = !nodes;
    for (let li = firstLane; li <= lastLane; li++) {
      const lane = f.layout.lanes[li];
      this.laneYOf.set(lane.id, lane.y);
      if (f.items) this.layOutLane(f, lane.id, lane.y, span, selection, nodes);
      else if (f.density) this.renderLaneDensity(f, f.density, lane.id, lane.y, span, nodes);
    }
    if (nodes) pools.forEach((p) => p.end());
    this.lifted = this.liftedKeys(f.preview);
    this.paintCanvas(f, firstLane, lastLane);
    this.paintLifted();
  }

  /** The keys of the drawings a drag carries. */
  private liftedKeys(preview: DragPreview | null): Set<string> {
    const keys = new Set<string>();
    for (const id of preview?.deltas.keys() ?? []) for (const item of this.drawnById.get(id) ?? []) keys.add(item.key);
    return keys;
  }

  /**
   * At rest, tiles of canvas in the scroller cover the visible lanes from a screen before the view to a screen (and a
   * marker label's reach) after it, so a pan only scrolls them. A tile coming into that range is painted whole; the
   * others, at the same zoom, origin and lanes, paint again only the strips where shapes changed, came or went since they
   * were last painted (a pan's wider margins, entries arriving, a selection), so a frame hands the compositor the few
   * tiles it changed. A drag's lifting paints them whole.
   */
  private paintCanvas(f: Frame, firstLane: number, lastLane: number, whole = false) {
    if (this.zooming) { this.paintView(f, firstLane, lastLane); return; }
    setVisible(this.viewCanvas, false); setVisible(this.axisCanvas, false);
    const reach = MAX_LABEL_PX + 2 * MARKER_PX, dpr = window.devicePixelRatio || 1, width = f.scale.widthPx;
    const y = f.layout.lanes[firstLane]?.y ?? 0, h = (lastLane - firstLane + 1) * LANE_HEIGHT;
    const p = this.painted, shapes = { under: this.under, marks: this.marks, over: this.over };
    const first = Math.floor((this.scrollX - width) / TILE_PX), last = Math.floor((this.scrollX + 2 * width + reach) / TILE_PX);
    let strips = !whole && !f.preview && p && p.originMs === this.originMs && p.msPerPx === f.scale.msPerPx && p.y === y && p.h === h
      ? changedStrips(p.shapes, shapes) : null;
    if (strips && strips.reduce((sum, [a, b]) => sum + b - a, 0) > 0.6 * (last - first + 1) * TILE_PX) strips = null;
    for (const [k, tile] of this.tiles) {
      if (k >= first && k <= last) continue;
      setShown(tile, false);
      this.tiles.delete(k);
      this.spareTiles.push(tile);
    }
    for (let k = first; k <= last; k++) {
      let tile = this.tiles.get(k);
      const fresh = !tile || !strips;
      if (!tile) {
        tile = this.spareTiles.pop() ?? this.plotPan.insertBefore(canvasOf('tl-paint'), this.layer);
        this.tiles.set(k, tile);
        setShown(tile, true);
      }
      const at = { x: k * TILE_PX, y, h };
      place(tile, at.x, y);
      this.fit(tile, TILE_PX, h);
      const g = tile.getContext('2d');
      if (!g) continue;
      if (fresh) this.paintStrip(g, at, at.x, at.x + TILE_PX, dpr);
      else for (const [a, b] of strips!) if (a < at.x + TILE_PX && b > at.x) this.paintStrip(g, at, Math.max(a, at.x), Math.min(b, at.x + TILE_PX), dpr);
    }
    this.painted = { y, h, originMs: this.originMs, msPerPx: f.scale.msPerPx, shapes };
  }

  /** Gives a canvas's bitmap room for w × h CSS pixels at the screen's resolution, in steps, shrinking it only to under half. */
  private fit(c: HTMLCanvasElement & Node, w: number, h: number): void {
    const dpr = window.devicePixelRatio || 1;
    const step = (v: number) => Math.ceil((v * dpr) / 256) * 256;
    if (c.width < w * dpr || c.height < h * dpr || c.width > 2 * step(w) || c.height > 2 * step(h)) {
      c.width = step(w); c.height = step(h);
      setWidth(c, c.width / dpr); setHeight(c, c.height / dpr);
    }
  }

  /** Paints again, clipped, what of the layout lies between content x `a` and `b`. */
  private paintStrip(g: CanvasRenderingContext2D, p: { x: number; y: number; h: number }, a: number, b: number, dpr: number) {
    const left = Math.max(0, Math.floor((a - p.x) * dpr)), right = Math.ceil((b - p.x) * dpr), height = Math.ceil(p.h * dpr);
    g.save();
    g.beginPath(); g.rect(left, 0, right - left, height); g.clip();
    g.clearRect(left, 0, right - left, height);
    const inside = function* (shapes: Iterable<Shape>) { for (const s of shapes) { const [x0, x1] = extentOf(s); if (x0 < b && x1 > a) yield s; } };
    this.painter.paint(g, inside(this.unlifted()), p.x, p.y, dpr);
    g.restore();
  }

  /**
   * While a zoom leaves the nodes, the grid and the axis's ticks be, opaque canvases over the plot and the axis show the
   * viewport alone, with all that lies under the entries: a frame's cost grows with the pixels and the boxes it hands
   * the compositor, and these bitmaps keep their size all through a zoom.
   */
  private paintView(f: Frame, firstLane: number, lastLane: number) {
    const dpr = window.devicePixelRatio || 1, w = f.scale.widthPx, h = f.viewHeight, y = f.scrollTop;
    setVisible(this.viewCanvas, true); setVisible(this.axisCanvas, true);
    this.viewAt = `${this.scrollX},${y}`;
    place(this.viewCanvas, 0, y);
    const ticks = ticksFor(f.scale, f.zone, f.locale);
    const g = this.sized(this.viewCanvas, w, h, true);
    if (g) {
      const bottoms = f.layout.lanes.slice(firstLane, lastLane + 1).map((lane) => lane.y + LANE_HEIGHT - y);
      this.painter.backdrop(g, w, h, bottoms, ticks.minor.map((t) => t.x), dpr);
      this.painter.paint(g, this.unlifted(), this.scrollX, y, dpr);
    }
    const pin = pinnedMajor(ticks.major, f.scale);
    const axis = this.sized(this.axisCanvas, w, 2 * AXIS_ROW_PX, true);
    if (axis) this.painter.axis(axis, w, { minor: ticks.minor, major: ticks.major.filter((t) => t.ms !== pin?.ms) }, pin && pin.maxWidth! >= 40 ? pin.label : null, dpr);
  }

  /** The laid-out shapes, in paint order, but those a drag lifted. */
  private *unlifted(): Generator<Shape> {
    for (const [key, s] of this.under) if (!this.lifted.has(key.slice(2))) yield s;
    for (const [key, s] of this.marks) if (!this.lifted.has(key)) yield s;
    yield* this.over;
  }

  /** The entries a drag carries, on a canvas of their own just big enough for them and their shadow. */
  private paintLifted() {
    const shapes: Shape[] = [];
    for (const key of this.lifted) {
      for (const s of [this.under.get(`r|${key}`), this.under.get(`c|${key}`), this.marks.get(key)]) if (s) shapes.push(s);
    }
    setShown(this.liftCanvas, shapes.length > 0);
    if (!shapes.length) { this.liftedLook = ''; return; }
    let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    for (const s of shapes) {
      const [left, right] = extentOf(s);
      x0 = Math.min(x0, left); x1 = Math.max(x1, right);
      y0 = Math.min(y0, s.y); y1 = Math.max(y1, s.y + ('h' in s ? s.h : ITEM_HEIGHT));
    }
    const pad = 16, x = x0 - pad, y = y0 - pad;
    // A move shifts the same drawing: the canvas moves on the compositor, and is painted again only when what it shows changed.
    setShift(this.liftCanvas, x, y);
    const look = JSON.stringify(shapes.map((s) => ({ ...s, x: s.x - x, y: s.y - y })));
    if (look === this.liftedLook) return;
    this.liftedLook = look;
    const g = this.sized(this.liftCanvas, Math.ceil(x1 - x) + pad, Math.ceil(y1 - y) + pad);
    if (g) this.painter.paint(g, shapes, x, y, window.devicePixelRatio || 1);
  }

  /**
   * A canvas with room for w × h CSS pixels at the screen's resolution, that room cleared: its context. The bitmap grows
   * in steps and shrinks only to under half, since a new bitmap costs the compositor far more than a few unused pixels.
   */
  private sized(c: HTMLCanvasElement & Node, w: number, h: number, opaque = false): CanvasRenderingContext2D | null {
    const dpr = window.devicePixelRatio || 1;
    this.fit(c, w, h);
    const g = c.getContext('2d', { alpha: !opaque });
    if (!opaque) g?.clearRect(0, 0, Math.ceil(w * dpr), Math.ceil(h * dpr));
    return g;
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

  private layOutLane(f: Frame, laneId: string, laneY: number, span: Span, selection: ReadonlySet<string>, nodes: boolean) {
    const lane = f.items!.get(laneId);
    if (!lane) return;
    this.pack(f.items!, laneId, f.scale.msPerPx);
    const visible = itemsInRange(lane, span.fromMs, span.toMs);
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
      if (this.drawn.size >= MAX_ITEM_NODES) { (skipped ??= new Set()).add(item); continue; }
      this.drawn.set(item.key, item);
      const twins = this.drawnById.get(item.id);
      if (twins) twins.push(item); else this.drawnById.set(item.id, [item]);
      this.drawItem(f, item, laneY, selection.has(item.id), nodes ? 'lay out' : 'paint only');
    }
    const counted = skipped ? visible.map((i) => (skipped.has(i) ? { ...i, row: -1 } : i)) : visible;
    for (const c of overflowClusters(laneId, counted, f.scale.msPerPx)) {
      const x = this.x(c.startMs), y = laneY + LANE_PAD + ROWS_PER_LANE * ROW_HEIGHT, text = `+${c.count}`;
      this.over.push({ kind: 'count', x, y, w: this.countWidth(text) + 2 * COUNT_PAD_PX, text });
      if (!nodes) continue;
      const n = this.counts.get(`${laneId}:${c.startMs}`);
      place(n, x, y);
      setText(n, text);
      setZoomTarget(n, c.startMs, c.endMs, `${c.count} more entries here; click to zoom in`);
    }
  }

  /** A drag moved: only the dragged entries (and the ones it just let go of) are drawn again. */
  private redrawDragged(f: Frame, before: DragPreview | null, now: DragPreview | null) {
    const ids = new Set<string>([...(before?.deltas.keys() ?? []), ...(now?.deltas.keys() ?? [])]);
    const selection = new Set(f.selection);
    for (const id of ids) {
      for (const item of this.drawnById.get(id) ?? []) {
        const laneY = this.laneYOf.get(item.laneId);
        if (laneY !== undefined) this.drawItem(f, item, laneY, selection.has(item.id), this.nodesStale ? 'paint only' : 'again');
      }
    }
    // The canvas under them is painted again only when a drag lifts entries off it or sets them back.
    const lifted = this.liftedKeys(now);
    const same = lifted.size === this.lifted.size && [...lifted].every((k) => this.lifted.has(k));
    this.lifted = lifted;
    if (!same) this.paintCanvas(f, this.laid.first, this.laid.last, true);
    this.paintLifted();
  }

  private poolOf(item: Item): Pool { return item.bar ? this.bars : this.markers; }

  /** An item's label text and its width, worked out once per item. */
  private labelOf(item: Item): { text: string; width: number } {
    let l = this.labelTexts.get(item);
    if (!l) {
      const text = item.type === 'statement' && item.outlets ? `${item.outlets} · ${item.label}` : item.label;
      this.labelTexts.set(item, (l = { text, width: this.textWidth(text) }));
    }
    return l;
  }

  /** A label cut to a room, remembered: a zoom asks again for the same few steps of each label. */
  private cutOf(text: string, room: number): string {
    const key = `${room}\u0000${text}`;
    let cut = this.cuts.get(key);
    if (cut === undefined) {
      if (this.cuts.size > 20_000) this.cuts.clear();
      this.cuts.set(key, (cut = fitText(text, room, this.textWidth)));
    }
    return cut;
  }

  /**
   * An entry's shape, and its node: taken from the pool ('lay out'), the one it already has ('again', for a drag), or
   * none ('paint only', while a zoom leaves the nodes be).
   */
  private drawItem(f: Frame, item: Item, laneY: number, selected: boolean, node: 'lay out' | 'again' | 'paint only') {
    const msPerPx = f.scale.msPerPx;
    const delta = f.preview?.deltas.get(item.id);
    const dy = delta && item.laneId === f.preview!.fromLaneId ? f.preview!.dyPx : 0;
    // A move shifts the item as it is; a resize draws it with its new dates.
    const moved = delta && delta.startMs === delta.endMs ? delta.startMs / msPerPx : null;
    const startMs = item.startMs + (moved === null ? delta?.startMs ?? 0 : 0), endMs = item.endMs + (moved === null ? delta?.endMs ?? 0 : 0);
    const y = laneY + LANE_PAD + item.row * ROW_HEIGHT + (moved === null ? dy : 0);
    const [sx, sy] = moved === null ? [0, 0] : [moved, dy];
    const pool = this.poolOf(item);
    const n = node === 'lay out' ? pool.get(item.key) : node === 'again' ? pool.node(item.key) : undefined;
    // A bar spans its dates. A marker's box is its glyph and label.
    let left: number, labelRoom: number, width = 0;
    if (item.bar) {
      left = this.x(startMs);
      width = Math.max(6, (endMs - startMs) / msPerPx);
      labelRoom = width;
    } else {
      const cx = this.x((startMs + endMs) / 2);
      left = cx - MARKER_PX / 2;
      const next = this.nextOf.get(item);
      labelRoom = MARKER_PX + Math.max(0, Math.min(MAX_LABEL_PX, next ? this.x(next.startMs) - left - 6 : MAX_LABEL_PX));
      // An uncertain date's whole range shows as a faint band behind the marker, once it is wide enough to see.
      const rangePx = (endMs - startMs) / msPerPx;
      if (rangePx >= 12) this.under.set(`r|${item.key}`, { kind: 'range', type: item.type, x: this.x(startMs) + sx, y: y + 5 + sy, w: rangePx });
      else this.under.delete(`r|${item.key}`);
    }
    const { text, width: textWidth } = this.labelOf(item);
    const fit = labelFit(textWidth, labelRoom - labelInset(item));
    const label = fit === 'none' ? '' : typeof fit === 'number' ? this.cutOf(text, fit) : text;
    const common = { type: item.type, x: left + sx, y: y + sy, label, echo: !item.primary, selected, lifted: !!delta };
    this.marks.set(item.key, item.bar
      ? { kind: 'bar', ...common, w: width, approxStart: item.approxStart, approxEnd: item.approxEnd }
      : { kind: 'marker', ...common, w: labelInset(item) + (fit === 'none' ? 0 : typeof fit === 'number' ? fit : textWidth), approx: item.approxStart });
    if (item.primary && item.twins.length > 1) this.layOutConnector(f, item, sx + (item.bar ? this.x(startMs) + 3 : this.x((startMs + endMs) / 2)), dy);
    if (n) this.placeNode(n, item, { left, y, width, shift: [sx, sy], label, fit, selected, dragging: !!delta });
  }

  /** An entry's transparent node over its drawing: its box, classes, ids and accessible name. */
  private placeNode(n: Node, item: Item, at: { left: number; y: number; width: number; shift: [number, number]; label: string; fit: ReturnType<typeof labelFit>; selected: boolean; dragging: boolean }) {
    setClass(n, `tl-item tl-${item.type} ${item.bar ? 'bar' : 'marker'}${item.approxStart ? ' approx-start' : ''}${item.approxEnd ? ' approx-end' : ''}`
      + `${at.selected ? ' selected' : ''}${at.dragging ? ' dragging' : ''}${item.primary ? '' : ' echo'}`);
    if (item.bar) setWidth(n, at.width);
    place(n, at.left, at.y);
    setShift(n, ...at.shift);
    if (n._key !== item.key) {
      n._key = n.dataset.key = item.key;
      if (item.primary) { n.dataset.entityId = item.id; delete n.dataset.echoOf; } else { n.dataset.echoOf = item.id; delete n.dataset.entityId; }
    }
    // Formatting dates is slow: an item's accessible name is built once, when a node first shows it.
    if (n._item !== item) { n._item = item; n.setAttribute('aria-label', item.ariaLabel()); }
    // The label is there, transparent, so a marker's node covers its drawn label.
    const label = n._label!;
    setText(label, at.label);
    if ((at.fit === 'none') !== (label._fit === 'none')) label.className = at.fit === 'none' ? 'tl-label none' : 'tl-label';
    label._fit = at.fit;
  }

  /** The dotted line from an event's first drawing to its other lanes' ones. */
  private layOutConnector(f: Frame, item: Item, cx: number, dy: number) {
    let top = Infinity, bottom = -Infinity;
    for (const twin of item.twins) {
      const y = twin.row >= 0 ? this.rowY(f, twin) + ROW_HEIGHT / 2 : f.layout.lanes[f.layout.index.get(twin.laneId) ?? 0].y + LANE_HEIGHT / 2;
      top = Math.min(top, y + (twin === item ? dy : 0));
      bottom = Math.max(bottom, y);
    }
    this.under.set(`c|${item.key}`, { kind: 'connector', x: cx, y: top, h: Math.max(0, bottom - top) });
  }

  private renderLaneDensity(f: Frame, d: LaneDensity, laneId: string, laneY: number, span: Span, nodes: boolean) {
    const cells = d.lanes.get(laneId);
    if (!cells) return;
    const first = Math.floor((span.fromMs - d.origin) / d.bucketMs), last = Math.ceil((span.toMs - d.origin) / d.bucketMs);
    const w = d.bucketMs / f.scale.msPerPx;
    for (const [b, count] of cells) {
      if (b < first || b > last) continue;
      const x = this.x(d.origin + b * d.bucketMs), y = laneY + LANE_PAD, width = Math.max(2, w - 1);
      // The count shows only where it fits.
      const text = w >= 8 + 6 * String(count).length ? String(count) : '';
      this.over.push({ kind: 'cell', x, y, w: width, strength: 0.15 + 0.85 * (Math.log(1 + count) / Math.log(1 + d.max)), text });
      if (!nodes) continue;
      const n = this.cells.get(`${laneId}:${b}`);
      place(n, x, y);
      setWidth(n, width);
      setZoomTarget(n, d.origin + b * d.bucketMs, d.origin + (b + 1) * d.bucketMs, `${count} entries; click to zoom in`);
    }
  }

  /** Ticks for the viewport and its margins, laid out when the zoom changes or the view leaves them. */
  private renderAxis(f: Frame) {
    // A zoom in progress paints the axis on its canvas (paintView); the ticks catch up once it rests.
    if (this.zooming) return;
    const { scale } = f;
    const a = this.axis;
    const viewTo = endMsOf(scale);
    if (!a.marks || a.msPerPx !== scale.msPerPx || a.originMs !== this.originMs || a.zone !== f.zone || a.locale !== f.locale
      || a.fromMs > scale.startMs || a.toMs < viewTo) {
      const margin = MARGIN_SCREENS * scale.widthPx * scale.msPerPx;
      const fromMs = scale.startMs - margin, toMs = viewTo + margin;
      const marks = tickMarks(fromMs, toMs, scale.msPerPx, f.zone, f.locale);
      this.axis = { marks, fromMs, toMs, msPerPx: scale.msPerPx, originMs: this.originMs, zone: f.zone, locale: f.locale };
      // The hidden copy of the pinned tick may go to another tick in this pass: it shows again, and is chosen anew below.
      if (this.pinnedCopy) { this.pinnedCopy.style.visibility = ''; this.pinnedCopy = null; }
      this.minorTicks.begin(); this.majorTicks.begin(); this.gridLines.begin();
      for (const t of marks.minor) {
        const x = this.x(t.ms);
        const n = this.minorTicks.get(String(t.ms));
        place(n, x, 0);
        setText(n, t.label);
        place(this.gridLines.get(String(t.ms)), x, 0);
      }
      for (const t of marks.major) {
        const n = this.majorTicks.get(String(t.ms));
        place(n, this.x(t.ms), 0);
        setText(n, t.label);
      }
      this.minorTicks.end(); this.majorTicks.end(); this.gridLines.end();
    }
    // The grid is a screen tall and follows the vertical scroll (the horizontal one moves it with the scroller).
    if (f.scrollTop !== this.gridY) { this.gridY = f.scrollTop; this.grid.style.transform = `translate3d(0,${f.scrollTop}px,0)`; }
    // The context (the month above days…) stays pinned at the left edge. It lies under the scrolling ticks,
    // whose opaque boxes slide over it, and its own scrolling copy hides: a pan writes nothing here.
    // With the next one under 40 px away it hides rather than show a stub, as that one takes over.
    const pin = pinnedMajor(this.axis.marks!.major, scale);
    setShown(this.pinned, !!pin && pin.maxWidth! >= 40);
    if (pin) setText(this.pinned, pin.label);
    const copy = pin ? this.majorTicks.node(String(pin.ms)) ?? null : null;
    if (copy !== this.pinnedCopy) {
      if (this.pinnedCopy) this.pinnedCopy.style.visibility = '';
      if (copy) copy.style.visibility = 'hidden';
      this.pinnedCopy = copy;
    }
  }

  private renderOverlay(f: Frame) {
    const b = f.band;
    // Band and label come in plot coordinates; the scroller's content starts scrollX to their left.
    const bandCss = b ? `left:${this.scrollX + Math.min(b.x0, b.x1)}px;top:${Math.min(b.y0, b.y1)}px;width:${Math.abs(b.x1 - b.x0)}px;height:${Math.abs(b.y1 - b.y0)}px` : 'display:none';
    if (bandCss !== this.bandCss) { this.bandCss = bandCss; this.band.style.cssText = bandCss; }
    const p = f.preview;
    setShown(this.dragLabel, !!p);
    if (p) {
      setShift(this.dragLabel, this.scrollX + p.at.x + 14, p.at.y - 28);
      setText(this.dragLabel, p.label);
    }
  }

  /** Items whose drawn box intersects a rectangle in plot coordinates (rubber band selection). */
  itemsInRect(rect: { x0: number; y0: number; x1: number; y1: number }, plot: HTMLElement): string[] {
    const box = plot.getBoundingClientRect();
    const [l, r] = [Math.min(rect.x0, rect.x1), Math.max(rect.x0, rect.x1)];
    const [t, btm] = [Math.min(rect.y0, rect.y1), Math.max(rect.y0, rect.y1)];
    const ids = new Set<string>();
    for (const item of this.drawn.values()) {
      const n = this.poolOf(item).node(item.key);
      if (!n) continue;
      const b = n.getBoundingClientRect();
      const x0 = b.left - box.left, y0 = b.top - box.top;
      if (x0 < r && x0 + b.width > l && y0 < btm && y0 + b.height > t) ids.add(item.id);
    }
    return [...ids];
  }
}

/** Counts and density cells zoom to their time range when clicked. */
function setZoomTarget(n: Node, fromMs: number, toMs: number, title: string) {
  const from = String(fromMs), to = String(toMs);
  if (n.dataset.fromMs !== from) n.dataset.fromMs = from;
  if (n.dataset.toMs !== to) n.dataset.toMs = to;
  if (n.title !== title) n.title = title;
}
