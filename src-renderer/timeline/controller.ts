// The timeline's live state outside React: scale, gestures, loaded data and the frame loop. React draws
// the chrome (headers, controls, hover card); this draws the plot, once per animation frame when dirty.
import type { EntryMove, TimedStatement, TimelineDensity } from '../../shared/api';
import { formatUncertain, fromInstant, rangeOf } from '../../shared/dates';
import type { Actor } from '../../shared/model';
import { call } from '../api/client';
import { extentKey, useApp } from '../state/store';
import { isEvent, planMove, planNudge, planNudgeEnd, planResize, previewDelta, startOf, type Entry } from './edits';
import { buildItems, dropItems, itemsInRange, mergeItems, type Item, type ItemIndex } from './items';
import { cancel, IDLE, isCancellable, move, press, release, type Effect, type Gesture, type PressTarget } from './interaction';
import { EMPTY_PREFS, laneAtY, layoutLanes, visibleLaneRange, LANE_HEIGHT, type LaneLayout, type LanePrefs } from './lanes';
import { TimelineLoader } from './loader';
import { userLocale } from './locale';
import { drawOverviewBars, drawOverviewWindow, overviewFrom, overviewMsAt, overviewWindow, OVERVIEW_BUCKETS, type OverviewData } from './overview';
import { densityByLane, PlotRenderer, type DragPreview, type LaneDensity } from './renderer';
import { centreOn, endMsOf, fitRange, msAt, pan, resize, zoomAt, type TimeScale } from './scale';
import { precisionForZoom } from './ticks';

export interface Elements { scroller: HTMLElement; plot: HTMLElement; axis: HTMLElement; overview: HTMLCanvasElement; overviewWindow: HTMLCanvasElement }
export interface HoverInfo { id: string; x: number; y: number }

const DAY = 86_400_000;
const app = () => useApp.getState();
/** Loaded entries are turned into items for at most this long per frame, so a large load spreads over frames. */
const BUILD_BUDGET_MS = 4;
const BUILD_PIECE = 100;
/** Lane headers exist for the visible lanes and this many more on each side, so a scroll seldom re-renders them. */
const HEADER_OVERSCAN = 8;

export class TimelineController {
  scale: TimeScale = { startMs: Date.now() - 15 * DAY, msPerPx: DAY / 30, widthPx: 900 };
  layout: LaneLayout = layoutLanes([], EMPTY_PREFS);
  prefs: LanePrefs = EMPTY_PREFS;
  laneWindow: [number, number] = [0, 0];
  /** The lanes whose headers React renders; replaced only when a scroll leaves it. */
  headerWindow: [number, number] = [0, -1];
  hover: HoverInfo | null = null;
  mode: 'items' | 'density' | null = null;

  private el: Elements | null = null;
  private renderer: PlotRenderer | null = null;
  private readonly loader = new TimelineLoader({
    entries: (change) => this.onEntries(change),
    density: (d) => this.onDensity(d),
    // A failed load is shown, then asked again half a second later (the next frame wants the view again).
    error: (e) => { app().showError(e.message); setTimeout(() => this.invalidate(), 500); },
  });
  private items: ItemIndex | null = null;
  /** Bumped whenever items are added or dropped, so the renderer lays them out again. */
  private itemsVersion = 0;
  /** Loaded entries not yet turned into items, and whether they replace the items drawn now. */
  private pending: Entry[] = [];
  private pendingReset = false;
  private densityData: TimelineDensity | null = null;
  private density: LaneDensity | null = null;
  /** The loaded entries by id, for edits. */
  private get entries(): ReadonlyMap<string, Entry> { return this.loader.entries; }
  private actors: Actor[] = [];
  private gesture: Gesture = IDLE;
  private preview: DragPreview | null = null;
  /** A committed drag keeps its preview until the reloaded data shows the entries at their new place. */
  private committing = false;
  private overview: OverviewData | null = null;
  private frame = 0;
  private fitted = false;
  private listeners = new Set<() => void>();
  private laneListeners = new Set<() => void>();
  private hoverTimer = 0;
  private passTimer = 0;
  private paintedOnce = false;
  private cleanup: (() => void)[] = [];
  /** Sizes and scroll position, kept from observers and events so a frame never reads layout. */
  private size = { plotWidth: 0, viewHeight: 0, scrollTop: 0, overviewWidth: 0, overviewHeight: 0 };
  private overviewDrawn: { data: OverviewData | null; w: number; h: number } = { data: null, w: -1, h: -1 };
  private overviewWindowKey = '';
  /** The extent of the project under a filter and revision, asked once for the fit and the overview. */
  private extentAsked: { key: string; value: Promise<{ startMs: number; endMs: number } | null> } | null = null;
  private overviewWanted = false;

  // ---- wiring ---------------------------------------------------------------------------------

  attach(el: Elements): () => void {
    this.el = el;
    this.renderer = new PlotRenderer(el.plot, el.axis);
    const on = <K extends keyof HTMLElementEventMap>(t: HTMLElement, type: K, fn: (e: HTMLElementEventMap[K]) => void, opts?: AddEventListenerOptions) => {
      t.addEventListener(type, fn, opts);
      this.cleanup.push(() => t.removeEventListener(type, fn, opts));
    };
    on(el.plot, 'pointerdown', (e) => this.onPointerDown(e));
    on(el.plot, 'pointermove', (e) => this.onPointerMove(e));
    on(el.plot, 'pointerup', (e) => this.onPointerUp(e));
    on(el.plot, 'pointercancel', () => this.applyStep(cancel(this.gesture)));
    on(el.plot, 'dblclick', (e) => this.onDoubleClick(e));
    on(el.plot, 'pointerover', (e) => this.onHover(e));
    on(el.plot, 'pointerleave', () => this.hideHoverSoon());
    on(el.scroller, 'wheel', (e) => this.onWheel(e), { passive: false });
    on(el.scroller, 'scroll', () => { this.size.scrollTop = el.scroller.scrollTop; this.invalidate(); });
    on(el.overview, 'pointerdown', (e) => this.onOverview(e));
    on(el.overview, 'pointermove', (e) => { if (e.buttons === 1) this.onOverview(e); });
    const onKeyCapture = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && isCancellable(this.gesture)) {
        e.preventDefault();
        e.stopPropagation();
        this.applyStep(cancel(this.gesture));
      }
    };
    window.addEventListener('keydown', onKeyCapture, true);
    this.cleanup.push(() => window.removeEventListener('keydown', onKeyCapture, true));
    const measure = () => {
      this.size = { plotWidth: el.plot.clientWidth, viewHeight: el.scroller.clientHeight, scrollTop: el.scroller.scrollTop,
        overviewWidth: el.overview.clientWidth, overviewHeight: el.overview.clientHeight };
      this.invalidate();
    };
    const observer = new ResizeObserver(measure);
    for (const t of [el.plot, el.scroller, el.overview]) observer.observe(t);
    measure();
    this.cleanup.push(() => observer.disconnect());
    this.invalidate();
    return () => {
      cancelAnimationFrame(this.frame);
      clearTimeout(this.passTimer);
      this.cleanup.forEach((f) => f());
      this.cleanup = [];
      this.el = null;
    };
  }

  subscribe(fn: () => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  /** The lane headers' own subscription: a vertical scroll re-renders them, and nothing else in React. */
  subscribeLanes(fn: () => void): () => void {
    this.laneListeners.add(fn);
    return () => this.laneListeners.delete(fn);
  }

  /** Bumped on every change the rest of the React view shows (lanes, hover, load mode). */
  version = 0;
  private notify() { this.version++; this.listeners.forEach((f) => f()); }

  private get zone() { return app().project?.settings.displayZone ?? 'UTC'; }

  setActors(actors: Actor[], prefs: LanePrefs): void {
    this.actors = actors;
    this.prefs = prefs;
    this.layout = layoutLanes(actors, prefs);
    this.headerWindow = [0, -1];
    this.rebuild();
    this.notify();
    this.invalidate();
  }

  /** Data changed in the file (an edit, undo, a filter): reload what is visible. */
  reload(): void {
    this.loader.invalidate();
    this.invalidate();
    // The overview waits for the view's own data, so the two never compete for the first paint.
    this.overviewWanted = true;
    if (this.paintedOnce) this.loadOverviewOnce();
    if (!this.fitted) void this.fitAll().finally(() => { this.fitted = true; this.invalidate(); });
  }

  private loadOverviewOnce(): void {
    if (!this.overviewWanted) return;
    this.overviewWanted = false;
    void this.loadOverview();
  }

  /** timeline.extent for the current filter and revision (read with the project if it still holds), shared by every caller until either changes. */
  private extent(): Promise<{ startMs: number; endMs: number } | null> {
    const { filter, revision, timelineExtent } = app();
    const key = extentKey(filter, revision);
    if (this.extentAsked?.key !== key) {
      this.extentAsked = { key, value: timelineExtent?.key === key ? Promise.resolve(timelineExtent.value) : call('timeline.extent', { filter }) };
    }
    return this.extentAsked.value;
  }

  invalidate(): void {
    if (!this.frame) this.frame = requestAnimationFrame(() => { this.frame = 0; this.draw(); });
  }

  // ---- the frame ------------------------------------------------------------------------------

  private draw(): void {
    const el = this.el;
    // Until the first fit the scale is a placeholder: a frame drawn at it would only hold up the fit's own.
    if (!el || !this.renderer || !this.fitted) return;
    // No layout is read here: sizes come from the ResizeObserver, the scroll position from scroll events.
    const { plotWidth: width, scrollTop: top, viewHeight: height } = this.size;
    if (width && width !== this.scale.widthPx) this.scale = resize(this.scale, width);
    this.loader.want({ fromMs: this.scale.startMs, toMs: endMsOf(this.scale), msPerPx: this.scale.msPerPx }, app().filter, app().revision);
    this.buildPending();
    const nextPassIn = this.renderer.render({
      scale: this.scale, scrollTop: top, viewHeight: height, layout: this.layout, items: this.items, itemsVersion: this.itemsVersion,
      density: this.density, selection: app().selection, preview: this.preview, band: this.bandRect(), zone: this.zone, locale: this.locale,
    });
    // Entries still to build, or margins still to lay out: carry on next frame, or once the zoom has rested.
    clearTimeout(this.passTimer);
    if (nextPassIn === 0 || this.pending.length) this.invalidate();
    else if (nextPassIn < Infinity) this.passTimer = window.setTimeout(() => this.invalidate(), nextPassIn);
    this.drawOverview();
    const range = visibleLaneRange(this.layout, top, height);
    this.laneWindow = range;
    const [from, to] = this.headerWindow;
    if (range[0] < from || range[1] > to) {
      this.headerWindow = [Math.max(0, range[0] - HEADER_OVERSCAN), Math.min(this.layout.lanes.length - 1, range[1] + HEADER_OVERSCAN)];
      this.laneListeners.forEach((f) => f());
    }
    // The first frame that shows the project's entries in their lanes (the benchmark reads this mark).
    const lanesKnown = this.actors.length > 0 || app().project?.counts.actors === 0;
    if (!this.paintedOnce && (this.items || this.density) && lanesKnown) {
      this.paintedOnce = true;
      requestAnimationFrame(() => performance.mark('parley:timeline-painted'));
      this.loadOverviewOnce();
    }
  }

  private readonly locale = userLocale();

  /** The histogram is redrawn only when its data or size changes; the window marker is one transformed element. */
  private drawOverview(): void {
    const el = this.el!;
    const { overviewWidth: w, overviewHeight: h } = this.size;
    const o = this.overviewDrawn;
    if (o.data !== this.overview || o.w !== w || o.h !== h) {
      drawOverviewBars(el.overview, this.overview, w, h);
      this.overviewDrawn = { data: this.overview, w, h };
    }
    const win = this.overview && w ? overviewWindow(this.overview, this.scale, w).map((v) => Math.round(v * 2) / 2) as [number, number] : null;
    const key = `${win}:${w}:${h}`;
    if (key !== this.overviewWindowKey) { this.overviewWindowKey = key; drawOverviewWindow(el.overviewWindow, win, w, h); }
  }

  private setMode(mode: 'items' | 'density'): void {
    if (this.committing) { this.committing = false; this.preview = null; }
    // React shows only the mode; new data alone is drawn by the frame loop.
    if (mode !== this.mode) { this.mode = mode; this.notify(); }
  }

  private onEntries(change: { reset: boolean; added: Entry[]; dropped: string[] }): void {
    if (change.reset) {
      this.pending = [...change.added];
      this.pendingReset = true;
    } else {
      if (change.dropped.length) {
        const ids = new Set(change.dropped);
        this.pending = this.pending.filter((e) => !ids.has(e.id));
        if (this.items && !this.pendingReset) { dropItems(this.items, ids); this.itemsVersion++; }
      }
      this.pending.push(...change.added);
    }
    this.invalidate();
  }

  private onDensity(d: TimelineDensity): void {
    this.densityData = d;
    this.density = densityByLane(d, this.layout);
    this.items = null;
    this.pending = [];
    this.pendingReset = false;
    this.itemsVersion++;
    this.setMode('density');
    this.invalidate();
  }

  /** The lanes changed: everything loaded is drawn again in the new ones. */
  private rebuild(): void {
    if (this.mode === 'density' && this.densityData) this.density = densityByLane(this.densityData, this.layout);
    if (this.mode === 'items') { this.pending = [...this.loader.entries.values()]; this.pendingReset = true; }
  }

  /** Turns loaded entries into items, a piece at a time within the frame's budget. */
  private buildPending(): void {
    if (!this.pending.length && !this.pendingReset) return;
    const until = performance.now() + BUILD_BUDGET_MS;
    const actors = new Map(this.actors.map((a) => [a.id, a]));
    // A reset keeps the old items on screen until the new ones' first piece is built, in this same frame.
    const index: ItemIndex = this.pendingReset ? new Map() : this.items ?? new Map();
    let done = 0;
    do {
      const piece = this.pending.slice(done, done + BUILD_PIECE);
      done += piece.length;
      mergeItems(index, buildItems(piece.filter(isEvent), piece.filter((e): e is TimedStatement => !isEvent(e)), actors, this.layout, this.zone));
    } while (done < this.pending.length && performance.now() < until);
    this.pending = this.pending.slice(done);
    this.items = index;
    this.itemsVersion++;
    if (this.pendingReset) {
      this.pendingReset = false;
      this.density = null;
      this.setMode('items');
    }
  }

  private async loadOverview(): Promise<void> {
    const filter = app().filter;
    const extent = await this.extent().catch(() => null);
    if (!extent) { this.overview = null; this.invalidate(); return; }
    const pad = Math.max(DAY, (extent.endMs - extent.startMs) * 0.02);
    const fromMs = extent.startMs - pad, toMs = extent.endMs + pad;
    const d = await call('timeline.density', { fromMs, toMs, bucketMs: Math.max(1, (toMs - fromMs) / OVERVIEW_BUCKETS / 4), filter }).catch(() => null);
    this.overview = d ? overviewFrom(d, fromMs, toMs) : null;
    this.invalidate();
  }

  // ---- navigation -----------------------------------------------------------------------------

  setScale(s: TimeScale): void { this.scale = s; this.invalidate(); }

  zoom(factor: number, anchorX = this.scale.widthPx / 2): void { this.setScale(zoomAt(this.scale, anchorX, factor)); }

  panBy(dxPx: number): void { this.setScale(pan(this.scale, dxPx)); }

  showRange(fromMs: number, toMs: number): void { this.setScale(fitRange(this.scale.widthPx, fromMs, toMs)); }

  async fitAll(): Promise<void> {
    const extent = await this.extent();
    const counts = app().project?.counts;
    if (extent && counts) this.loader.extent = { ...extent, entries: counts.events + counts.statements };
    if (extent) this.showRange(extent.startMs, extent.endMs);
  }

  /** "2025", "2025-05" or "2025-05-08": shows that year, month or day with some context around it. */
  goTo(text: string): boolean {
    const value = text.trim();
    const precision = /^\d{4}$/.test(value) ? 'year' : /^\d{4}-\d{2}$/.test(value) ? 'month' : /^\d{4}-\d{2}-\d{2}$/.test(value) ? 'day' : null;
    if (!precision) return false;
    const r = rangeOf({ value, precision, approximate: false, zone: this.zone });
    const span = r.endMs - r.startMs;
    this.showRange(r.startMs - span, r.endMs + span);
    return true;
  }

  private onWheel(e: WheelEvent): void {
    if (e.ctrlKey || e.metaKey) {
      const rect = this.el!.plot.getBoundingClientRect();
      e.preventDefault();
      this.zoom(Math.exp(-e.deltaY * 0.0025), e.clientX - rect.left);
      return;
    }
    const scroller = this.el!.scroller;
    const horizontal = Math.abs(e.deltaX) > Math.abs(e.deltaY) || e.shiftKey;
    const canScroll = scroller.scrollHeight > scroller.clientHeight + 1;
    if (horizontal || !canScroll) {
      e.preventDefault();
      this.panBy(-(horizontal ? e.deltaX || e.deltaY : e.deltaY));
    }
  }

  private onOverview(e: PointerEvent): void {
    if (!this.overview) return;
    const c = this.el!.overview;
    this.setScale(centreOn(this.scale, overviewMsAt(this.overview, e.offsetX, c.clientWidth)));
  }

  // ---- pointer gestures -----------------------------------------------------------------------

  private point(e: PointerEvent | MouseEvent) {
    const rect = this.el!.plot.getBoundingClientRect();
    return { x: e.clientX - rect.left, y: e.clientY - rect.top };
  }

  private targetOf(e: PointerEvent | MouseEvent): PressTarget | { kind: 'cluster'; fromMs: number; toMs: number } {
    const t = e.target as HTMLElement;
    const zoomTo = t.closest<HTMLElement>('.tl-count, .tl-cell');
    if (zoomTo) return { kind: 'cluster', fromMs: Number(zoomTo.dataset.fromMs), toMs: Number(zoomTo.dataset.toMs) };
    const node = t.closest<HTMLElement>('.tl-item');
    const item = node ? this.renderer!.drawn.get(node.dataset.key ?? '') : undefined;
    if (item) {
      const handle = t.closest<HTMLElement>('.tl-handle');
      const edge = handle && item.bar ? (handle.classList.contains('start') ? 'start' : 'end') : null;
      return { kind: 'item', id: item.id, laneId: item.laneId, edge };
    }
    return { kind: 'background', laneId: laneAtY(this.layout, this.point(e).y)?.id ?? null };
  }

  private onPointerDown(e: PointerEvent): void {
    if (e.button !== 0) return;
    this.el!.scroller.focus({ preventScroll: true });
    const target = this.targetOf(e);
    if (target.kind === 'cluster') { this.showRange(target.fromMs, target.toMs); return; }
    this.el!.plot.setPointerCapture(e.pointerId);
    this.setHover(null);
    this.applyStep(press(target, this.point(e), { shift: e.shiftKey, toggle: e.ctrlKey || e.metaKey }));
  }

  private onPointerMove(e: PointerEvent): void {
    if (this.gesture.kind === 'idle') return;
    this.applyStep(move(this.gesture, this.point(e), app().selection));
  }

  private onPointerUp(e: PointerEvent): void {
    if (this.el!.plot.hasPointerCapture(e.pointerId)) this.el!.plot.releasePointerCapture(e.pointerId);
    if (this.gesture.kind !== 'idle') this.applyStep(release(this.gesture));
  }

  private applyStep(step: { gesture: Gesture; effect?: Effect }): void {
    this.gesture = step.gesture;
    if (step.gesture.kind === 'dragging') this.preview = this.previewOf(step.gesture);
    else if (!this.committing) this.preview = null;
    if (step.effect) this.runEffect(step.effect);
    this.invalidate();
  }

  private runEffect(effect: Effect): void {
    const selection = app().selection;
    switch (effect.kind) {
      case 'pan':
        this.scale = pan(this.scale, effect.dx);
        if (effect.dy) this.el!.scroller.scrollTop -= effect.dy;
        break;
      case 'click-item': {
        const { id, mods } = effect;
        const next = mods.shift || mods.toggle ? (selection.includes(id) ? selection.filter((x) => x !== id) : [...selection, id]) : [id];
        app().select(next);
        break;
      }
      case 'click-background':
        if (selection.length) app().select([]);
        break;
      case 'band-select': {
        const ids = this.renderer!.itemsInRect({ x0: effect.from.x, y0: effect.from.y, x1: effect.to.x, y1: effect.to.y }, this.el!.plot);
        app().select(effect.mods.toggle || effect.mods.shift ? [...new Set([...selection, ...ids])] : ids);
        break;
      }
      case 'commit-drag': {
        const moves = this.movesOf(effect.drag);
        if (moves.length) void this.commit(moves);
        break;
      }
      case 'preview':
        break;
    }
  }

  private bandRect() {
    const g = this.gesture;
    return g.kind === 'banding' ? { x0: g.origin.x, y0: g.origin.y, x1: g.current.x, y1: g.current.y } : null;
  }

  private movesOf(drag: Extract<Gesture, { kind: 'dragging' }>): EntryMove[] {
    const deltaMs = (drag.current.x - drag.origin.x) * this.scale.msPerPx;
    const anchor = this.entries.get(drag.anchorId);
    if (!anchor) return [];
    if (drag.mode !== 'move') {
      if (!isEvent(anchor)) return [];
      const edgeMs = drag.mode === 'end' ? anchor.endMs : anchor.startMs;
      const m = planResize(anchor, drag.mode, edgeMs + deltaMs);
      return JSON.stringify(m.end) === JSON.stringify(anchor.end) && JSON.stringify(m.start) === JSON.stringify(anchor.start) ? [] : [m];
    }
    const from = this.layout.lanes[this.layout.index.get(drag.fromLaneId) ?? -1];
    const to = laneAtY(this.layout, drag.current.y);
    const lane = from?.actor && to?.actor && to.id !== from.id ? { fromActorId: from.actor.id, toActorId: to.actor.id } : undefined;
    const entries = drag.ids.map((id) => this.entries.get(id)).filter((e): e is Entry => !!e);
    return planMove(entries, deltaMs, lane).filter((m) => {
      const e = this.entries.get(m.id)!;
      return m.toActorId || JSON.stringify(m.start) !== JSON.stringify(startOf(e)) || (isEvent(e) && JSON.stringify(m.end ?? null) !== JSON.stringify(e.end));
    });
  }

  private previewOf(drag: Extract<Gesture, { kind: 'dragging' }>): DragPreview {
    const moves = this.movesOf(drag);
    const deltas = new Map(moves.map((m) => [m.id, previewDelta(this.entries.get(m.id)!, m)]));
    const from = this.layout.index.get(drag.fromLaneId) ?? 0;
    const to = laneAtY(this.layout, drag.current.y);
    const laneMoved = drag.mode === 'move' && to?.actor && to.id !== drag.fromLaneId && this.layout.lanes[from].actor;
    const anchor = moves.find((m) => m.id === drag.anchorId);
    const when = anchor ? (drag.mode === 'end' ? (anchor.end ? `ends ${formatUncertain(anchor.end, this.zone)}` : 'no end') : formatUncertain(anchor.start, this.zone)) : 'unchanged';
    return {
      deltas, fromLaneId: drag.fromLaneId, dyPx: laneMoved ? to!.y - this.layout.lanes[from].y : 0,
      label: laneMoved ? `${when} → ${to!.actor!.name}` : when, at: drag.current,
    };
  }

  private async commit(moves: EntryMove[]): Promise<void> {
    this.committing = true;
    const done = await app().change(() => call('entries.move', { moves }));
    if (!done) { this.committing = false; this.preview = null; this.invalidate(); }
  }

  private onDoubleClick(e: MouseEvent): void {
    const target = this.targetOf(e);
    if (target.kind === 'item') { app().select([target.id], true); return; }
    if (target.kind !== 'background') return;
    const lane = laneAtY(this.layout, this.point(e).y);
    void this.createAt(msAt(this.scale, this.point(e).x), lane?.actor?.id ?? null);
  }

  async createAt(ms: number, actorId: string | null): Promise<void> {
    const start = fromInstant(ms, precisionForZoom(this.scale.msPerPx), this.zone);
    const created = await app().change(() => call('events.create', {
      type: 'other', title: 'New event', start, participants: actorId ? [{ actorId, role: 'party' }] : [],
    }));
    if (created) app().select([created.id], true);
  }

  // ---- hover ----------------------------------------------------------------------------------

  private onHover(e: PointerEvent): void {
    if (this.gesture.kind !== 'idle') return;
    const node = (e.target as HTMLElement).closest<HTMLElement>('.tl-item');
    const item = node ? this.renderer!.drawn.get(node.dataset.key ?? '') : undefined;
    if (!item) { if (this.hover) this.hideHoverSoon(); return; }
    clearTimeout(this.hoverTimer);
    const box = node!.getBoundingClientRect();
    this.hoverTimer = window.setTimeout(() => this.setHover({ id: item.id, x: box.left, y: box.bottom + 4 }), 250);
  }

  /** Leaving an entry gives the pointer a moment to reach the card (to click a citation). */
  private hideHoverSoon(): void {
    clearTimeout(this.hoverTimer);
    this.hoverTimer = window.setTimeout(() => this.setHover(null), 300);
  }

  keepHover(): void { clearTimeout(this.hoverTimer); }

  setHover(h: HoverInfo | null): void {
    clearTimeout(this.hoverTimer);
    if (h?.id === this.hover?.id) return;
    this.hover = h;
    this.notify();
  }

  // ---- keyboard -------------------------------------------------------------------------------

  /** The selected entry's drawing in its lane (the first selected one), or null. */
  private current(): Item | null {
    const id = app().selection[0];
    if (!id || !this.items) return null;
    const e = this.entries.get(id);
    if (!e) return null;
    for (const lane of this.layout.lanes) {
      const found = this.items.get(lane.id)?.items.find((i) => i.id === id);
      if (found) return found;
    }
    return null;
  }

  private reveal(item: Item): void {
    const { startMs, endMs } = item;
    if (startMs < this.scale.startMs || startMs > endMsOf(this.scale)) this.setScale(centreOn(this.scale, (startMs + endMs) / 2));
    const lane = this.layout.lanes[this.layout.index.get(item.laneId) ?? 0];
    const s = this.el!.scroller;
    if (lane.y < s.scrollTop) s.scrollTop = lane.y;
    else if (lane.y + LANE_HEIGHT > s.scrollTop + s.clientHeight) s.scrollTop = lane.y + LANE_HEIGHT - s.clientHeight;
  }

  private selectItem(item: Item | undefined): void {
    if (!item) return;
    app().select([item.id]);
    this.reveal(item);
    this.invalidate();
  }

  /** Arrow keys walk entries in time within a lane and across lanes; Alt moves, Shift+Alt resizes. */
  onKeyDown(e: KeyboardEvent): boolean {
    if (!this.items) return false;
    const cur = this.current();
    const ids = app().selection.filter((id) => this.entries.has(id));
    const arrow = e.key === 'ArrowLeft' ? -1 : e.key === 'ArrowRight' ? 1 : 0;
    const vertical = e.key === 'ArrowUp' ? -1 : e.key === 'ArrowDown' ? 1 : 0;
    if (e.altKey && arrow && ids.length) {
      const entries = ids.map((id) => this.entries.get(id)!);
      const moves = e.shiftKey ? entries.filter(isEvent).map((ev) => planNudgeEnd(ev, arrow)) : planNudge(entries, arrow);
      if (moves.length) void app().change(() => call('entries.move', { moves }));
      return true;
    }
    if (e.altKey && vertical && cur?.actorId) {
      const index = this.layout.index.get(cur.laneId) ?? 0;
      const candidates = vertical < 0 ? this.layout.lanes.slice(0, index).reverse() : this.layout.lanes.slice(index + 1);
      const lane = candidates.find((l) => l.actor);
      const entry = this.entries.get(cur.id)!;
      const start = startOf(entry);
      if (lane?.actor && start) {
        const m: EntryMove = { id: cur.id, start, toActorId: lane.actor.id, fromActorId: cur.actorId };
        void app().change(() => call('entries.move', { moves: [m] }));
      }
      return true;
    }
    if (e.shiftKey && arrow && !e.altKey) { this.panBy(-arrow * this.scale.widthPx / 4); return true; }
    if (e.ctrlKey || e.metaKey || e.altKey) return false;
    if (arrow) {
      if (!cur) { this.selectItem(this.firstVisible()); return true; }
      const lane = this.items.get(cur.laneId)!.items;
      const i = lane.indexOf(cur);
      this.selectItem(lane[i + arrow]);
      return true;
    }
    if (vertical) {
      if (!cur) { this.selectItem(this.firstVisible()); return true; }
      let index = (this.layout.index.get(cur.laneId) ?? 0) + vertical;
      for (; index >= 0 && index < this.layout.lanes.length; index += vertical) {
        const lane = this.items.get(this.layout.lanes[index].id)?.items;
        if (!lane?.length) continue;
        const centre = (cur.startMs + cur.endMs) / 2;
        this.selectItem(lane.reduce((best, it) => (Math.abs(it.startMs - centre) < Math.abs(best.startMs - centre) ? it : best)));
        return true;
      }
      return true;
    }
    if (e.key === 'Insert' || e.key === 'n' || e.key === 'N') {
      const lane = cur ? this.layout.lanes[this.layout.index.get(cur.laneId) ?? 0] : this.layout.lanes[this.laneWindow[0]];
      void this.createAt(msAt(this.scale, this.scale.widthPx / 2), lane?.actor?.id ?? null);
      return true;
    }
    return false;
  }

  private firstVisible(): Item | undefined {
    for (let i = this.laneWindow[0]; i <= this.laneWindow[1]; i++) {
      const lane = this.items?.get(this.layout.lanes[i]?.id ?? '');
      const found = lane && itemsInRange(lane, this.scale.startMs, endMsOf(this.scale))[0];
      if (found) return found;
    }
    return undefined;
  }
}
