// A text's lines with where each starts: headings, stamps, speaker labels and summaries are read line by line.

export interface Line {
  start: number;
  text: string;
}

export function linesOf(text: string): Line[] {
  let at = 0;
  return text.split('\n').map((line) => {
    const start = at;
    at += line.length + 1;
    return { start, text: line };
  });
}
