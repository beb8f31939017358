// What every rule sees of one sentence: its span, the actors mentioned in it and its dates; and the paragraph around it.
import type { Actor, ActorIndex, Mention } from './actors';
import { localDate, MONTH_NAME, type Clock, type DateMention } from './dates';
import { CAPITALS, LEXICON } from './lexicon';

export interface SentenceContext {
  index: number;
  start: number;
  end: number;
  text: string;
  mentions: Mention[];
  dates: DateMention[];
  /** The live-blog stamp or dateline in force for this sentence, if any. */
  stamp?: DateMention;
  /** What its relative dates resolve against: the publication, or an earlier day's heading in a live blog. */
  clock: Clock;
  /** A headline or label above the story: it repeats the story, so it proposes nothing of its own. */
  headline: boolean;
  /** A live-blog entry's title: it sums up the entry, so it dates no event the entry does not tell of. */
  entryTitle: boolean;
}

export interface ArticleContext {
  text: string;
  clock: Clock;
  actors: ActorIndex;
  sentences: SentenceContext[];
}

export function actorOf(ctx: ArticleContext, mention: Mention): Actor {
  return ctx.actors.actors.get(mention.actorId)!;
}

export function mentionsIn(sentence: SentenceContext, from: number, to: number): Mention[] {
  return sentence.mentions.filter((m) => m.start >= from && m.end <= to);
}

/** Where the line holding a sentence starts. */
export function lineOf(ctx: ArticleContext, sentence: SentenceContext): number {
  return ctx.text.lastIndexOf('\n', sentence.start - 1) + 1;
}

/** Whether nothing but a paragraph's own text lies between two offsets. */
export function sameParagraph(ctx: ArticleContext, from: number, to: number): boolean {
  return !/\n\s*\n/.test(ctx.text.slice(from, to));
}

/** The last past day the one or two sentences before, in the same paragraph, told of. */
export function paragraphDay(ctx: ArticleContext, sentence: SentenceContext): string | undefined {
  const today = localDate(sentence.clock, sentence.clock.reference);
  for (let i = sentence.index - 1; i >= Math.max(0, sentence.index - 2); i--) {
    const before = ctx.sentences[i];
    if (!sameParagraph(ctx, before.end, sentence.start)) return undefined;
    const told = before.dates.filter((d) => !d.stamp && !d.approximate && (d.precision === 'day' || d.precision === 'hour' || d.precision === 'minute') && d.from.slice(0, 10) <= today).pop();
    if (told) return told.from.slice(0, 10);
  }
  return undefined;
}

/** "I met them in Doha on 3 March", "We attended as observers": the speaker's own account of a meeting or a journey. */
export const OWN_MEETING = /\b(?:I|[Ww]e)\s(?:(?:also|then|first|later|have|had|just)\s)?(?:met|meet|saw|spoke|speak|talked|held|hosted|received|visited|travelled|traveled|flew|went|called|chaired|sat|returned|arrived|attended)\b/;

/** The actor of the country whose capital this is, when the article names that country. */
export function sideOfCapital(ctx: ArticleContext, place: string | null | undefined): Actor | undefined {
  if (!place || !CAPITALS.has(place)) return undefined;
  const country = LEXICON.find((e) => e.kind === 'government' && e.forms.includes(place))?.name;
  return [...ctx.actors.actors.values()].find((a) => a.name === country && a.mentions.length > 0);
}

const DATELINE_PLACE = new RegExp(String.raw`^\s*(\p{Lu}[\p{L}.' ]{1,25}?)(?:,\s*(?:\d|${MONTH_NAME})|,|\s\(|\s[-–—])`, 'u');

/**
 * The capital a story is filed from: "SEOUL, March 3 (Yonhap) --", "NAIROBI (Reuters) -", "Jakarta, 10 June 2025 –".
 * A city in title case counts only before a date, an outlet or a dash ("Paris, meanwhile, …" opens a sentence).
 */
export function datelineCapital(ctx: ArticleContext): string | undefined {
  for (const line of ctx.text.slice(0, 1500).split('\n')) {
    const m = DATELINE_PLACE.exec(line);
    if (!m || (m[1] !== m[1].toUpperCase() && m[0].endsWith(','))) continue;
    const place = m[1].toLowerCase().replace(/(^|[\s'-])\p{Ll}/gu, (c) => c.toUpperCase());
    if (CAPITALS.has(place)) return place;
  }
  return undefined;
}

/**
 * The outlet that publishes the article, as its header names it ("Arab News" under the headline, "South Caucasus Monitor —
 * Backgrounder") or its dateline does ("JEDDAH (Reuters) -"): "told this newspaper" means it.
 */
export function publisher(ctx: ArticleContext): Actor | undefined {
  const body = ctx.sentences.findIndex((s) => !s.headline);
  const header = ctx.sentences.slice(0, Math.max(0, body));
  const dateline = ctx.sentences[body];
  const candidates = [
    ...header.flatMap((s) => s.mentions),
    ...(dateline?.mentions.filter((m) => /^\(/.test(ctx.text.slice(m.start - 1, m.start)) && m.start - dateline.start <= 60) ?? []),
  ];
  return candidates.map((m) => actorOf(ctx, m)).find((a) => a.kind === 'media');
}
