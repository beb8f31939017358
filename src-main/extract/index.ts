// Article extraction: from an article's text, propose the actors, events and statements a
// researcher would put on a negotiation timeline, each with the offsets of its evidence.
import type { ExtractResult, GazetteerActor } from '../../shared/extraction';
import { findActors, type Actor } from './actors';
import { OWN_MEETING, type ArticleContext, type SentenceContext } from './context';
import { datedSections, findDates, localDate, makeClock, MONTH_NAME, parseDates, sectionAt, type DateMention } from './dates';
import { findEvents, type FoundEvent } from './events';
import { linesOf, titleCased } from './lines';
import { analyse } from './sentences';
import { findStatements, operativeSpeakers, transcriptSpeakers, type FoundStatement } from './statements';

export interface ExtractOptions {
  /** Publication date or date-time (ISO); relative dates resolve against it. Default: now. */
  published?: string;
  /** IANA zone of the publication; chrono needs it as an offset. Default: the offset in `published`, else UTC. */
  timezone?: string;
  /** The project's actors: matched first, their ids reused. */
  gazetteer?: GazetteerActor[];
}

const TYPE_LABELS: Record<FoundEvent['type'], string> = { talks: 'Talks', cabinet_meeting: 'Cabinet meeting', visit: 'Visit', other: 'Event' };
/** What an event of type "other" was, from the words that tell of it: "Signing: …" reads better than "Event: …". */
const OTHER_LABELS: [RegExp, string][] = [
  [/\bsign(?:s|ed|ing)?\b/i, 'Signing'], [/\b(?:swap|exchange|freed|released|returned)\b/i, 'Exchange'], [/\bsummon/i, 'Summons'],
  [/\bbrief(?:s|ed|ing)?\b/i, 'Briefing'], [/\bconference\b/i, 'Conference'], [/\bsuspend/i, 'Suspension'], [/\bwalked out\b/i, 'Walkout'],
];
const labelOf = (e: FoundEvent, text: string) =>
  e.type === 'other' ? OTHER_LABELS.find(([re]) => re.test(text.slice(e.evidence[0], e.evidence[1])))?.[1] ?? TYPE_LABELS.other : TYPE_LABELS[e.type];

/** A sentence or line that ends as body text does; a headline, label or title does not. */
const FINISHED = /[.!?"”]$/;

export function extractArticle(text: string, opts: ExtractOptions = {}): ExtractResult {
  const clock = makeClock(opts.published, opts.timezone);
  const { sentences, tokens } = analyse(text);
  const actors = findActors(text, sentences, tokens, opts.gazetteer ?? []);
  const contexts: SentenceContext[] = [];
  let stamp: DateMention | undefined;
  let stamps = 0;
  let mentionCursor = 0;
  // The day told last: "the following day" and "a week later" count from it.
  let previousDay: string | undefined;
  // The start of the last chronology entry ("January 11, 2024 –"): an entry after it that leaves its year out follows it.
  let lastEntry: string | undefined;
  const sections = datedSections(text, clock);
  const parsedDates = sections.flatMap((section, i) => parseDates(text.slice(section.start, sections[i + 1]?.start ?? text.length), section.clock, section.start));
  // Lines above the first sentence of the story that end without a full stop: headline, kicker, labels.
  const firstBody = sentences.findIndex((s) => FINISHED.test(s.text) && s.text.length > 60);
  const summary = summaryLines(text);
  for (const [index, s] of sentences.entries()) {
    const sectionClock = sectionAt(sections, s.start).clock;
    const dates = findDates(text, s.start, s.end, sectionClock, parsedDates, previousDay);
    lastEntry = inChronologyYear(text, s, dates[0], lastEntry, localDate(clock, clock.reference));
    previousDay = dates.filter((d) => !d.stamp && ['day', 'hour', 'minute'].includes(d.precision)).pop()?.from.slice(0, 10) ?? previousDay;
    const ownStamp = dates.find((d) => d.stamp && d.precision === 'minute');
    if (ownStamp) stamps++;
    stamp = ownStamp ?? stamp;
    while (mentionCursor < actors.mentions.length && actors.mentions[mentionCursor].start < s.start) mentionCursor++;
    const mentions = [];
    for (let i = mentionCursor; i < actors.mentions.length && actors.mentions[i].start < s.end; i++) mentions.push(actors.mentions[i]);
    const unfinished = !FINISHED.test(s.text);
    // A line of its own without a full stop over a paragraph ("China, Philippines hold talks in Xiamen" over its wire item,
    // "3. JEDDAH — Sudan talks resume" over a digest's item),
    // unless it opens with a date (a chronology's entry), ends with a colon (what follows is its quotation) or with the
    // semicolon of a communiqué's paragraph.
    const standalone = unfinished && /(?:^|\n)(?:\d{1,2}[.)]\s+)?$/.test(text.slice(Math.max(0, s.start - 5), s.start)) && /^\s*\n\s*\n/.test(text.slice(s.end))
      && s.text.split(/\s+/).length >= 4 && !/[:;]\s*$/.test(s.text) && !dates.some((d) => d.start - s.start <= 2);
    // A live-blog entry's title, after its stamp ("1520 GMT – Security cabinet to meet at 2030 GMT") or on the line under
    // it ("00:15 GMT", then "Koval: 'agreement in principle'"), and a summary's lines repeat the entries.
    const above = contexts[index - 1];
    const entryTitle = unfinished && (dates.some((d) => d.stamp && d.start - s.start <= 2)
      || (!!above && above.text.length <= 24 && above.dates.some((d) => d.stamp) && text.slice(above.end, s.start).includes('\n')));
    const headline = (index < firstBody && unfinished) || entryTitle || standalone || (unfinished && titleCased(s.text)) || summary.some(([from, to]) => s.start >= from && s.start < to);
    contexts.push({ index, ...s, mentions, dates, stamp, clock: sectionClock, headline, entryTitle });
  }
  // A lone stamp that names its day ("05:45 hrs, Monday 3 August 2026", "KYIV, March 12, 2026, 14:20 EET"), or says it was
  // posted ("Posted 23:40 Muscat time"), is the hour of publication, not a live-blog entry's: it dates the sentence it
  // opens, and nothing after it.
  const lone = stamps === 1 && contexts.find((c) => c.stamp && c.dates.includes(c.stamp));
  const loneLine = lone && linesOf(text).findLast((l) => l.start <= lone.stamp!.start);
  if (lone && loneLine && (DATED_LINE.test(loneLine.text) || /^\s*(?:Updated?|Posted)\b/i.test(loneLine.text))) {
    for (const c of contexts) if (c !== lone) c.stamp = undefined;
  }
  const ctx: ArticleContext = { text, clock, actors, sentences: contexts };
  const answers = new Map([...transcriptSpeakers(ctx), ...operativeSpeakers(ctx)]);
  const statements = findStatements(ctx, answers);
  const events = findEvents(ctx);
  addSpeakersWhoMet(ctx, events, statements, answers);
  const titleCase = headlineWords(ctx, statements);
  for (const e of events) {
    e.participants = e.participants.filter((id) => !titleCase.has(id));
    for (const id of titleCase) e.named.delete(id);
  }
  const mentioned = [...actors.actors.values()].filter((a) => a.mentions.length > 0 && !titleCase.has(a.id));
  const mentionedIds = new Set(mentioned.map((a) => a.id));
  const nameOf = (id: string) => actors.actors.get(id)?.name ?? id;
  return {
    actors: mentioned.map((a) => ({ id: a.id, name: a.name, kind: a.kind, aliases: [...a.aliases], mentions: a.mentions,
      // (An outlet stays on its own: a researcher files a broadcaster under no country's lane.)
      ...(a.affiliation && a.kind !== 'media' && mentionedIds.has(a.affiliation) ? { affiliation: a.affiliation } : {}) })),
    events: events.map((e, i) => ({
      id: `e${i + 1}`,
      type: e.type,
      title: `${labelOf(e, text)}${e.location ? ` in ${e.location}` : ''}${e.named.size ? `: ${[...e.named].map(nameOf).join(', ')}` : ''}`,
      start: e.start,
      end: e.end,
      precision: e.precision,
      approximate: e.approximate,
      participants: e.participants,
      location: e.location,
      reportedBy: e.reportedBy,
      evidence: e.evidence,
      confidence: round(e.confidence),
    })),
    statements: statements.map((s, i) => ({ id: `s${i + 1}`, ...s, confidence: round(s.confidence) })),
  };
}

/**
 * "Philippines Concludes Hosting of …", "A Narrow Window Before the Budget Cliff": a person the headlines alone name, whose
 * name the story never uses, is title case, not a person.
 */
function headlineWords(ctx: ArticleContext, statements: FoundStatement[]): Set<string> {
  const inHeadline = (offset: number) => ctx.sentences.some((s) => s.headline && s.start <= offset && offset < s.end);
  const body = ctx.sentences.filter((s) => !s.headline).map((s) => s.text).join('\n');
  const titleCase = [...ctx.actors.actors.values()].filter((a) => a.kind === 'person' && a.roles.size === 0 && a.mentions.every(([start]) => inHeadline(start))
    && !statements.some((s) => s.speaker === a.id) && !a.name.split(/\s+/).some((word) => word.length > 2 && body.includes(word)));
  return new Set(titleCase.map((a) => a.id));
}

/**
 * "I met them in Doha on 3 March," Berg said; "Yesterday I spoke by telephone with…" in a minister's speech or an
 * interview's answer: a meeting told in the first person has its teller among its participants.
 */
function addSpeakersWhoMet(ctx: ArticleContext, events: FoundEvent[], statements: FoundStatement[], answers: Map<number, Actor>) {
  for (const e of events) {
    if (!OWN_MEETING.test(ctx.text.slice(e.evidence[0], e.evidence[1]))) continue;
    const told = statements.find((s) => s.evidence[0] <= e.evidence[0] && e.evidence[1] <= s.evidence[1]);
    const answer = ctx.sentences.find((s) => s.start <= e.evidence[0] && e.evidence[0] < s.end);
    const speaker = told?.speaker ? ctx.actors.actors.get(told.speaker) : answer && answers.get(answer.index);
    if (speaker?.kind !== 'person' || e.participants.includes(speaker.id)) continue;
    e.participants.push(speaker.id);
    e.named.add(speaker.id);
  }
}

/**
 * "January 11, 2024 – …", then "Late March – …": a chronology's entry that leaves out its year is in the year of the entry
 * before it (not the one the publication date suggests), or the year after when its month came earlier ("August 2024 – …",
 * then "January: …"), moved there in place. Returns the start of the entry now in force.
 */
function inChronologyYear(text: string, s: { start: number; text: string }, lead: DateMention | undefined, last: string | undefined, published: string): string | undefined {
  // A year on a line of its own heads the entries under it.
  const heading = /^\s*((?:19|20)\d{2})\s*$/.exec(s.text);
  if (heading) return `${heading[1]}-01-01`;
  if (!lead || lead.stamp || !/^(?:[-•*▪·]\s*)?(?:(?:Late|Early|Mid|End of|Beginning of)[-\s])?$/i.test(text.slice(s.start, lead.start))
    || !/^\s*[–—:-]\s/.test(text.slice(lead.end, lead.end + 4))) return last;
  const yearTold = /\b\d{4}\b/.test(text.slice(lead.start, lead.end));
  if (last && !yearTold) {
    // (A list told newest first, "March 2025 – …" then "January: …", would put that January after the report: it stays.)
    const lastYear = Number(last.slice(0, 4));
    const next = `${lastYear + 1}${lead.from.slice(4, 10)}`;
    const year = lastYear + (`${lastYear}${lead.from.slice(4, 10)}` < last.slice(0, 10) && next <= published ? 1 : 0);
    const shift = (iso: string) => `${year + Number(iso.slice(0, 4)) - Number(lead.from.slice(0, 4))}`.padStart(4, '0') + iso.slice(4);
    if (lead.from.slice(0, 4) !== String(year)) Object.assign(lead, { from: shift(lead.from), to: shift(lead.to) });
  }
  // Only an entry whose year the list has told is surely one: "Sept. 12: …" alone may be a dated paragraph.
  if (last || yearTold) lead.entry = true;
  return lead.from.slice(0, 10);
}

/** A line that names a day: a month by name or a numeric date. */
const DATED_LINE = new RegExp(String.raw`\b${MONTH_NAME}\s+\d|\b\d{1,2}(?:st|nd|rd|th)?\s+${MONTH_NAME}|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b`);

/** A bullet that opens with its date: "• 5 February 2026 —", "- 12–13 February 2026 –". */
const DATED_ENTRY = new RegExp(String.raw`^[-•*▪·]?\s*(?:\d{1,2}(?:[–-]\d{1,2})?\s+${MONTH_NAME}|${MONTH_NAME}\s+\d{1,2}\b)`);

const round = (n: number) => Math.round(n * 100) / 100;

/**
 * The lines of a "Summary" or "Key events" block at the top of a live blog (bullets, or titles without a full stop):
 * they repeat what the entries below tell, so they add to those entries' events rather than propose their own.
 */
function summaryLines(text: string): [number, number][] {
  const lines: [number, number][] = [];
  let inSummary = false;
  for (const line of linesOf(text)) {
    const body = line.text.trim();
    if (/^(?:summary|key (?:events|points|developments)|what we know(?: so far)?|at a glance|catch up|in brief)\b[\s:]*$/i.test(body)) inSummary = true;
    // ("• 5 February 2026 — …": a briefing's dated key points are its chronology, not a repeat of it.)
    else if (inSummary && body && (/^[-•*▪·]\s/.test(body) || !FINISHED.test(body)) && !DATED_ENTRY.test(body)) lines.push([line.start, line.start + line.text.length + 1]);
    else if (body) inSummary = false;
  }
  return lines;
}
