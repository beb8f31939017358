// Label widths, measured once per label on a canvas. A label that fits its room is drawn as is; one that does
// not is cut with a clipping box (CSS ellipsis), or left out where too little of it would show. Every clip is a
// paint chunk of its own, and Chromium re-layerizes all chunks on each frame that moves a layer: clipping every
// label made each pan frame cost milliseconds.

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
