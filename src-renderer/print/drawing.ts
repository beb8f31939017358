// Path data for the print's SVG drawings (the words placed over them are fitted by timeline/labels.ts fitText). A timeline sheet
// draws each kind of line and mark as one path, so the printer paints a few elements a page, not a box a mark.

/** Coordinates to a hundredth of a pixel: finer than print needs, and short path data. */
const n = (v: number) => Math.round(v * 100) / 100;

/** How far a cubic Bézier's handles reach along a quarter circle's tangents, as a share of its radius. */
const KAPPA = 0.5523;

/** A quarter circle from the current point, turning clockwise by (dx, dy): one cubic Bézier (an SVG arc becomes four). */
function corner(dx: number, dy: number, horizontalFirst: boolean): string {
  const [h1x, h1y] = horizontalFirst ? [dx * KAPPA, 0] : [0, dy * KAPPA];
  const [h2x, h2y] = horizontalFirst ? [dx, dy * (1 - KAPPA)] : [dx * (1 - KAPPA), dy];
  return `c${n(h1x)} ${n(h1y)} ${n(h2x)} ${n(h2y)} ${n(dx)} ${n(dy)}`;
}

/** A rectangle with rounded corners; `squareLeft` for a mark continued from the page before. */
export function roundedRect(x: number, y: number, w: number, h: number, r: number, squareLeft = false): string {
  const rr = Math.min(r, w / 2, h / 2);
  const right = `H${n(x + w - rr)}${corner(rr, rr, true)}V${n(y + h - rr)}${corner(-rr, rr, false)}`;
  return squareLeft
    ? `M${n(x)} ${n(y)}${right}H${n(x)}Z`
    : `M${n(x + rr)} ${n(y)}${right}H${n(x + rr)}${corner(-rr, -rr, true)}V${n(y + rr)}${corner(rr, -rr, false)}Z`;
}

/** A circle, as four quarters. */
export function circle(cx: number, cy: number, r: number): string {
  return `M${n(cx)} ${n(cy - r)}${corner(r, r, true)}${corner(-r, r, false)}${corner(-r, -r, true)}${corner(r, -r, false)}Z`;
}

/** A horizontal or vertical line. */
export const hLine = (x1: number, x2: number, y: number) => `M${n(x1)} ${n(y)}H${n(x2)}`;
export const vLine = (x: number, y1: number, y2: number) => `M${n(x)} ${n(y1)}V${n(y2)}`;

/** Whether a text holds Hebrew or Arabic letters: only such text needs an isolate of its own to read right to left. */
export const hasRtl = (text: string) => /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/.test(text);

/** Path data gathered by CSS class, so each look (a kind of mark, the grid, the rules…) is one SVG path. */
export class Paths {
  private readonly byClass = new Map<string, string[]>();

  add(className: string, d: string): void {
    const list = this.byClass.get(className);
    if (list) list.push(d); else this.byClass.set(className, [d]);
  }

  /** Each class with its path data, in the order the classes were first drawn (later ones paint over earlier). */
  entries(): { className: string; d: string }[] {
    return [...this.byClass].map(([className, parts]) => ({ className, d: parts.join('') }));
  }
}

/** A mark's box in its row: bars 9 px high with rounded corners; statements are dots as tall. */
export const MARK = { top: 3, height: 9, radius: 2, dashedStroke: 1.5 };

export interface MarkShape {
  /** The kind's class (an event type, or "statement"), which sets the colour. */
  kind: string;
  x1: number;
  x2: number;
  /** The top of the mark's row. */
  y: number;
  dot: boolean;
  approximate: boolean;
  continued: boolean;
}

/**
 * Draws a mark: filled in its kind's colour, or white with a dashed outline when its date is approximate;
 * one continued from the page before has a square, dashed white left edge.
 */
export function drawMark(paths: Paths, m: MarkShape): void {
  const top = m.y + MARK.top;
  // An outline is stroked on the path's centre line: inset by half its width, it stays inside the mark's box.
  const inset = m.approximate ? MARK.dashedStroke / 2 : 0;
  const style = m.approximate ? `mark approx ${m.kind}` : `mark ${m.kind}`;
  if (m.dot) {
    paths.add(style, circle(m.x1, top + MARK.height / 2, MARK.height / 2 - inset));
    return;
  }
  paths.add(style, roundedRect(m.x1 + inset, top + inset, m.x2 - m.x1 - 2 * inset, MARK.height - 2 * inset, MARK.radius, m.continued));
  if (m.continued) paths.add('continued', vLine(m.x1 + 1, top, top + MARK.height));
}
