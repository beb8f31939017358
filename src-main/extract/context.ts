// What every rule sees of one sentence: its span, the actors mentioned in it and its dates.
import type { Actor, ActorIndex, Mention } from './actors';
import type { Clock, DateMention } from './dates';

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
