// Dates: chrono-node finds the expressions; the clause's tense decides whether a bare weekday or a
// month without a year lies before or after publication; durations become approximate ranges.
// Everything resolves against the publication instant in the article's zone.
import * as chrono from 'chrono-node';
import { linesOf } from './lines';
import { fromInstant, isValidZone, localDate as wallClockIn } from '../../shared/dates';
import type { Precision } from '../../shared/extraction';

export interface Clock {
  /** The publication instant. */
  reference: Date;
  /** IANA zone, when known; otherwise `fixedOffset` applies. */
  zone?: string;
  fixedOffset: number;
  /** The year a "Timeline:" list's heading ("2023" on a line of its own) gives the dates under it that name none. */
  year?: number;
  /** A day heading's clock: the reference is the end of that day, and a time alone ("23:40 GMT") falls within it. */
  dayEnd?: boolean;
  /** A week ahead's weekday heading: the day of what is listed under it without a date of its own. */
  listedDay?: string;
}

export interface DateMention {
  start: number;
  end: number;
  /** ISO date or date-time with offset. */
  from: string;
  to: string;
  precision: Precision;
  approximate: boolean;
  /** The dateline or a live-blog stamp: context for what follows, not the date of an event. */
  stamp: boolean;
  /** "In the coming weeks": a stretch ahead with no day set. */
  unscheduled?: boolean;
  /** The date that opens an entry of a chronology whose year is known ("2024 – …", then "Sept. 12: …"). */
  entry?: boolean;
  /** "a day after North Korea fired …", "two days before the vote": a day counted from another event. */
  counted?: boolean;
}

const DAY_MS = 86_400_000;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
/** A weekday's number, Sunday 0, from its name or an abbreviation of three letters or more ("Tues", "THURSDAY"). */
const weekdayNumber = (name: string) => WEEKDAYS.findIndex((w) => w.startsWith(name.toLowerCase().slice(0, 3)));
const FUTURE_MARKERS =
  /\b(?:will|shall|would|'ll|is due|are due|due to|scheduled|expected to|set to|plans? to|planned|planning to|upcoming|going to|expects?|expected|anticipated|is to|are to|slated|poised to|intends? to|next|later this|coming|agreed to|agree to|pencil?led in|tentatively|ahead of|hope[sd]? to|hoping to|aims? to|aimed to|wants? to|wanted to|to (?:meet|vote|resume|reconvene|convene|hold|sign|travel|visit|host|return|fly|head|arrive|attend|revive|open|undertake|pay)|(?:which|that|who) (?:gathers|meets|convenes|reconvenes|votes|sits)|(?:meeting|talks|round|session|summit|conference|dialogue)(?: of (?:the )?[\w-]+(?: [\w-]+)?)? (?:opens|begins|starts|resumes|reconvenes|convenes|kicks off))\b/i;

/** Minutes east of UTC at an instant: the zone's (shared/dates), or the fixed offset of `published`. */
export function offsetAt(clock: Clock, instant: Date): number {
  if (!clock.zone) return clock.fixedOffset;
  // fromInstant reads the wall clock through shared/dates' cached offsets; the difference is the offset.
  const ms = Math.floor(instant.getTime() / 60_000) * 60_000;
  return Math.round((Date.parse(`${fromInstant(ms, 'minute', clock.zone).value}:00Z`) - ms) / 60_000);
}

/** The publication instant and zone: a date alone means local noon; no date means now. */
export function makeClock(published?: string, timezone?: string): Clock {
  const zone = timezone && isValidZone(timezone) ? timezone : undefined;
  const explicitOffset = published ? /([+-])(\d{2}):?(\d{2})$|Z$/.exec(published) : null;
  let fixedOffset = 0;
  if (explicitOffset && explicitOffset[1]) fixedOffset = (explicitOffset[1] === '-' ? -1 : 1) * (Number(explicitOffset[2]) * 60 + Number(explicitOffset[3]));
  const base = { zone, fixedOffset };
  if (!published) return { ...base, reference: new Date() };
  const dateOnly = /^(\d{4}-\d{2}-\d{2})$/.exec(published);
  if (dateOnly) return { ...base, reference: localToInstant(base, `${dateOnly[1]}T12:00`) };
  const local = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})/.exec(published);
  if (local && !explicitOffset) return { ...base, reference: localToInstant(base, `${local[1]}T${local[2]}`) };
  const parsed = new Date(published);
  if (Number.isNaN(parsed.getTime())) throw new Error(`not a date: ${published}`);
  return { ...base, reference: parsed };
}

/** A wall-clock time ("2025-05-08T12:00") in the clock's zone, as an instant. */
function localToInstant(clock: Omit<Clock, 'reference'>, wall: string): Date {
  if (clock.zone) return new Date(wallClockIn(wall, clock.zone).getTime());
  return new Date(Date.parse(`${wall}:00Z`) - clock.fixedOffset * 60_000);
}

/** Local calendar parts of an instant, as a UTC-based Date (read it with getUTC*). */
function localParts(clock: Clock, instant: Date): Date {
  return new Date(instant.getTime() + offsetAt(clock, instant) * 60_000);
}

const pad = (n: number) => String(n).padStart(2, '0');
const isoDay = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

export function localDate(clock: Clock, instant: Date): string {
  return clock.zone ? fromInstant(instant.getTime(), 'day', clock.zone).value : isoDay(localParts(clock, instant));
}

export function localDateTime(clock: Clock, instant: Date): string {
  const offset = offsetAt(clock, instant);
  const p = localParts(clock, instant);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${isoDay(p)}T${pad(p.getUTCHours())}:${pad(p.getUTCMinutes())}:00${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** A month by name, in full or cut short ("Sept."), as a pattern to build on. */
export const MONTH_NAME = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?`;

/** A calendar day shifted by whole days, on local dates. */
export function shiftDay(day: string, days: number): string {
  return isoDay(new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS));
}

/** The same day of the month a month or more away ("31 March" a month back is the last of February). */
function shiftMonth(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number);
  const last = Number(lastDayOfMonth(y, m - 1 + months).slice(8));
  return isoDay(new Date(Date.UTC(y, m - 1 + months, Math.min(d, last))));
}

/** The day of the week of an ISO day, Sunday 0 (as WEEKDAYS counts). */
const weekdayOf = (day: string) => new Date(`${day}T00:00:00Z`).getUTCDay();

function mondayOf(day: string): string {
  return shiftDay(day, -((weekdayOf(day) + 6) % 7));
}

function lastDayOfMonth(y: number, m: number): string {
  return isoDay(new Date(Date.UTC(y, m + 1, 0)));
}

export function isFutureClause(clause: string): boolean {
  return FUTURE_MARKERS.test(clause);
}

/** A chrono result and where it starts in the whole text. */
export interface ParsedDate {
  index: number;
  result: chrono.ParsedResult;
}

// Where numeric dates put the month first (6/10/2025 is June 10th): the United States and the Philippines.
const MONTH_FIRST_ZONES = /^(?:America\/(?:New_York|Chicago|Denver|Los_Angeles|Phoenix|Anchorage|Adak|Boise|Detroit|Juneau|Menominee|Metlakatla|Nome|Sitka|Yakutat|Indiana\/\w+|Kentucky\/\w+|North_Dakota\/\w+)|Pacific\/Honolulu|Asia\/Manila|US\/\w+)$/;

/**
 * The text as chrono (which reads numeric dates month first) should see it: a day-first slash date ("06/10/2025", 6
 * October, where the article's zone writes the day first) and any dotted date ("01.10.2025", always day first, and
 * otherwise read as the time 01:10) are rewritten month first with slashes, character for character.
 */
function numericDates(text: string, clock: Clock): string {
  const dayFirst = !!clock.zone && !MONTH_FIRST_ZONES.test(clock.zone);
  const swap = (_: string, d: string, m: string, y: string) => `${m}/${d}/${y}`;
  const slashed = dayFirst ? text.replace(/(?<![\d/])(\d{1,2})\/(\d{1,2})\/((?:19|20)\d{2})\b/g, (all, d: string, m: string, y: string) => (Number(m) <= 12 ? swap(all, d, m, y) : all))
    // "Monday (8/2)", "(Tuesday, 9/2)", "Today (10/2)": a release's day and month in brackets, day first too.
    .replace(/(?<=\((?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s)?)(\d{1,2})\/(\d{1,2})(?=\))/g, (all, d: string, m: string) => (Number(m) <= 12 && Number(d) <= 31 ? `${m}/${d}` : all)) : text;
  // "on Monday last" (Indian and older British usage) is "last Monday", in as many characters; "from 10 to 12 June",
  // which chrono reads as 10 to 12 o'clock, is "10 - 12 June".
  return slashed.replace(/\b(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})\b/g, swap)
    .replace(/\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) last\b/g, (_, day: string) => `last ${day}`)
    .replace(new RegExp(String.raw`\b(from|between) (\d{1,2}) (to|and) (\d{1,2}) (?=${MONTH_NAME}(?!\w))`, 'gi'),
      (_, word: string, first: string, joiner: string, last: string) => `${' '.repeat(word.length + 1)}${first} ${'-'.padEnd(joiner.length)} ${last} `)
    // "on the 24th and 25th of November", "on March 15 and 16": two days running are one stretch ("3 and 10 March" are not).
    .replace(new RegExp(String.raw`\b(\d{1,2})((?:st|nd|rd|th)?) and (\d{1,2})(?=(?:st|nd|rd|th)?(?: of)? ${MONTH_NAME}(?!\w))|(?<=${MONTH_NAME}\.? )(\d{1,2}) and (\d{1,2})\b`, 'gi'),
      (all: string, a?: string, suffix?: string, b?: string, c?: string, d?: string) => {
        const [first, last] = a ? [a, b!] : [c!, d!];
        return Number(last) === Number(first) + 1 ? all.replace(/ and /, ' -   ') : all;
      });
}

/** chrono, which also reads a 24-hour time without a colon in GMT or UTC ("1345 GMT –", "(2030 GMT)"), as live blogs stamp. */
const parser = chrono.casual.clone();
parser.parsers.push({
  pattern: () => /\b([01]\d|2[0-3])([0-5]\d)\s?(?:GMT|UTC)\b/i,
  extract: (_context, match) => ({ hour: Number(match[1]), minute: Number(match[2]), timezoneOffset: 0 }),
});

// "will meet on the 21st", "on the evening of the 3rd": a day of the month alone (the month is the tense's, below). Not
// "the 21st century", "the 44th Meeting": the ordinal must end its phrase.
parser.parsers.push({
  pattern: () => /(?<=\bthe\s)([1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b(?=\s*[,.;:)!?]|\s*[-–—]\s|\s*$|\s+(?:and|or|but|to|at|in|on|when|with|for|under|after|before|as|of\s(?:this|the|last|next)\smonth)\b)/i,
  extract: (_context, match) => ({ day: Number(match[1]) }),
});

// "Tues. the 12th", "Monday the 3rd": a day of the month whose weekday says which month it is in (below).
parser.parsers.push({
  pattern: () => /\b(sun(?:day)?|mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:r|rs|rsday)?|fri(?:day)?|sat(?:urday)?)\.?,?\s+the\s+([1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b(?!\s+of\s)/i,
  extract: (_context, match) => ({ day: Number(match[2]), weekday: weekdayNumber(match[1]) }),
});

/** chrono's results for the whole text, parsed once; `findDates` hands them out by sentence. */
export function parseDates(original: string, clock: Clock, offset = 0): ParsedDate[] {
  const reference = { instant: clock.reference, timezone: offsetAt(clock, clock.reference) };
  const text = numericDates(original, clock);
  return parser.parse(text, reference).flatMap(function split(r: chrono.ParsedResult): ParsedDate[] {
    // chrono joins expressions across a line break ("tomorrow morning.\n\n18:20 GMT"): lines are read apart.
    if (r.text.includes('\n')) {
      return linesOf(r.text).flatMap((line) =>
        line.text.trim() ? parser.parse(line.text, reference).map((x) => ({ index: offset + r.index + line.start + x.index, result: x })) : []);
    }
    // "March 2023 - A second round": chrono reads "a second" as the end of a range.
    const [head, tail] = r.text.split(/\s[-–—]\s/);
    // ("GENEVA, 11 March 2026 - On Tuesday Ruto met", "… - Yesterday the Minister …": a dateline's date, then the story's
    // day, not a range between them.)
    if (tail !== undefined && /^(?:on|last|this|next|late|early|earlier|yesterday|today|tonight|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/i.test(tail.trim())) {
      const at = r.text.lastIndexOf(tail);
      return [head, tail].flatMap((part, k) => parser.parse(part, reference).slice(0, 1)
        .map((x) => ({ index: offset + r.index + (k ? at : 0) + x.index, result: x })));
    }
    if (tail === undefined || /\d|january|february|march|april|may|june|july|august|september|october|november|december|day\b/i.test(tail)) {
      return [{ index: offset + r.index, result: r }];
    }
    const reparsed = parser.parse(head, reference)[0];
    return reparsed ? [{ index: offset + r.index + reparsed.index, result: reparsed }] : [];
  });
}

/** A stretch of the text and the clock its relative dates resolve against. */
export interface DatedSection {
  start: number;
  clock: Clock;
}

/** A weekday alone on its line, as a week ahead heads its days: "MONDAY", "TUES.", "THURSDAY (the 15th)". */
const WEEKDAY_HEADING = /^(mon|tue|wed|thu|fri|sat|sun)(?:day|s|sday|nesday|r|rs|rsday|urday)?\.?(?:\s*\((?:the\s)?\d{1,2}(?:st|nd|rd|th)?\))?:?$/i;

/**
 * A live blog's day headings ("Tuesday 9 September", "Wednesday, 12 March 2025" on a line of their own), and a calendar's
 * ("Wed 25 Nov · Busan"): the entries under a heading are stamped and worded relative to its day ("16:05 GMT", "last
 * night", "will host him on Monday"), so they resolve against its end. The rest of the text keeps the publication instant.
 */
export function datedSections(text: string, clock: Clock): DatedSection[] {
  const sections: DatedSection[] = [{ start: 0, clock }];
  const published = localDate(clock, clock.reference);
  const reference = { instant: clock.reference, timezone: offsetAt(clock, clock.reference) };
  const lines = linesOf(text);
  // A week ahead set out under weekdays alone ("MONDAY", "TUES.", "THURSDAY (the 15th)"), two or more of them: each is the
  // next such day from the publication on.
  const weekdays = lines.map((l) => WEEKDAY_HEADING.exec(l.text.trim()));
  const weekdayHeadings = weekdays.filter(Boolean).length >= 2;
  for (const [i, { start: lineStart, text: line }] of lines.entries()) {
    const weekday = weekdayHeadings && weekdays[i];
    if (weekday) {
      const ahead = (weekdayNumber(weekday[1]) - weekdayOf(published) + 7) % 7;
      const day = shiftDay(published, ahead);
      sections.push({ start: lineStart, clock: { ...(day !== published ? clockOfDay(clock, day) : clock), listedDay: day } });
      continue;
    }
    // ("LATER THIS MONTH", "LOOKING BACK": another heading in capitals ends the day's list.)
    if (weekdayHeadings && /^[\p{Lu}\d ,.'’&:–-]{4,40}$/u.test(line.trim()) && sections[sections.length - 1].clock.listedDay) {
      sections.push({ start: lineStart, clock });
      continue;
    }
    // "On Friday 13 June (so far)", "Tuesday 4 March (updated)": a note after the heading's date is no part of it.
    // ("Wed 25 Nov · Busan": a calendar's heading names the place after the day.)
    const body = line.trim().replace(/[.:]$/, '').replace(/\s*\((?:so far|updated?|continued|cont(?:'|’)?d|latest|live|ongoing)\)$/i, '')
      .replace(/\s[·|]\s\p{Lu}[\p{L} .'’-]{1,30}$/u, '');
    if (!body || body.length > 40 || !/\d/.test(body)) continue;
    if (/^(?:19|20)\d{2}$/.test(body) && body <= published.slice(0, 4)) {
      const year = Number(body);
      const reference = body < published.slice(0, 4) ? localToInstant(clock, `${body}-12-31T23:59`) : clock.reference;
      sections.push({ start: lineStart, clock: { ...clock, reference, year } });
      continue;
    }
    const numeric = numericDates(body, clock);
    const [r] = parser.parse(numeric, reference);
    if (!r || r.text.trim() !== numeric || !r.start.isCertain('day') || r.start.isCertain('hour')) continue;
    const mention = fromChrono(r, clock, published, false);
    if (!mention || mention.precision !== 'day') continue;
    const day = mention.from;
    // A live blog goes on past the day it was first published: a heading of the next day or two moves its clock on too.
    const dayClock = day !== published ? clockOfDay(clock, day) : clock;
    if (sections[sections.length - 1].clock !== dayClock) sections.push({ start: lineStart, clock: dayClock });
  }
  return sections.length > 1 ? sections : [...sections, ...overnightSections(text, clock)];
}

/** The clock of a live blog's later day: its reference is the end of that day. */
function clockOfDay(clock: Clock, day: string): Clock {
  return { ...clock, reference: localToInstant(clock, `${day}T23:59`), dayEnd: true };
}

/** A live-blog entry's time at the start of its line: "23:40 GMT", "0015 GMT – Talks resume", "7.12pm BST". */
const STAMP_LINE = /^\s*(?:(\d{1,2})[:.](\d{2})|(\d{2})(\d{2})(?=\s?(?:GMT|UTC|BST|hrs?)\b))\s?([ap]\.?m\.?)?(?:\s?[A-Z]{2,5}\b)?\s*(?:$|[-–—|:]\s)/i;

/**
 * A live blog of one day that runs past midnight, its entries stamped with times alone: where the times, read in the
 * blog's own order (newest first or oldest first), start again from the small hours, the entries are the next day's.
 */
function overnightSections(text: string, clock: Clock): DatedSection[] {
  const stamps: { start: number; minute: number }[] = [];
  for (const { start, text: line } of linesOf(text)) {
    const m = STAMP_LINE.exec(line);
    if (!m) continue;
    const hour = Number(m[1] ?? m[3]) % 12 + (m[5] && /^p/i.test(m[5]) ? 12 : m[5] || Number(m[1] ?? m[3]) < 12 ? 0 : 12);
    stamps.push({ start, minute: hour * 60 + Number(m[2] ?? m[4]) });
  }
  if (stamps.length < 3) return [];
  // Read in time order, the entries only go forward, but for a step back of more than half a day: a midnight passed.
  const backSteps = (xs: typeof stamps) => xs.slice(1).filter((x, i) => x.minute < xs[i].minute && xs[i].minute - x.minute <= 12 * 60).length;
  const chronological = backSteps([...stamps].reverse()) < backSteps(stamps) ? [...stamps].reverse() : stamps;
  const laterDays = new Map<number, number>();
  let days = 0;
  chronological.forEach((x, i) => {
    if (i > 0 && chronological[i - 1].minute - x.minute > 12 * 60) days++;
    laterDays.set(x.start, days);
  });
  if (days === 0) return [];
  const published = localDate(clock, clock.reference);
  const sections: DatedSection[] = [];
  let current = 0;
  for (const x of stamps) {
    const later = laterDays.get(x.start)!;
    if (later !== current) sections.push({ start: x.start, clock: later ? clockOfDay(clock, shiftDay(published, later)) : clock });
    current = later;
  }
  return sections;
}

/** The section that holds an offset. */
export function sectionAt(sections: DatedSection[], offset: number): DatedSection {
  let found = sections[0];
  for (const s of sections) if (s.start <= offset) found = s;
  return found;
}

/** Every date expression in a sentence, resolved; each takes its tense from its own clause. */
export function findDates(text: string, from: number, to: number, clock: Clock, parsed = parseDates(text.slice(from, to), clock, from), previousDay?: string): DateMention[] {
  const sentence = text.slice(from, to);
  const refDay = localDate(clock, clock.reference);
  const found: DateMention[] = [];
  let weekOf = false;
  for (const { index, result: r } of parsed) {
    if (index < from || index >= to) continue;
    // chrono reads "in the week of 14 July" as "in a week" and "14 July": it is the week holding the date.
    if (/^(?:in\s+)?the\s+week$/i.test(r.text.trim()) && /^\s+of\s/i.test(text.slice(index + r.text.length))) {
      weekOf = true;
      continue;
    }
    if (/^\s*in\s+\w+\s+(?:years?|months?|decades?)\s*$/i.test(r.text) && SINCE_LAST.test(sentence.slice(0, index - from))) continue;
    // "spoke for about half an hour", "talked for two hours": how long, not when (chrono reads it as from now on).
    if (/^\s*for\s+(?:about\s+|some\s+|nearly\s+|almost\s+|over\s+)?(?:half\s+an|an?|one|two|three|four|five|\d+)\s+(?:hours?|minutes?)\s*$/i.test(r.text)) continue;
    // "a week before Siem Reap", "two days after the vote": counted from another event, not from the report.
    if (/^\s*(?:a|an|one|two|three|four|five|six|\d+)\s+(?:days?|weeks?|months?)\s+(?:before|after)\s*$/i.test(r.text)
      && /^\s*(?:the\s)?\p{L}/u.test(text.slice(index + r.text.length, index + r.text.length + 20)) && !/^\s*(?:the\s)?(?:report|publication)\b/i.test(text.slice(index + r.text.length))) continue;
    // "over the past year", "in the last month": a stretch up to now (a duration, below), not the calendar year before.
    if (/^\s*(?:the\s+)?(?:past|last)\s+(?:year|month|week)\s*$/i.test(r.text) && /\b(?:over|in|during|throughout|for)\s(?:the\s)?$/i.test(text.slice(Math.max(from, index - 12), index))) continue;
    // "the most important document in 30 years": a stretch of years, not a year to come.
    if (/^\s*in\s+(?:\d{2,}|[a-z]+ty|a few|several|many)\s+(?:years|decades)\s*$/i.test(r.text)) continue;
    // "BBC Radio Ulster's Good Morning Ulster", "RTÉ's Morning Ireland": a part of the day, capitalised alone, is a name.
    if (/^(?:Morning|Afternoon|Evening|Night)$/.test(r.text.trim())) continue;
    // "her morning press conference", "the evening session": a part of the day that says which event, not which day.
    if (/^(?:morning|afternoon|evening|night)$/i.test(r.text.trim()) && /\b(?:her|his|their|its|the|a|an|daily|regular|weekly|usual)\s$/i.test(text.slice(Math.max(from, index - 10), index))
      && /^\s(?:press|news|briefing|session|meeting|talks|round|prayers?|flight|programme|program|show|bulletin|edition|sitting|plenary)\b/i.test(text.slice(index + r.text.length, index + r.text.length + 14))) continue;
    // "on the evening of the 3rd": the part of the day goes with the day that follows it.
    if (/^(?:morning|afternoon|evening|night)$/i.test(r.text.trim()) && /^\s+of\s+(?:the\s+)?\d/.test(text.slice(index + r.text.length, index + r.text.length + 12))) continue;
    // "at its regular Thursday session", "every Monday": a habit, not a day.
    if (/^\s*(?:on\s)?\w+day\s*$/i.test(r.text) && /\b(?:regular|weekly|usual|customary|every|each)\s$/i.test(text.slice(Math.max(from, index - 12), index))) continue;
    const dateEnd = index - from + r.text.length;
    const clause = clauseBefore(sentence, dateEnd);
    const weekdayOnly = /^\s*(?:on\s)?(sunday|monday|tuesday|wednesday|thursday|friday|saturday)(?:\s(?:morning|afternoon|evening|night))?[\s,.;:]*$/i.exec(r.text);
    // "She travels on to Pristina on Thursday", "He then goes on to Yerevan on the 20th": a trip told in the present is the one to come.
    const travelsOn = (!!weekdayOnly || (r.start.isCertain('day') && !r.start.isCertain('month'))) && PRESENT_TRAVEL.test(clause);
    let mention = fromChrono(r, clock, refDay, travelsOn || isFutureClause(clause) || futureAhead(sentence, dateEnd) || futureBeforeFragment(sentence, dateEnd, clause));
    if (!mention) continue;
    if (weekOf && mention.precision === 'day') {
      const monday = mondayOf(mention.from);
      mention = { from: monday, to: shiftDay(monday, 6), precision: 'week', approximate: false };
    }
    weekOf = false;
    mention = qualified(sentence.slice(0, index - from), mention);
    // "on March 10 last year", "in June next year": the year said after the date.
    const yearAfter = !r.start.isCertain('year') && (mention.precision === 'day' || mention.precision === 'month')
      ? /^\s*(?:of\s)?(last|next|this)\syear\b/i.exec(text.slice(index + r.text.length, index + r.text.length + 16)) : null;
    if (yearAfter) {
      const year = String(Number(refDay.slice(0, 4)) + ({ last: -1, next: 1, this: 0 } as Record<string, number>)[yearAfter[1].toLowerCase()]);
      mention = { ...mention, from: year + mention.from.slice(4), to: year + mention.to.slice(4) };
    }
    // "later this month", "earlier this month": the part of the month after or before the report.
    if (mention.precision === 'month' && /\bthis\s+month\b/i.test(r.text)) {
      if (/\blater\s$/i.test(sentence.slice(0, index - from)) || /^later\b/i.test(r.text.trim())) mention = { ...mention, from: shiftDay(refDay, 1), approximate: true };
      else if (/\bearlier\s$/i.test(sentence.slice(0, index - from)) || /^earlier\b/i.test(r.text.trim())) mention = { ...mention, to: refDay, approximate: true };
    }
    // "later on Monday" or "earlier on Monday" said on a Monday, or "travels on Monday" told on one, is today, not a week away.
    if (weekdayOnly && weekdayNumber(weekdayOnly[1]) === weekdayOf(refDay)
      && (travelsOn || /\b(?:later|earlier)(?:\s+on)?\s+$/i.test(sentence.slice(0, index - from)))) mention = { ...mention, from: refDay, to: refDay };
    const lead = /^[\s,.;:]*/.exec(r.text)![0].length;
    const start = index + lead;
    const stamp = isStamp(text, start, r.text.slice(lead));
    const end = index + r.text.replace(/[\s,.;:]+$/, '').length;
    // "shortly after 02:00 Kyiv time on Wednesday": the hour belongs to the day named after it.
    const clockOnly = found[found.length - 1];
    if (clockOnly && mention.precision === 'day' && CLOCK_ONLY.test(text.slice(clockOnly.start, clockOnly.end)) && /^\s(?:\p{L}+\s){0,2}time\s$/u.test(text.slice(clockOnly.end, start))) found.pop();
    found.push({ ...mention, start, end, stamp });
  }
  for (const d of findDurations(sentence, refDay, (i) => isFutureClause(clauseBefore(sentence, i)))) {
    const start = from + d.index;
    if (!found.some((f) => f.start < start + d.length && start < f.end)) found.push({ ...d.mention, start, end: start + d.length, stamp: false });
  }
  // A timeline entry that opens with a bare year: "2021 – Exploratory contacts begin".
  // "Late 2022 –", "Summer 2023 –": the part of the year it names.
  const entry = /^(?:[•·*▪-]\s*)?(?:(early|mid|late|spring|summer|autumn|fall)[-\s])?((?:19|20)\d{2})\s*[-–—:]\s/i.exec(sentence);
  if (entry && !found.some((f) => f.start - from <= 2)) {
    const season = SEASONS[entry[1]?.toLowerCase() ?? ''];
    const year = { from: `${entry[2]}-01-01`, to: `${entry[2]}-12-31`, precision: 'year' as const, approximate: false };
    const span = season ? { ...year, from: `${entry[2]}-${season[0]}`, to: `${entry[2]}-${season[1]}`, approximate: true } : qualified(entry[1] ? `${entry[1]} ` : '', year);
    const at = from + (/^[•·*▪-]\s*/.exec(entry[0])?.[0].length ?? 0);
    found.push({ start: at, end: from + entry[0].replace(/\s*[-–—:]\s$/, '').length, ...span, stamp: false });
  }
  for (const m of sentence.matchAll(/\b(?:in|since|during|by|of|until) ((?:19|20)\d{2})\b(?![-–\/\d])/g)) {
    const start = from + m.index! + m[0].length - 4;
    if (found.some((f) => f.start <= start && start < f.end)) continue;
    found.push({ start, end: start + 4, from: `${m[1]}-01-01`, to: `${m[1]}-12-31`, precision: 'year', approximate: false, stamp: false });
  }
  found.sort((a, b) => a.start - b.start);
  return clockOnDay(text, anaphoricDays(sentence, from, found, refDay, previousDay), refDay);
}

/**
 * "Yesterday (5 November 2026) at 09.15 hrs.", "At 11.00 hrs. on the same day": a clock time is on the day its sentence
 * names; chrono puts it on the day of the report.
 */
function clockOnDay(text: string, found: DateMention[], refDay: string): DateMention[] {
  const dayMentions = found.filter((d) => !d.stamp && !d.counted && d.precision === 'day');
  const days = new Set(dayMentions.map((d) => d.from.slice(0, 10)));
  const day = days.size === 1 ? [...days][0] : undefined;
  if (!day || day === refDay) return found;
  // (The day beside the time, not a deadline further on: "released shortly after 1:00 am, … said … until Dec. 1".)
  const beside = (d: DateMention) => dayMentions.some((x) => Math.max(x.start - d.end, d.start - x.end) <= 40
    && !/\b(?:until|till|by|through|before)\s$/i.test(text.slice(Math.max(0, x.start - 10), x.start)));
  return found.map((d) => (!d.stamp && (d.precision === 'minute' || d.precision === 'hour') && d.from.slice(0, 10) === refDay && CLOCK_ONLY.test(text.slice(d.start, d.end).trim()) && beside(d)
    ? { ...d, from: `${day}${d.from.slice(10)}`, to: `${day}${d.to.slice(10)}` } : d));
}

/** A time of day: "21:40", "9.30 am", "7.12pm". */
export const CLOCK = String.raw`\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?`;
/** A time of day with no day of its own: "21:40", "at about 9.30 am", "At 09.15 hrs." (as releases and briefings write it). */
const CLOCK_ONLY = new RegExp(`^(?:at\\s)?(?:(?:about|around|shortly after|shortly before)\\s)?(?:${CLOCK}|\\d{1,2}\\s?[ap]\\.?m\\.?)(?:\\s?(?:hrs?|hours|h)\\.?)?(?:\\s(?:local time|[A-Z]{2,5}))?$`, 'i');

const SEASONS: Record<string, [string, string]> = { spring: ['03-01', '05-31'], summer: ['06-01', '08-31'], autumn: ['09-01', '11-30'], fall: ['09-01', '11-30'] };

/** "late November", "Early 2020", "mid-October", "the second week of July": the part of the month or year meant. */
function qualified(before: string, m: Omit<DateMention, 'start' | 'end' | 'stamp'>): Omit<DateMention, 'start' | 'end' | 'stamp'> {
  if (m.precision !== 'month' && m.precision !== 'year') return m;
  const y = m.from.slice(0, 4);
  const month = (a: number, b: number) => ({ from: `${m.from.slice(0, 8)}${String(a).padStart(2, '0')}`, to: b > 0 ? `${m.from.slice(0, 8)}${String(b).padStart(2, '0')}` : m.to });
  const part = /\b(early|mid|late)[-\s]$/i.exec(before)?.[1].toLowerCase();
  const week = /\b(?:the\s)?(first|second|third|fourth|last) week of\s$/i.exec(before)?.[1].toLowerCase();
  if (m.precision === 'month' && week) {
    const last = Number(m.to.slice(8, 10));
    const first = week === 'last' ? last - 6 : 1 + 7 * ['first', 'second', 'third', 'fourth'].indexOf(week);
    return { ...m, ...month(first, first + 6), precision: 'day', approximate: true };
  }
  if (!part) return m;
  if (m.precision === 'month') return { ...m, ...(part === 'early' ? month(1, 10) : part === 'mid' ? month(10, 20) : month(20, 0)), approximate: true };
  const quarter = part === 'early' ? ['01-01', '04-30'] : part === 'mid' ? ['05-01', '08-31'] : ['09-01', '12-31'];
  return { ...m, from: `${y}-${quarter[0]}`, to: `${y}-${quarter[1]}`, approximate: true };
}

// "the following day", "that same day", "later in the evening", "a week later": counted from the date told just before, not from publication.
const DAYS_LATER = /\b(?:(?:on\s)?the (?:following|next) day|the day after(?=[,.\s](?!\p{Lu}|\d))|(?:on\s)?that (?:same )?day|the same day|(?:later|earlier) (?:that|in the) (?:day|morning|afternoon|evening|night)|that (?:morning|afternoon|evening|night)|(a|one|two|three|four|five|six|seven|\d+) (day|week)s? later)\b/giu;
// "two days after the Munich conference on Feb. 14", "the day before the vote on 3 May": counted from the date that follows.
const DAY_OFFSET = String.raw`(?:(a|an|one|two|three|four|five|six|seven|\d+) (day|week)s?|the (day|eve)) (before|after|of)`;
const DAYS_FROM_ANCHOR = new RegExp(String.raw`\b${DAY_OFFSET}(?= (?:the|his|her|their|its|a)\b)`, 'giu');
/** A date mention that counts from another day ("two days after the vote on 14 May"): the count opens its own text. */
export const COUNTED_FROM = new RegExp(String.raw`^${DAY_OFFSET}\b`, 'i');
// "The announcement comes a day after X held talks": counted back from the day of the report.
const DAYS_BEFORE_REPORT = /\b(a|one|two|three) days? after\b(?=\s(?:\p{Lu}|(?:the|his|her|their|its)\b))/giu;

/** Relative days that count from another date: they replace whatever chrono made of them. */
function anaphoricDays(sentence: string, from: number, found: DateMention[], refDay: string, previousDay?: string): DateMention[] {
  const out = [...found];
  const put = (index: number, length: number, day: string, counted = false) => {
    const start = from + index, end = start + length;
    const kept = out.filter((d) => d.end <= start || d.start >= end);
    kept.push({ start, end, from: day, to: day, precision: 'day', approximate: false, stamp: false, ...(counted ? { counted } : {}) });
    out.splice(0, out.length, ...kept.sort((a, b) => a.start - b.start));
  };
  for (const m of sentence.matchAll(DAYS_LATER)) {
    const before = out.filter((d) => !d.stamp && d.end <= from + m.index! && d.precision !== 'month' && d.precision !== 'year').pop();
    // ("Earlier in the day", with no day told before it, is the day of the report.)
    const anchor = before?.from.slice(0, 10) ?? previousDay ?? (/\b(?:that|in the|same)\b/i.test(m[0]) ? refDay : undefined);
    if (!anchor) continue;
    const n = m[1] ? daysIn(m[1], m[2]) : /\b(?:following|next|after)\b/i.test(m[0]) ? 1 : 0;
    put(m.index!, m[0].length, shiftDay(anchor, n));
  }
  // "landed on Tuesday evening after attending Cabinet in the morning": a bare part of the day is of the day just told.
  for (const d of [...out]) {
    if (!/^(?:morning|afternoon|evening)$/i.test(sentence.slice(d.start - from, d.end - from)) || !/\b(?:in|during) the\s$/i.test(sentence.slice(0, d.start - from))) continue;
    const day = out.filter((e) => !e.stamp && e.end <= d.start && e.precision === 'day').pop();
    if (day) Object.assign(d, { from: day.from, to: day.to });
  }
  const anchored = new Set<number>();
  for (const m of sentence.matchAll(DAYS_FROM_ANCHOR)) {
    const [, count, unit, day, relation] = m;
    const rel = relation.toLowerCase();
    if (rel === 'of' && day?.toLowerCase() !== 'eve') continue;
    // "Today's meeting comes two days after the London summit of Sunday 2 March": what it comes after (below) is dated.
    if (/\b(?:comes?|came)\s(?:just\s|barely\s|only\s)?$/i.test(sentence.slice(0, m.index!))) continue;
    // The anchor's date comes within the same clause, a few words on: "… after the Munich conference on Feb. 14". That
    // date stays the anchor's; the count is this one's.
    const at = from + m.index! + m[0].length;
    const anchor = out.find((d) => !d.stamp && d.start >= at && d.start - at <= 60 && d.precision === 'day' && !/[,;:]/.test(sentence.slice(at - from, d.start - from)));
    if (!anchor) continue;
    const n = (count ? daysIn(count, unit) : 1) * (rel === 'after' ? 1 : -1);
    anchored.add(m.index!);
    put(m.index!, m[0].length, shiftDay(anchor.from.slice(0, 10), n), true);
  }
  for (const m of sentence.matchAll(DAYS_BEFORE_REPORT)) {
    if (anchored.has(m.index!)) continue;
    // ("September 20, 2023: A day after Azerbaijan launched …": a chronology's entry counts from its own day.)
    const entryDay = out.find((d) => !d.stamp && d.end <= from + m.index! && d.precision === 'day' && /^\W*$/.test(sentence.slice(d.end - from, m.index!)));
    put(m.index!, m[0].length, shiftDay(entryDay?.from.slice(0, 10) ?? refDay, -COUNT_WORDS[m[1].toLowerCase()]), true);
  }
  return out;
}

/** "two weeks", "3 days": how many days. */
const daysIn = (count: string, unit: string) => (COUNT_WORDS[count.toLowerCase()] ?? Number(count)) * (unit.toLowerCase() === 'week' ? 7 : 1);

// (Not the noun: "The visits follow Monday's meeting".)
const PRESENT_TRAVEL = /\b(?<!\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Tt]hese|[Tt]hose|[Bb]oth|[Tt]wo|[Ss]uch)\s)(?:travels|flies|heads|departs|leaves|visits|goes)\b/;

/** "the first formal round in six years": how long it has been since the last, neither a date nor a stretch of time. */
const SINCE_LAST = /\b(?:first|only|longest|biggest|largest|highest|lowest|worst|best)\b[^,.;]*$/i;

/** The words of the clause that leads up to a date: its tense is the date's tense. */
function clauseBefore(sentence: string, end: number): string {
  const head = sentence.slice(Math.max(0, end - 160), end);
  // A quotation's own tense is not the reporting clause's: '"… to meet again," she said on Monday'.
  const cut = Math.max(head.lastIndexOf(', '), head.lastIndexOf(' that '), head.lastIndexOf('; '), head.lastIndexOf('" '), head.lastIndexOf('” '));
  return cut >= 0 ? head.slice(cut) : head;
}

/**
 * "The envoys will meet again in Gyumri, just across the frontier, "in the first half of December"": a date in a quoted
 * phrase with no verb of its own takes its tense from the clause it hangs on.
 */
function futureBeforeFragment(sentence: string, end: number, clause: string): boolean {
  if (!/^(?:[,;]\s)?["“](?:in|on|by|from|during|early|late|mid|before|until|around|at)\b[^,;"“”]{0,40}$/i.test(clause)) return false;
  return isFutureClause(sentence.slice(0, end - clause.length));
}

/** "On Thursday he will hold …": a date that opens its clause takes its tense from the verb that follows. */
function futureAhead(sentence: string, end: number): boolean {
  // (The date's own trailing comma opens nothing: "Speaking in Tianjin on Wednesday, Li said China “will …”".)
  const before = sentence.slice(Math.max(0, end - 160), end).replace(/[\s,;:]+$/, '');
  const opensClause = /(?:^|[,;:"“]\s*|\b(?:and|but|then)\s+)(?:(?:on|by|from|early|late|later|as of|until|come)\s+)*(?:the\s+)?[\w\s.,]{0,30}$/i.test(before)
    && !/\b(?:[a-z]+ed|was|were|had|has|have|said|says|told|met|held|spoke|went|came|began|left|took|made|gave|saw)\b/i.test(before.split(/[,;:"“]/).pop()!.replace(/\b(?:on|by|early|late|later)\b/gi, ''));
  // A "will" past a reporting verb is what was said, not when ("On Thursday he said talks will …").
  return opensClause && /^(?:(?!\b(?:said|says|told|added)\b)[^,.;]){0,60}?\b(?:will|shall|is due to|are due to|is set to|are set to|is scheduled to|are scheduled to|is expected to|are expected to)\b/i.test(sentence.slice(end));
}

/** A dateline ("GENEVA, March 3 (Reuters) -") or a live-blog time stamp at the start of a line. */
function isStamp(text: string, start: number, matched: string): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const before = text.slice(lineStart, start);
  if (/^\s*(?:\p{Lu}[\p{Lu} .'-]+,\s*)$/u.test(before)) return true;
  // "Jakarta, 10 June 2025 – …": a release's dateline in title case, set off by a dash.
  if (/^\s*\p{Lu}[\p{L} .'-]{1,30},\s*$/u.test(before) && /^\s*(?:\([^)]*\)\s*)?[-–—]/.test(text.slice(start + matched.length, start + matched.length + 20))) return true;
  // "14:32", "Updated 14:32", "Posted at 14:32": a live blog's entry stamp.
  if (/^\s*(?:(?:Updated?|Posted):?\s*)?$/i.test(before) && /^\s*(?:at\s)?\d{1,2}[:.]?\d{2}/.test(matched)) return true;
  return false;
}

/** The same wall-clock date and time in another year. */
function inYear(clock: Clock, instant: Date, year: number): Date {
  const wall = localParts(clock, instant);
  wall.setUTCFullYear(year);
  return localToInstant(clock, wall.toISOString().slice(0, 16));
}

function fromChrono(r: chrono.ParsedResult, clock: Clock, refDay: string, future: boolean): Omit<DateMention, 'start' | 'end' | 'stamp'> | null {
  const text = r.text.toLowerCase().trim().replace(/[\s,.;:]+$/, '').replace(/^[\s,.;:]+/, '');
  if (/^\d{1,2}$/.test(text) || /^(?:now|today's)$/.test(text)) return null;
  // "ran well past midnight": a time of the night the story tells of, not of today.
  if (/^(?:(?:past|after|until|before|beyond|around|at)\s)?(?:midnight|noon)$/.test(text)) return null;
  // "three days of discussions", "for six hours today": a length of time, not a point in it.
  const duration = /^(?:(?:for|after|over|during)\s)?(?:(?:about|around|nearly|almost|roughly|some|just|over|under|more than|less than)\s)*(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|few|several|\d+)\s(?:hours?|minutes?|days?|weeks?|months?|years?)\b(?!\s+(?:ago|later|earlier|before|after|from))/.exec(text);
  if (duration) {
    const rest = text.slice(duration[0].length).trim();
    if (!rest) return null;
    if (/^(?:today|tonight|this morning|this afternoon|this evening)$/.test(rest)) return { from: refDay, to: refDay, precision: 'day', approximate: false };
  }
  // "last night": the evening before the report's day, whatever its hour (chrono reads it against the machine's own clock).
  if (/^(?:late )?last night$/.test(text)) {
    const eve = shiftDay(refDay, -1);
    return { from: eve, to: eve, precision: 'day', approximate: false };
  }
  const weekday = /^(?:on )?(?:last |this |next )?(sunday|monday|tuesday|wednesday|thursday|friday|saturday)(?: (?:morning|afternoon|evening|night))?$/.exec(text);
  if (weekday) {
    const relative = text.replace(/^on /, '');
    const target = weekdayNumber(weekday[1]);
    const current = weekdayOf(refDay);
    let delta: number;
    // "next Thursday" said on a Tuesday is the Thursday of next week; "this Thursday" is two days away.
    if (relative.startsWith('next ')) delta = 7 - ((current + 6) % 7) + ((target + 6) % 7);
    else if (relative.startsWith('last ')) delta = -(((current - target + 7) % 7) || 7);
    else if (relative.startsWith('this ')) delta = target - current;
    // "are due to meet on Tuesday" on a Tuesday is that day: wire copy names today's weekday rather than say "today".
    else if (future) delta = (target - current + 7) % 7;
    else delta = -((current - target + 7) % 7);
    const day = shiftDay(refDay, delta);
    return { from: day, to: day, precision: 'day', approximate: false };
  }
  if (/\bweek\b/.test(text)) {
    const anchor = localDate(clock, r.start.date());
    const monday = mondayOf(anchor);
    const early = /^earlier/.test(text) || /this week/.test(text);
    return { from: monday, to: early && !future ? refDay : shiftDay(monday, 6), precision: 'week', approximate: true };
  }
  const certain = (k: Parameters<typeof r.start.isCertain>[0]) => r.start.isCertain(k);
  let instant = r.start.date();
  let endInstant = r.end?.date();
  if (clock.year !== undefined && !certain('year') && certain('month')) {
    instant = inYear(clock, instant, clock.year);
    if (endInstant && !r.end!.isCertain('year')) endInstant = inYear(clock, endInstant, clock.year);
  } else if (!certain('year') && (certain('month') || certain('day'))) {
    // The weekday said with the date: "Tues. the 12th", "Thursday 5 March" (below).
    const weekday = certain('weekday') ? r.start.get('weekday') : null;
    // "on the 26th": chrono takes the reference's month; the tense says whether it is this month's or the one before or after.
    if (!certain('month')) {
      const local = localDate(clock, instant);
      const tense = !future && local > refDay ? -1 : future && local < shiftDay(refDay, -2) ? 1 : 0;
      // ("Tues. the 12th" is in the month, of this one and the two beside it, whose 12th is a Tuesday.)
      const months = weekday === null ? tense : [tense, 0, 1, -1].find((n) => weekdayOf(shiftMonth(local, n)) === weekday) ?? tense;
      if (months) instant = localToInstant(clock, `${shiftMonth(local, months)}T12:00`);
    }
    // chrono picks the nearest year; the tense says which side of publication the date is on.
    const local = localDate(clock, instant);
    // A date a few weeks ahead in a past-tense clause is a date that was set ("set a Jan. 23 date"), not last year's.
    // (A month alone has no day to be set for: "signed the accords in December" told in November is last December's.)
    let years = !future && local > shiftDay(refDay, certain('day') ? 45 : 0) ? -1 : future && local < shiftDay(refDay, -2) ? 1 : 0;
    const year = Number(local.slice(0, 4));
    // "Thursday 5 March" is in the year whose 5 March is a Thursday, whatever the tense suggests.
    const weekdayIn = (n: number) => weekdayOf(`${year + n}${local.slice(4)}`);
    if (weekday !== null && weekdayIn(years) !== weekday) years = [0, -1, 1].find((n) => weekdayIn(n) === weekday) ?? years;
    if (years) {
      instant = inYear(clock, instant, year + years);
      // The end of "Sept. 9-10" goes with its start.
      if (endInstant && !r.end!.isCertain('year')) endInstant = inYear(clock, endInstant, Number(localDate(clock, endInstant).slice(0, 4)) + years);
    }
  }
  if ((certain('minute') || certain('hour')) && /\d[:.]\d\d|\d\s*[ap]\.?m\b|\bnoon\b|\bmidnight\b|\b\d{4}\s?(?:gmt|utc)\b/.test(text)) {
    // "Tuesday 4 March" in Doha, then "23:40 GMT": the stamp is 23:40 GMT of 3 March, the night that opened the heading's day.
    if (clock.dayEnd && !certain('day') && instant > clock.reference) instant = new Date(instant.getTime() - DAY_MS);
    return { from: localDateTime(clock, instant), to: localDateTime(clock, endInstant ?? instant), precision: certain('minute') ? 'minute' : 'hour', approximate: false };
  }
  if (certain('day') || /\b(?:today|tonight|yesterday|tomorrow|morning|afternoon|evening|night)\b/.test(text)) {
    return { from: localDate(clock, instant), to: localDate(clock, endInstant ?? instant), precision: 'day', approximate: false };
  }
  if (certain('month')) {
    const p = localParts(clock, instant);
    const first = isoDay(new Date(Date.UTC(p.getUTCFullYear(), p.getUTCMonth(), 1)));
    const endParts = endInstant ? localParts(clock, endInstant) : p;
    return { from: first, to: lastDayOfMonth(endParts.getUTCFullYear(), endParts.getUTCMonth()), precision: 'month', approximate: false };
  }
  if (certain('year')) {
    const y = localParts(clock, instant).getUTCFullYear();
    return { from: `${y}-01-01`, to: `${y}-12-31`, precision: 'year', approximate: false };
  }
  return null;
}

const UNIT_DAYS: Record<string, number> = { day: 1, week: 7, month: 30, year: 365 };
const COUNT_WORDS: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, several: 3, few: 3, many: 4, couple: 2 };

/** "for days", "in recent weeks", "over the past two months", "in the coming days": approximate ranges. */
function findDurations(sentence: string, refDay: string, futureAt: (index: number) => boolean) {
  const re = /\b(?:for|over|in|during|throughout)\s(?:the\s)?(?:((?:past|last|recent|previous|coming|next|several|many|few|a|couple|of|one|two|three|four|five|six|\d+)\s)*(days|weeks|months|years)|(?:past|last)\s(week|month|year))\b/gi;
  const out: { index: number; length: number; mention: Omit<DateMention, 'start' | 'end' | 'stamp'> }[] = [];
  for (const m of sentence.matchAll(re)) {
    if (SINCE_LAST.test(sentence.slice(0, m.index))) continue;
    // "the most concrete result in years": an idiom for "for a long time", not a stretch anything happened in.
    if (/^in\s(?:days|weeks|months|years)$/i.test(m[0])) continue;
    // "over three days of talks": how long the talks took, not a stretch before publication.
    if (/^\s+of\s(?:[\w-]+\s)?(?:talks|negotiations|meetings|discussions|consultations)\b/.test(sentence.slice(m.index! + m[0].length))) continue;
    // "a further $84 million over four years": what a sum is spread over, not a stretch before publication.
    if (/(?:[$€£¥]\s?[\d.,]+|\d\s?(?:million|billion|bn|m)|\b(?:dollars|euros|pounds|francs|yuan|yen|rupees))\b[^.;]{0,12}$/i.test(sentence.slice(Math.max(0, m.index! - 40), m.index))) continue;
    const words = m[0].toLowerCase().split(/\s+/);
    const unit = (m[2] ?? m[3]).toLowerCase().replace(/s$/, '');
    const count = m[3] ? 1 : words.map((w) => COUNT_WORDS[w] ?? (Number(w) || 0)).find((n) => n > 0) ?? (unit === 'day' ? 7 : unit === 'week' ? 3 : 3);
    const span = Math.max(1, Math.round(count * UNIT_DAYS[unit] * (unit === 'day' && count === 1 ? 7 : 1)));
    // "in the coming days", "will meet for three days": from publication on.
    const unscheduled = /\b(?:coming|next)\b/.test(m[0].toLowerCase());
    const ahead = unscheduled || (/^for\s/i.test(m[0]) && futureAt(m.index! + m[0].length));
    const mention = ahead
      ? { from: refDay, to: shiftDay(refDay, span), precision: 'day' as const, approximate: true, ...(unscheduled && { unscheduled }) }
      : { from: shiftDay(refDay, -span), to: refDay, precision: 'day' as const, approximate: true };
    out.push({ index: m.index!, length: m[0].length, mention });
  }
  return out;
}
