// Draws the plot's entries on a 2D canvas, and, while a zoom lasts, the grid and the axis too. On a zoom every
// visible entry moves and resizes; as styled boxes, Chromium restyles, lays out, records and layerizes each of them
// every frame, which under software raster costs more than a frame has. On a canvas the same frame is a few hundred
// fills and texts. The entries' nodes stay in the DOM, drawn transparent, for hit testing, focus and accessibility
// (renderer.ts).
import type { ItemType } from './items';

/** The colours of timeline.css's custom properties, read once. */
export interface Palette {
  type: Record<ItemType, string>;
  panel: string;
  ink: string;
  muted: string;
  line: string;
  accent: string;
  accentSoft: string;
}

const TYPES: ItemType[] = ['talks', 'cabinet_meeting', 'visit', 'other', 'statement'];

export function readPalette(el: Element): Palette {
  const css = getComputedStyle(el);
  const v = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
  return {
    type: Object.fromEntries(TYPES.map((t) => [t, v(`--${t}`, '#6b7280')])) as Record<ItemType, string>,
    panel: v('--panel', '#ffffff'), ink: v('--ink', '#1f2937'), muted: v('--muted', '#8a9399'), line: v('--line', '#dfe3e6'), accent: v('--accent', '#2563eb'), accentSoft: v('--accent-soft', '#dbe7ff'),
  };
}

/** What the renderer laid out, in the canvas's CSS pixels. Entries are 16 px high (timeline.css: .tl-item). */
export type Shape =
  | { kind: 'bar'; type: ItemType; x: number; y: number; w: number; label: string; approxStart: boolean; approxEnd: boolean; echo: boolean; selected: boolean; lifted: boolean }
  | { kind: 'marker'; type: ItemType; x: number; y: number; w: number; label: string; approx: boolean; echo: boolean; selected: boolean; lifted: boolean }
  /** The whole range of a marker's uncertain date. */
  | { kind: 'range'; type: ItemType; x: number; y: number; w: number }
  /** The dotted line joining an event's drawings across lanes. */
  | { kind: 'connector'; x: number; y: number; h: number }
  /** "+N" where a lane's rows overflow. */
  | { kind: 'count'; x: number; y: number; w: number; text: string }
  /** A density cell of the zoomed-out view; strength 0–1. */
  | { kind: 'cell'; x: number; y: number; w: number; strength: number; text: string };

export const ITEM_HEIGHT = 16;
export const ITEM_FONT_PX = 11;
export const COUNT_FONT_PX = 10;
/** A count's pill: its text and this much room on each side. */
export const COUNT_PAD_PX = 5;
const GLYPH_PX = 12;
const STRIPE = '#7b838c';
/** The axis's two rows (timeline.css: .tl-axis-major, .tl-axis-minor) and the grid's colour (.tl-gridline). */
export const AXIS_ROW_PX = 22;
const GRID = '#eef0f2';

export interface AxisTick { x: number; label: string }

/** Where a label starts in its entry: past a bar's rounded or notched end (and its fade, when the start is uncertain), or a marker's glyph. */
export function labelStart(type: ItemType, bar: boolean, approxStart: boolean): number {
  if (!bar) return type === 'statement' ? 18 : 17;
  return (type === 'visit' ? 8 : 6) + (approxStart ? 8 : 0);
}

const channels = (c: string): number[] | null => (/^#[0-9a-f]{6}$/i.test(c) ? [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16)) : null);

/** `a` mixed with `b`, `share` of `a` (CSS color-mix in srgb), for #rrggbb colours; any other `a` as it is. */
export function mix(a: string, b: string, share: number): string {
  const [x, y] = [channels(a), channels(b)];
  if (!x || !y) return a;
  return `rgb(${x.map((c, i) => Math.round(c * share + y[i] * (1 - share))).join(',')})`;
}

/** `c` (#rrggbb) at an opacity; any other colour as it is. */
function alpha(c: string, a: number): string {
  const x = channels(c);
  return x ? `rgba(${x.join(',')},${a})` : c;
}

export class Painter {
  private readonly mixed = new Map<string, string>();
  private readonly itemFont: string;
  private readonly countFont: string;
  private readonly tickFont: string;
  private readonly majorFont: string;
  constructor(private readonly p: Palette, family: string) {
    this.itemFont = `${ITEM_FONT_PX}px ${family}`;
    this.countFont = `${COUNT_FONT_PX}px ${family}`;
    this.tickFont = `11px ${family}`;
    this.majorFont = `600 11px ${family}`;
  }

  /**
   * What lies under the entries while a zoom paints the viewport on an opaque canvas over the plot: the panel, each
   * lane's bottom rule and the grid (timeline.css draws them at rest). In the canvas's own pixels.
   */
  backdrop(g: CanvasRenderingContext2D, w: number, h: number, laneBottoms: number[], gridXs: number[], scale: number): void {
    g.save();
    g.setTransform(scale, 0, 0, scale, 0, 0);
    g.fillStyle = this.p.panel;
    g.fillRect(0, 0, w, h);
    g.fillStyle = GRID;
    for (const x of gridXs) g.fillRect(Math.round(x), 0, 1, h);
    g.fillStyle = this.p.line;
    for (const y of laneBottoms) g.fillRect(0, y - 1, w, 1);
    g.restore();
  }

  /**
   * The axis while a zoom lasts, as timeline.css draws it at rest: minor ticks under major ones, each a rule and a label;
   * the major context pinned at the left edge; majors opaque, so the next slides over it.
   */
  axis(g: CanvasRenderingContext2D, w: number, ticks: { minor: AxisTick[]; major: AxisTick[] }, pinned: string | null, scale: number): void {
    g.save();
    g.setTransform(scale, 0, 0, scale, 0, 0);
    g.fillStyle = this.p.panel;
    g.fillRect(0, 0, w, 2 * AXIS_ROW_PX);
    g.textBaseline = 'middle';
    const row = (list: AxisTick[], top: number, font: string, ink: string) => {
      g.font = font;
      for (const t of list) {
        if (top === 0) { g.fillStyle = this.p.panel; g.fillRect(t.x, 0, g.measureText(t.label).width + 8 + 24, AXIS_ROW_PX); }
        g.fillStyle = this.p.line;
        g.fillRect(Math.round(t.x), top, 1, AXIS_ROW_PX);
        g.fillStyle = ink;
        g.fillText(t.label, t.x + 5, top + AXIS_ROW_PX / 2);
      }
    };
    row(ticks.minor, AXIS_ROW_PX, this.tickFont, this.p.muted);
    if (pinned) { g.font = this.majorFont; g.fillStyle = this.p.ink; g.fillText(pinned, 4, AXIS_ROW_PX / 2); }
    row(ticks.major, 0, this.majorFont, this.p.ink);
    g.restore();
  }

  /** A colour worked out once: `c` as an echo shows it (75 % of itself on the panel), or at an opacity. */
  private colour(c: string, opacity?: number): string {
    const key = `${c}/${opacity}`;
    let m = this.mixed.get(key);
    if (!m) this.mixed.set(key, (m = opacity === undefined ? mix(c, this.p.panel, 0.75) : alpha(c, opacity)));
    return m;
  }

  private echo(c: string): string { return this.colour(c); }

  /** Paints shapes in order, shifted by (-dx, -dy) (the canvas's place in the content), at `scale` device pixels a CSS pixel. */
  paint(g: CanvasRenderingContext2D, shapes: Iterable<Shape>, dx: number, dy: number, scale: number): void {
    g.save();
    g.setTransform(scale, 0, 0, scale, -dx * scale, -dy * scale);
    g.textBaseline = 'middle';
    for (const s of shapes) {
      switch (s.kind) {
        case 'bar': this.bar(g, s); break;
        case 'marker': this.marker(g, s); break;
        case 'range': this.range(g, s); break;
        case 'connector': this.connector(g, s); break;
        case 'count': this.count(g, s); break;
        case 'cell': this.cell(g, s); break;
      }
    }
    g.restore();
  }

  private lift(g: CanvasRenderingContext2D) {
    g.globalAlpha = 0.85;
    g.shadowColor = 'rgba(0,0,0,.25)';
    g.shadowBlur = 10;
    g.shadowOffsetY = 3;
  }

  private unlift(g: CanvasRenderingContext2D) {
    g.globalAlpha = 1;
    g.shadowColor = 'transparent';
    g.shadowBlur = 0;
    g.shadowOffsetY = 0;
  }

  /** The type tells by its ends: talks round, cabinet meetings square-cornered, visits a chevron, others hatched. */
  private bar(g: CanvasRenderingContext2D, s: Extract<Shape, { kind: 'bar' }>) {
    const { x, y, w } = s, h = ITEM_HEIGHT;
    const c = s.echo ? this.echo(this.p.type[s.type]) : this.p.type[s.type];
    g.beginPath();
    if (s.type === 'visit') {
      const tip = Math.min(5, w / 2);
      g.moveTo(x, y); g.lineTo(x + w - tip, y); g.lineTo(x + w, y + h / 2); g.lineTo(x + w - tip, y + h); g.lineTo(x, y + h); g.lineTo(x + tip, y + h / 2);
      g.closePath();
    } else {
      g.roundRect(x, y, w, h, Math.min(s.type === 'talks' ? 8 : 3, w / 2));
    }
    if (s.lifted) this.lift(g);
    g.fillStyle = c;
    g.fill();
    if (s.lifted) { g.shadowColor = 'transparent'; g.shadowBlur = 0; g.shadowOffsetY = 0; }
    if (s.type === 'other' || s.approxStart || s.approxEnd) {
      g.save();
      g.clip();
      if (s.type === 'other') {
        // Stripes at 135°: 6 px of colour, 2 px of grey, across the bar.
        g.strokeStyle = s.echo ? this.echo(STRIPE) : STRIPE;
        g.lineWidth = 2;
        g.beginPath();
        for (let sx = x - h; sx < x + w + h; sx += 8 * Math.SQRT2) { g.moveTo(sx, y + h); g.lineTo(sx + h, y); }
        g.stroke();
      }
      // An uncertain end fades into the panel.
      const fog = this.colour(this.p.panel, 0.75), clear = this.colour(this.p.panel, 0);
      for (const [on, from, to] of [[s.approxStart, x, x + 14], [s.approxEnd, x + w, x + w - 14]] as const) {
        if (!on) continue;
        const fade = g.createLinearGradient(from, 0, to, 0);
        fade.addColorStop(0, fog); fade.addColorStop(1, clear);
        g.fillStyle = fade;
        g.fillRect(Math.min(from, to), y, 14, h);
      }
      g.restore();
    }
    if (s.label) {
      g.font = this.itemFont;
      g.fillStyle = '#fff';
      g.fillText(s.label, x + labelStart(s.type, true, s.approxStart), y + h / 2);
    }
    if (s.selected) this.outline(g, x, y, w);
    if (s.lifted) this.unlift(g);
  }

  /** A glyph per type (circle, rounded square, diamond, triangle, speech bubble), then the label. */
  private marker(g: CanvasRenderingContext2D, s: Extract<Shape, { kind: 'marker' }>) {
    const { x, y } = s, h = ITEM_HEIGHT;
    const c = s.echo ? this.echo(this.p.type[s.type]) : this.p.type[s.type];
    if (s.lifted) this.lift(g);
    if (s.selected) {
      g.fillStyle = this.p.accentSoft;
      g.beginPath(); g.roundRect(x, y, s.w, h, 4); g.fill();
    }
    const gx = x + 1, gy = y + (h - GLYPH_PX) / 2, r = GLYPH_PX / 2;
    g.beginPath();
    switch (s.type) {
      case 'talks': g.arc(gx + r, gy + r, r, 0, 2 * Math.PI); break;
      case 'cabinet_meeting': g.roundRect(gx, gy, GLYPH_PX, GLYPH_PX, 2); break;
      case 'visit': g.moveTo(gx + r, gy); g.lineTo(gx + GLYPH_PX, gy + r); g.lineTo(gx + r, gy + GLYPH_PX); g.lineTo(gx, gy + r); g.closePath(); break;
      case 'other': g.moveTo(gx + r, gy); g.lineTo(gx + GLYPH_PX, gy + GLYPH_PX); g.lineTo(gx, gy + GLYPH_PX); g.closePath(); break;
      case 'statement': g.roundRect(gx, gy + 0.5, 13, 11, [6, 6, 6, 0]); break;
    }
    if (s.approx) {
      // Uncertain: an outline, dashed, in a faint halo.
      g.lineWidth = 5; g.strokeStyle = this.colour(this.p.type[s.type], 0.25); g.stroke();
      g.fillStyle = this.p.panel; g.fill();
      g.lineWidth = 1.5; g.strokeStyle = c; g.setLineDash([3, 2]); g.stroke(); g.setLineDash([]);
    } else {
      g.fillStyle = c;
      g.fill();
    }
    if (s.label) {
      g.font = this.itemFont;
      const ink = s.type === 'statement' ? '#4c1d95' : this.p.ink;
      g.fillStyle = s.echo ? this.echo(ink) : ink;
      g.fillText(s.label, x + labelStart(s.type, false, s.approx), y + h / 2);
    }
    if (s.selected) this.outline(g, x, y, s.w);
    if (s.lifted) this.unlift(g);
  }

  /** The selection: 2 px of accent, a pixel outside the entry. */
  private outline(g: CanvasRenderingContext2D, x: number, y: number, w: number) {
    g.lineWidth = 2;
    g.strokeStyle = this.p.accent;
    g.strokeRect(x - 2, y - 2, w + 4, ITEM_HEIGHT + 4);
  }

  private range(g: CanvasRenderingContext2D, s: Extract<Shape, { kind: 'range' }>) {
    g.fillStyle = this.colour(this.p.type[s.type], 0.16);
    g.beginPath(); g.roundRect(s.x, s.y, s.w, 6, 3); g.fill();
  }

  private connector(g: CanvasRenderingContext2D, s: Extract<Shape, { kind: 'connector' }>) {
    g.strokeStyle = '#94a3b8';
    g.lineWidth = 1.5;
    g.setLineDash([1.5, 1.5]);
    g.beginPath(); g.moveTo(s.x + 0.75, s.y); g.lineTo(s.x + 0.75, s.y + s.h); g.stroke();
    g.setLineDash([]);
  }

  private count(g: CanvasRenderingContext2D, s: Extract<Shape, { kind: 'count' }>) {
    g.fillStyle = '#e2e8f0';
    g.beginPath(); g.roundRect(s.x, s.y, s.w, 13, 7); g.fill();
    g.font = this.countFont;
    g.fillStyle = '#334155';
    g.fillText(s.text, s.x + COUNT_PAD_PX, s.y + 6.5);
  }

  private cell(g: CanvasRenderingContext2D, s: Extract<Shape, { kind: 'cell' }>) {
    g.fillStyle = `rgba(37,99,235,${s.strength})`;
    g.beginPath(); g.roundRect(s.x, s.y, s.w, 54, 2); g.fill();
    if (!s.text) return;
    g.font = this.countFont;
    g.fillStyle = '#fff';
    g.textAlign = 'center';
    g.fillText(s.text, s.x + s.w / 2, s.y + 54 - 2 - COUNT_FONT_PX / 2);
    g.textAlign = 'start';
  }
}
