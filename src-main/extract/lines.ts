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

/** "Qatar Hosts New Round of Talks Between DR Congo Government and AFC/M23": a headline further down the page. */
export function titleCased(line: string): boolean {
  const words = line.split(/\s+/).filter((w) => /^\p{L}/u.test(w) && w.length > 3);
  return words.length >= 4 && words.every((w) => /^\p{Lu}/u.test(w));
}
