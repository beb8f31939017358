// Label widths, measured once per label on a canvas. A label that fits its room is drawn as is; one that does
// not is cut in script to a prefix and an ellipsis, or left out where too little of it would show. A clipping
// box (CSS ellipsis) would be a paint chunk of its own per label, and Chromium re-layerizes every chunk on each
// frame that repaints: on a zoom over hundreds of labels those clips cost milliseconds a frame.

/** The width of a text in the labels' font. */
export function canvasTextWidth(font: string): (text: string) => number {
  const ctx = document.createElement('canvas').getContext('2d');
  if (ctx) ctx.font = font;
  return (text) => (ctx ? ctx.measureText(text).width : text.length * 6);
}

/** Labels cut to a room change width only in steps this wide, so a zoom lays their text out again less often. */
const CUT_STEP_PX = 4;
/** A label that would be cut to less than this shows not at all (a few letters and an ellipsis say nothing). */
export const MIN_CUT_PX = 36;

/** How a label `textWidth` px wide shows in `room` px: whole, cut to a width (a step below the room), or not at all. */
export function labelFit(textWidth: number, room: number): 'whole' | 'none' | number {
  if (textWidth <= room) return 'whole';
  if (room < MIN_CUT_PX) return 'none';
  return Math.floor(room / CUT_STEP_PX) * CUT_STEP_PX;
}

/**
 * The text, or its longest start that fits maxWidth once an ellipsis ends it ('' when not even that fits): cut
 * here, a label needs no clipping box. `width` measures a string in the text's font. The print's labels use it too.
 */
export function fitText(text: string, maxWidth: number, width: (s: string) => number): string {
  if (width(text) <= maxWidth) return text;
  // Cut between code points, never inside a surrogate pair.
  const chars = Array.from(text);
  let lo = 0, hi = chars.length - 1;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (width(`${chars.slice(0, mid).join('').trimEnd()}\u2026`) <= maxWidth) lo = mid; else hi = mid - 1;
  }
  return lo ? `${chars.slice(0, lo).join('').trimEnd()}\u2026` : '';
}
