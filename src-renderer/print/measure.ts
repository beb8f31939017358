// Widths of text set in the print's own faces, to fit the timeline's labels to the room the layout gives
// them. The faces must be loaded before anything is measured: main.tsx loads them before the first render.

export const FONT_FAMILIES = '"Parley Sans", "Parley Arabic", "Parley Hebrew", sans-serif';

let context: CanvasRenderingContext2D | null = null;
let contextFont = '';

/** The width in CSS px of `text` in a CSS font shorthand without its family, such as "700 9.5px". */
export function textWidth(text: string, font: string): number {
  context ??= document.createElement('canvas').getContext('2d')!;
  // Setting a canvas's font parses it: only when it changes.
  if (font !== contextFont) {
    context.font = `${font} ${FONT_FAMILIES}`;
    contextFont = font;
  }
  return context.measureText(text).width;
}
