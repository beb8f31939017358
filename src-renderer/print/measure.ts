// Widths of text set in the print's own faces, to fit the timeline's labels to the room the layout gives
// them. The faces must be loaded before anything is measured: main.tsx loads them before the first render.

export const FONT_FAMILIES = '"Parley Sans", "Parley Arabic", "Parley Hebrew", sans-serif';

/** A canvas context for each font: setting a context's font parses it, and labels switch fonts at every number. */
const contexts = new Map<string, CanvasRenderingContext2D>();

/** Widths already measured, by font and text: an entry's number shows in each of its lanes, the legend on every page. */
const widths = new Map<string, number>();

function measure(text: string, font: string): number {
  let context = contexts.get(font);
  if (!context) {
    context = document.createElement('canvas').getContext('2d')!;
    context.font = `${font} ${FONT_FAMILIES}`;
    contexts.set(font, context);
  }
  return context.measureText(text).width;
}

/** The width in CSS px of `text` in a CSS font shorthand without its family, such as "700 9.5px". */
export function textWidth(text: string, font: string): number {
  const key = `${font}\n${text}`;
  let width = widths.get(key);
  if (width === undefined) widths.set(key, width = measure(text, font));
  return width;
}

/** Latin letters and common punctuation: text set as its characters side by side, give or take kerning. */
const LATIN = /^[\u0020-\u024f\u2010-\u2027\u2030-\u205e]*$/;
/** Each character's width alone, by font. */
const charWidths = new Map<string, Map<string, number>>();

/** The sum of the widths of `text`'s characters: for Latin text (a label's number, say) within a few per cent of its set width. */
export function charsWidth(text: string, font: string): number {
  let chars = charWidths.get(font);
  if (!chars) charWidths.set(font, chars = new Map());
  let sum = 0;
  for (const c of text) {
    let w = chars.get(c);
    if (w === undefined) chars.set(c, w = measure(c, font));
    sum += w;
  }
  return sum;
}

/** Whether `text` fits in `room` px: most labels clear their room easily, and adding up a Latin one's characters says so. */
export function fitsIn(text: string, font: string, room: number): boolean {
  return (LATIN.test(text) && charsWidth(text, font) * 1.03 + 1 <= room) || textWidth(text, font) <= room;
}
