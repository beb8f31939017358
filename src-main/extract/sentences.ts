// Sentences and part-of-speech tags from wink-nlp, mapped back to character offsets.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { DOTTED_TITLES } from './lexicon';

export interface Sentence {
  start: number;
  end: number;
  text: string;
}

export interface Token {
  start: number;
  end: number;
  pos: string;
}

export interface Analysis {
  sentences: Sentence[];
  tokens: Token[];
}

let nlp: ReturnType<typeof winkNLP> | undefined;

function getNlp() {
  nlp ??= winkNLP(model);
  return nlp;
}

// wink splits after these; in news copy they almost always precede a name or a time.
const NON_FINAL_ABBREVIATIONS = new RegExp(`(?:\\b(?:${DOTTED_TITLES.join('|')})\\.|\\b[A-Z]\\.)$`);
// A wire story's abbreviated month ("on Feb. 27", "Sept. 3") goes on with its day.
const MONTH_ABBREVIATION = /\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.$/;
// So does an abbreviated weekday ("Tues. the 12th", "Thurs. 14 Oct").
const WEEKDAY_ABBREVIATION = /\b(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.$/;

export function analyse(text: string): Analysis {
  const winkNlp = getNlp();
  const its = winkNlp.its;
  const doc = winkNlp.readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const tags = doc.tokens().out(its.pos) as string[];
  const tokens: Token[] = [];
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const at = text.indexOf(values[i], cursor);
    const start = at < 0 ? cursor : at;
    const end = at < 0 ? cursor : at + values[i].length;
    tokens.push({ start, end, pos: tags[i] });
    cursor = end;
  }
  const spans = doc.sentences().out(its.span) as unknown as [number, number][];
  const rough: [number, number][] = spans.map(([a, b]) => [tokens[a]?.start ?? 0, tokens[b]?.end ?? text.length]);
  const merged: [number, number][] = [];
  for (const range of rough) {
    const last = merged[merged.length - 1];
    const previous = last ? text.slice(last[0], last[1]) : '';
    const next = last ? text.slice(last[1], range[1]) : '';
    const continues = NON_FINAL_ABBREVIATIONS.test(previous) || (MONTH_ABBREVIATION.test(previous) && /^\s*\d/.test(next))
      || (WEEKDAY_ABBREVIATION.test(previous) && /^\s*(?:the\s)?\d/.test(next));
    if (last && continues && !text.slice(last[1], range[0]).includes('\n')) {
      last[1] = range[1];
    } else merged.push([...range]);
  }
  const sentences: Sentence[] = [];
  for (const [start, end] of merged) {
    // A line break always ends a sentence: headlines, bylines, timeline entries, live-blog stamps.
    let lineStart = start;
    for (const line of text.slice(start, end).split('\n')) {
      const lead = line.length - line.trimStart().length;
      const body = line.trim();
      if (body) sentences.push({ start: lineStart + lead, end: lineStart + lead + body.length, text: body });
      lineStart += line.length + 1;
    }
  }
  return { sentences, tokens };
}
