// Label widths, measured once per label on a canvas. A label that fits its room is drawn as is; only one that
// does not gets a clipping box (CSS ellipsis). Every clip is a paint chunk of its own, and Chromium re-layerizes
// all chunks on each frame that moves a layer, so clipping every label made each pan frame cost milliseconds.

/** The width of a text in the labels' font. */
export function canvasTextWidth(font: string): (text: string) => number {
  const ctx = document.createElement('canvas').getContext('2d');
  if (ctx) ctx.font = font;
  return (text) => (ctx ? ctx.measureText(text).width : text.length * 6);
}

/** Labels cut to a room change width only in steps this wide, so a zoom lays their text out again less often. */
const CUT_STEP_PX = 4;

/** The width to give a label with `room` px for text: null when it fits whole, else the room, rounded down a step. */
export function cutWidth(textWidth: number, room: number): number | null {
  if (textWidth <= room) return null;
  return Math.max(0, Math.floor(room / CUT_STEP_PX) * CUT_STEP_PX);
}
