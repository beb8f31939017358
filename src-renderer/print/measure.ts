// Widths of text set in the print's own faces, to fit the timeline's labels to the room the layout gives
// them. The faces must be loaded before anything is measured: main.tsx loads them before the first render.

export const FONT_FAMILIES = '"Parley Sans", "Parley Arabic", "Parley Hebrew", sans-serif';

/** A canvas context for each font: setting a context's font parses it, and labels switch fonts at every number. */
const contexts = new Map<string, CanvasRenderingContext2D>();

/** Widths already measured, by font and text: an entry's number shows in each of its lanes, the legend on every page. */
const widths = new Map<string, number>();

/** The width in CSS px of `text` in a CSS font shorthand without its family, such as "700 9.5px". */
export function textWidth(text: string, font: string): number {
  const key = `${font}\n${text}`;
  let width = widths.get(key);
  if (width === undefined) {
    let context = contexts.get(font);
    if (!context) {
      context = document.createElement('canvas').getContext('2d')!;
      context.font = `${font} ${FONT_FAMILIES}`;
      contexts.set(font, context);
    }
    widths.set(key, width = context.measureText(text).width);
  }
  return width;
}
