// Statements: who said what, to whom, and through which outlet. Reporting verbs find the claim;
// the words before the verb name the speaker; outlets that carry it become the reporting chain.
import { HONORIFICS_FIRST, type Actor, type Mention } from './actors';
import { actorOf, lineOf, mentionsIn, OWN_MEETING, paragraphDay, publisher, sameParagraph, sideOfCapital, type ArticleContext, type SentenceContext } from './context';
import { localDate, shiftDay, type DateMention } from './dates';
import { linesOf } from './lines';

export interface FoundStatement {
  speaker: string | null;
  audience: string[];
  text: string;
  direct: boolean;
  hedged: boolean;
  date: string | null;
  /** The date is the day of the report, not one the article gives for the statement. */
  approximate: boolean;
  reportedBy: string[];
  evidence: [number, number];
  confidence: number;
}

const VERBS =
  'reported|reports|said|argue|countered|counters|responded|responds|replied|replies|retorted|warn|insist|stress|says|say|told|tells|tell|telling|confirmed|confirms|confirming|warned|warns|warning|stressed|stresses|stressing|noted|notes|' +
  'hinted|hints|suggested|suggests|expressed|expresses|added|adds|adding|underscored|underscores|reaffirmed|reaffirms|highlighted|highlights|insisted|insists|insisting|claimed|claims|denied|denies|' +
  'announced|announces|stated|states|argued|argues|acknowledged|acknowledges|affirmed|affirms|reiterated|reiterates|urged|urges|' +
  'accused|accuses|vowed|vows|pledged|pledges|promised|promises|threatened|threatens|rejected|rejects|welcome[sd](?! (?:the visiting |his |her |their |a |the )?(?:President|Prime Minister|Premier|King|Queen|Emir|Crown Prince|Chancellor|Foreign Minister|Minister|Secretary|Vice President|counterparts?|delegations?|guests?|leaders?)\\b(?![\'’]))|explained|' +
  'explains|revealed|reveals|admitted|admits|emphasised|emphasized|emphasises|emphasizes|underlined|underlines|asserted|asserts|' +
  'declared|declares|maintain(?:ed|s)(?! (?:a|an|the|its|their|his|her|our|good|close|traditional|friendly|strong|cordial|regular|diplomatic|contacts?|ties|relations|links|pressure|control|presence|order|dialogue|communications?)\\b)|predicted|predicts|wrote|writes|tweeted|posted|described|describes|called for|calls for|' +
  '(?:called|calls) on(?= [^.;]{1,80}? to [a-z])|dismissed|dismisses|conceded|concedes|signalled|signaled|indicated|indicates|cautioned|cautions|briefed|informed|assured|saying|' +
  'arguing|conveyed|conveys|repeated|repeats|describe|describing|promising|noting|urging|vowing|pledging|accusing|claiming|suggesting|acknowledging|' +
  // The verbs of releases and readouts: "thanked Sri Lanka for …", "recalled that", "pressed for".
  'thanked(?= [^.;]{1,60}? for\\b)|recalled|reminded(?= [^.;]{1,60}? that\\b)|observed|answered|appreciated|commended|pressed for|demanded|appealed|ruled out|rules out|went on(?=:)|calling for|pressed(?= [^.;]{1,60}? to [a-z])|writing(?= that)|judged(?= that)|' +
  '(?:called|calls|calling)(?= (?:the|it|this|that|their|his|her|them) [^.“"]{0,50}[“"])';
const VERB_RE = new RegExp(`\\b(?:${VERBS})\\b`, 'g');
const PARTICIPLE = /ing$/;
const HEDGES = /\b(?:reportedly|allegedly|is said to|are said to|was said to|were said to|is believed to|are believed to|purportedly|apparently|sources?|unconfirmed|rumou?red)\b/i;
const MEDIA_WORDS = /\b(?:media|press|reports?|outlets?|television|broadcasters?|newspapers?)\b/i;
// "A Sudanese diplomat, speaking to Reuters,", "two officials familiar with the talks", "Diplomatic sources": a source
// unnamed and unplaced.
const INVERTED_SOURCE = /^\s(?:the|a|an|one|another)\s(?:[\p{L}-]+\s){0,3}?(?:source|official|diplomat|person|negotiator|aide|insider|participant)\b(?=\s*(?:[,.;]|$|\swho\b|\s(?:familiar|close|briefed|with knowledge|involved|in)\b))/iu;
const UNNAMED_SOURCE = /^\s*(?:(?:But|And|Meanwhile|However|Separately),?\s)?(?:(?:an?|one|two|three|several|some|other|many)\s(?:[\p{L}-]+\s){0,4}(?:officials?|sources?|diplomats?|negotiators?|aides?|mediators?|analysts?|observers?|insiders?|participants?)|(?:[\p{L}-]+\s)?(?:sources|diplomats|officials))\b/iu;
// "told this newspaper", "in a comment to this publication": the outlet that publishes the article.
const THIS_OUTLET = /\b(?:told|to|for)\s(?:this|our) (?:newspaper|paper|publication|website|site|outlet|news agency|agency|broadcaster|station|channel|programme|program|magazine|correspondent|reporter)\b/i;
const SOURCE_NOUN = /\b(?:officials?|sources?|diplomats?|negotiators?|aides?|mediators?|analysts?|observers?|spokes(?:man|woman|person)|envoys?|members?)\s$/i;
const PRESENT_TENSE = /^(?:says|tells|adds|notes|stresses|insists|warns|argues|explains|believes|states|emphasises|emphasizes|underlines|reiterates|acknowledges|concedes)$/;
// ("Axios reports, citing two US officials, that"; "…, Reuters reports, citing two security sources.")
const CITING_AFTER = /^(?:\s[^,;]{0,30}?)?,\s(?:citing|quoting)\s([^,;]{3,90})(?:,\s(?:that\s)?|\.?$)/;
const SAID_HOW = /^\s*(?:in|on|at|during|after|before|late|early|earlier|later|yesterday|today|last|this|via|through|by|privately|publicly|separately|again|also|repeatedly|afterwards)\b/i;
const wordsIn = (text: string) => text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
// Words that may stand between a subject and its verb: "Mr Peters also said", "Ortagus, the envoy, has posted".
const BETWEEN = String.raw`(?:(?:today|yesterday|tonight|also|earlier|later|again|separately|then|has|have|had|on \w+day|last \w+)\s+)*`;
const BARE_REGION = new RegExp(`^\\s*${BETWEEN}$`, 'i');
const APPOSITIVE_END = new RegExp(`(?:,|\\bwho)\\s${BETWEEN}$`, 'i');
const ANONYMOUS = /\b(?:official|officials|source|sources|diplomat|diplomats|spokesman|spokeswoman|spokesperson|negotiator|negotiators|aide|aides|officer|officers|mediator|mediators|delegation)\b/i;
const DEFINITE_SOURCE = /\bthe (?:senior |top |same )?(?:official|source|diplomat|spokesman|spokeswoman|spokesperson|negotiator|aide|officer|person)\b/i;
const LEFT_BOUNDARY = /(?:^|[;:“”"]|\bthat\b|\band\b|\bbut\b|\bwhile\b|\bas\b|\bafter\b|\bbecause\b|\bwhen\b|\bwhich\b|\bwho\b|,\s)(?![^;:“”"]*(?:[;:“”"]|\bthat\b|\band\b|\bbut\b|\bwhile\b|\bas\b|\bafter\b|\bbecause\b|\bwhen\b|\bwhich\b|\bwho\b|,\s))/;
const THE_BODY = /^\s*(?:(?:But|And|Meanwhile|Separately|In a statement[^,]{0,40}),?\s)?the (?:foreign |defence |defense |interior )?(ministry|department|embassy|presidency)\b/i;
const CONTACT_ASIDE = /,\s(?:(?:when\s)?(?:reached|contacted|interviewed|approached|speaking|talking)\s(?:by|to|with)|(?:as\s)?(?:quoted|cited)\sby)\s[^,;]{2,60},\s$/;
// "a diplomat cited by Le Monde said", "An Israeli official quoted by Channel 12 said": the outlet carries the source.
const CITED_BY = /\s(?:quoted|cited)\sby\s[^,;“”"]{2,40}?\s$/;
// "The communiqué warned", "The same statement announced", "The release described": a document told of before speaks for
// whoever issued it.
const THE_DOCUMENT = /^\s*(?:(?:But|And|Meanwhile|However),?\s)?(?:the|that|this|its|their)\s(?:(?:same|joint|final|official|written|brief|closing)\s)*(statement|communiqué|communique|release|readout|note|declaration|dispatch)\s*$/i;
const CHANNEL = /\b(?:interviewed (?:by|on)|(?:an |the |her |his )?interview (?:with|on|to)|(?:remarks|comments|a statement|an interview|a post|an article|an op-ed) (?:broadcast|carried|aired|published|posted|quoted|reported|relayed)(?: on \w+)? (?:by|on|in)|[Aa]sked by|[Gg]uest of|[Ss]peaking (?:on|to))\s(?:the\s)?(?:[\p{L}-]+\s(?:daily|newspaper|broadcaster|channel|radio|agency|station)\s)?/gu;
const OWN_OFFICE = /\b(?:his|her) (?:office|spokesman|spokeswoman|spokesperson|aides?|ministry|government|camp)\s*$/i;

interface Attribution {
  verbStart: number;
  verbEnd: number;
  speaker?: Actor;
  anonymous: boolean;
  /** "A Western diplomat following the process said": a source the article does not name or place. */
  unnamed?: boolean;
  /** "According to the minister's office, the ambassador conveyed …": who passed it on, when someone else speaks. */
  channel?: boolean;
}

export function findStatements(ctx: ArticleContext, answers = transcriptSpeakers(ctx)): FoundStatement[] {
  const out: FoundStatement[] = [];
  let lastPerson: Actor | undefined;
  const people = peopleByGender(ctx);
  let lastAnonymousSide: Actor | undefined;
  const interview = answers.size ? interviewOf(ctx) : {};
  /** The statement the answer being read has opened: its further sentences belong to it. */
  let openAnswer: FoundStatement | undefined;
  for (const sentence of ctx.sentences) {
    // A question without a quotation ("What is the Kremlin saying?") asks; it reports no one's words, unless a transcript
    // gives it to the member who asked it.
    if (sentence.headline || (/\?\s*$/.test(sentence.text) && !/[“"]/.test(sentence.text) && !answers.has(sentence.index))) continue;
    const reporters = new Set<string>();
    const consumed: [number, number][] = [];
    const found: Attribution[] = [];
    const s = sentence.text;
    const abs = (i: number) => sentence.start + i;
    const firstActor = (from: number, to: number, media: boolean) =>
      mentionsIn(sentence, abs(from), abs(to)).map((m) => actorOf(ctx, m)).find((a) => (a.kind === 'media') === media);
    const lastActor = (from: number, to: number) => {
      const ms = mentionsIn(sentence, abs(from), abs(to));
      return ms.length ? actorOf(ctx, ms[ms.length - 1]) : undefined;
    };

    // "X quoted Y as saying", "X quotes a source as saying", "Y was quoted by X as saying", "X cited Y (as) saying".
    for (const m of s.matchAll(/\b(?:quotes|quoted|quoting|cites|cited|citing)\s(?!by\s)(.{2,80}?)\s(?:as\s(?:saying|telling|stating|warning|describing|criticizing|criticising|adding|calling|urging|insisting|claiming)|saying|criticizing|criticising|as\b)/g)) {
      // The outlet that quotes: the last one named before the verb ("Al-Qahera News, the Egyptian channel, quotes").
      const outlet = mentionsIn(sentence, sentence.start, abs(m.index!)).map((x) => actorOf(ctx, x)).filter((x) => x.kind === 'media').pop();
      const groupStart = m.index! + m[0].indexOf(m[1]);
      const speaker = firstActor(groupStart, groupStart + m[1].length, false);
      if (outlet) reporters.add(outlet.id);
      consumed.push([m.index!, m.index! + m[0].length]);
      // "Sheikh Mohammed met the delegations, and QNA quoted him as saying": the person the sentence began with; "Xinhua
      // quoted him as telling the summit": the person the story is about, as in "he was quoted as saying".
      const referent = /^(?:him|her)$/i.test(m[1]) ? firstPerson(ctx, sentence, m.index!) ?? lastPerson : undefined;
      if (speaker ?? referent) found.push({ verbStart: m.index!, verbEnd: m.index! + m[0].length, speaker: speaker ?? referent, anonymous: !!speaker && ANONYMOUS.test(m[1]) });
      // "Reuters quoted council diplomats as saying": sources the outlet does not place.
      else if (outlet && ANONYMOUS.test(m[1])) found.push({ verbStart: m.index!, verbEnd: m.index! + m[0].length, anonymous: true, unnamed: true });
    }
    // '"…," he was quoted as saying': the person the story is about, through the outlet that quoted him before.
    for (const m of s.matchAll(/\b(?:he|she)\s(?:was|is)\s(?:quoted|cited)\sas\s(?:saying|telling|stating|adding)\b/gi)) {
      consumed.push([m.index!, m.index! + m[0].length]);
      if (lastPerson) found.push({ verbStart: m.index!, verbEnd: m.index! + m[0].length, speaker: lastPerson, anonymous: false });
    }
    for (const m of s.matchAll(/\b(?:(?:was|were|is|are)\s)?(?:quoted|cited)\sby\s(.{2,60}?)\sas\s(?:(?:saying|stating|adding|warning)\s)?(?=\S)/g)) {
      const reporter = firstActor(m.index!, m.index! + m[0].length, true);
      // "Aïssata Maïga, a researcher at the Timbuktu Institute, was cited by": the person, not her institute.
      const speaker = (/,\s*$/.test(s.slice(0, m.index!)) ? appositiveSubject(ctx, sentence, m.index!) : undefined) ?? lastActor(0, m.index!);
      if (reporter) reporters.add(reporter.id);
      consumed.push([m.index!, m.index! + m[0].length]);
      if (speaker && speaker.kind !== 'media') found.push({ verbStart: m.index!, verbEnd: m.index! + m[0].length, speaker, anonymous: false });
    }
    // "According to X": an outlet carries the claim; anyone else makes it.
    for (const m of s.matchAll(/\b[Aa]ccording to\s([^,.;]{2,80})/g)) {
      const from = m.index!;
      const to = from + m[0].length;
      const media = firstActor(from, to, true);
      // "according to a transcript released by the ministry": the channel of someone else's words.
      const document = /^(?:a|an|the)\s(?:\w+\s)?(?:transcript|readout|recording|video|copy|summary|text|statement)\s(?:released|published|issued|posted|seen|obtained)\b/i.test(m[1]);
      // "According to Turkish officials quoted by the Anadolu news agency,": the officials speak, the agency carries it.
      const quoted = /^(.+?)\s(?:quoted|cited)\sby\s/.exec(m[1]);
      const source = quoted && media ? firstActor(from, from + m[0].length - m[1].length + quoted[1].length, false) : undefined;
      // "According to the statement, the Joint Commission will meet": the statement's issuer speaks.
      const issuer = issuerOf(ctx, out, m[1]);
      if (source) {
        reporters.add(media!.id);
        found.push({ verbStart: from, verbEnd: to, speaker: source, anonymous: ANONYMOUS.test(quoted![1]), channel: true });
      } else if (issuer) {
        found.push({ verbStart: from, verbEnd: to, speaker: issuer, anonymous: false, channel: true });
      } else if (media || MEDIA_WORDS.test(m[1]) || document) {
        if (media) reporters.add(media.id);
      } else {
        const speaker = firstActor(from, to, false) ?? (DEFINITE_SOURCE.test(m[1]) ? lastAnonymousSide : undefined);
        if (speaker) found.push({ verbStart: from, verbEnd: to, speaker, anonymous: ANONYMOUS.test(m[1]), channel: true });
        // "according to two sources briefed on the talks": an unnamed source.
        else if (UNNAMED_SOURCE.test(m[1])) found.push({ verbStart: from, verbEnd: to, anonymous: true, unnamed: true, channel: true });
      }
      consumed.push([from, to]);
    }

    // A communiqué's operative paragraph is all the body's own words: its verbs ("reiterates that") report no one else.
    const operative = answers.has(sentence.index) && OPERATIVE.test(ctx.text.slice(lineOf(ctx, sentence), sentence.end));
    for (const m of operative ? [] : s.matchAll(VERB_RE)) {
      const verbStart = m.index!;
      const verbEnd = verbStart + m[0].length;
      if (consumed.some(([a, b]) => verbStart >= a && verbStart < b)) continue;
      // "has said little in public", "said nothing": no statement.
      if (/^\s(?:little|nothing|no more|not a word)\b/.test(s.slice(verbEnd))) continue;
      // "He declined to say when", "did not say whether …": what someone would not say is no statement.
      if (/\b(?:(?:declined|refused|declining|refusing) to|(?:did|does|do|would|could|will) not|(?:didn|doesn|wouldn|couldn|won)['’]t)\s$/.test(s.slice(0, verbStart)) && !/[“"]/.test(s)) continue;
      // "briefed the minister by telephone": a meeting, unless what was conveyed follows.
      if (/^(?:briefed|informed|assured)$/.test(m[0]) && !/\bthat\b|[“"]/.test(s.slice(verbEnd))) continue;
      // "declared independence", "declared a state of emergency": an act, not words.
      if (m[0] === 'declared' && /^\s(?:its\s|their\s)?(?:independence|war|a state of|martial law|victory|a ceasefire|a truce)\b/.test(s.slice(verbEnd))) continue;
      // "North Korea's repeated missile launches", "the posted video": a participle before a noun says nothing.
      if (/ed$/.test(m[0]) && /(?:['’]s|\b(?:the|its|their|his|her|a|an|these|those))\s$/i.test(s.slice(Math.max(0, verbStart - 6), verbStart)) && /^\s\p{Ll}+(?:\s\p{Ll}+)?\s\p{Ll}/u.test(s.slice(verbEnd))) continue;
      // "in most English-language reports", "media reports": the noun.
      if (m[0] === 'reports' && /\b(?:in|of|the|most|many|some|several|recent|earlier|media|news|press|[\w-]+-language)\s(?:[\w-]+\s)?$/i.test(s.slice(Math.max(0, verbStart - 30), verbStart))) continue;
      // "member states": the noun; "states" reports only with what it states ("states that", "states:").
      if (m[0] === 'states' && !/^\s(?:that\b|[“"]|:)/.test(s.slice(verbEnd))) continue;
      // "wanted the border described by 2027": describing is saying only with what it was described as.
      if (/^describ/.test(m[0]) && !/^[^.;]{0,80}?\bas\b/.test(s.slice(verbEnd))) continue;
      const before = s.slice(0, verbStart);
      // "An M23 spokesman, reached by Radio Okapi, dismissed", "Russia's foreign ministry, quoted by TASS on Saturday, rejected":
      // the subject stands before how it was reached.
      const contact = CONTACT_ASIDE.exec(before) ?? CITED_BY.exec(before);
      if (contact) for (const outlet of outletsIn(ctx, sentence, abs(contact.index), abs(verbStart))) reporters.add(outlet);
      const subjectEnd = contact ? contact.index : before.length;
      const boundaryMatch = LEFT_BOUNDARY.exec(before.slice(0, subjectEnd));
      // "A senior Japanese official who accompanied Iwaya told reporters": the source speaks, not whom the clause names.
      const restrictive = boundaryMatch && /^\s?who$/.test(boundaryMatch[0]) && SOURCE_NOUN.test(before.slice(0, boundaryMatch.index));
      const sourceEnd = restrictive ? boundaryMatch.index : subjectEnd;
      const sourceBoundary = restrictive ? LEFT_BOUNDARY.exec(before.slice(0, sourceEnd)) : boundaryMatch;
      const regionStart = sourceBoundary ? sourceBoundary.index + sourceBoundary[0].length : 0;
      const region = s.slice(regionStart, sourceEnd);
      // Names set off by dashes or brackets are an apposition, not the subject: "The E3 - Britain, France and Germany - said".
      const aside = [...s.slice(0, verbStart).matchAll(/\s[-–—]\s[^-–—]{2,80}?\s[-–—]\s|\([^()]{2,80}\)/g)].map((x) => [x.index!, x.index! + x[0].length]);
      const outside = mentionsIn(sentence, abs(regionStart), abs(regionStart + region.length)).filter((x) => !aside.some(([a, b]) => x.start >= abs(a) && x.end <= abs(b)));
      let subject = outside.length ? actorOf(ctx, outside[outside.length - 1]) : undefined;
      if (aside.length && !subject) subject = lastActor(0, aside[aside.length - 1][0]);
      // "Halima Osman of the Khartoum Policy Forum argue": the person, not the forum.
      const ofOrg = subject && subject.kind !== 'person' ? /([^,;]*?)\sof\s(?:the\s)?[^,;]*$/.exec(region) : null;
      if (ofOrg) subject = mentionsIn(sentence, abs(regionStart), abs(regionStart + ofOrg[1].length)).map((x) => actorOf(ctx, x)).filter((a) => a.kind === 'person').pop() ?? subject;
      let anonymous = ANONYMOUS.test(region);
      const bare = BARE_REGION.test(region);
      if (PARTICIPLE.test(m[0]) && (/,\s*$/.test(before) || (m[0] === 'saying' && !subject))) {
        // "…, saying", "left saying": the speaker of the clause the participle hangs on.
        const previous = found[found.length - 1]?.speaker;
        subject = previous ?? clauseSubject(ctx, sentence, verbStart);
      } else if (!subject && bare && /\band\s*$/.test(before) && found.length) {
        // "Netanyahu said … and expressed support": the subject of the verb before.
        subject = found[found.length - 1].speaker;
      } else if (!subject && /\bits (?:own )?(?:foreign )?(?:ministry|government|office|spokesman|spokeswoman|spokesperson|embassy|mission|presidency)\s*$/i.test(region)) {
        // "Abu Dhabi has brokered a dozen exchanges, and its foreign ministry said": the side named before.
        subject = mentionsIn(sentence, sentence.start, sentence.start + regionStart).map((x) => actorOf(ctx, x)).filter((x) => x.kind !== 'person' && x.kind !== 'media').pop();
      } else if (!subject && OWN_OFFICE.test(region)) {
        subject = found.map((f) => f.speaker).find((x) => x?.kind === 'person') ?? firstPerson(ctx, sentence, verbStart) ?? lastPerson;
      } else if (!subject && bare && /\b(?:and|but)\s*$/.test(before)) {
        // "Dromi voted against and told Army Radio": the subject of the first verb.
        subject = mainClauseSubject(ctx, sentence, verbStart);
      } else if (!subject && bare && APPOSITIVE_END.test(before)) {
        // Appositive: "Majed al-Ansari, a spokesman for the ministry, said"; "Patricia Lund, whose son, an engineer from
        // Houston, was arrested in January, said": the person the relative clause hangs on.
        const whose = /,\s(?:whose|who)\s[^"“”]*$/.exec(before);
        subject = (whose ? mentionsIn(sentence, sentence.start, abs(whose.index)).map((x) => actorOf(ctx, x)).filter((x) => x.kind === 'person').pop() : undefined)
          ?? appositiveSubject(ctx, sentence, before.replace(APPOSITIVE_END, ', ').length);
      } else if (!subject && /\b(?:he|she|He|She|(?:His|Her) (?:Royal )?(?:Highness|Excellency))\s+(?:\w+\s+){0,2}$/.test(region)) {
        // "His Highness affirmed": the person just named with that honorific, as "he" would be ("she" is the last woman).
        const pronoun = /\b(he|she|His|Her)\b[^]*$/i.exec(region)![1];
        subject = people.referent(pronoun, found.map((f) => f.speaker).filter((x) => x?.kind === 'person').pop() ?? lastPerson);
      } else if (!subject && THE_DOCUMENT.test(region)) {
        subject = issuerOf(ctx, out, region);
      } else if (!subject && THE_BODY.test(region)) {
        // "The ministry said", "the department said": the side whose ministry the story named last.
        subject = bodyNamedBefore(ctx, abs(regionStart), THE_BODY.exec(region)![1]);
      } else if (!subject && DEFINITE_SOURCE.test(region)) {
        subject = lastAnonymousSide;
      } else if (!subject && anonymous) {
        // "In Asmara, a spokesperson for the foreign ministry said", "officials in Doha said": the capital's country.
        subject = sideOfCapital(ctx, /^In ([\p{Lu}][\p{L}' -]+),/u.exec(s)?.[1] ?? /\bin ([\p{Lu}][\p{L}' -]+?)\s*$/u.exec(region)?.[1]);
      } else if (!subject && /[”"’,]\s*$/.test(before)) {
        // Inverted after a quotation: "…,” said Netanyahu.
        const after = mentionsIn(sentence, abs(verbEnd), abs(Math.min(s.length, verbEnd + 60)))[0];
        subject = after ? actorOf(ctx, after) : undefined;
      }
      // ("The person said": a source the story has not placed; so is '"…," said the source, who declined to be identified'.)
      let unnamed = !subject && (UNNAMED_SOURCE.test(region) || /^\s*the (?:person|people)\s/i.test(region)
        || (/[”"’,]\s*$/.test(before) && INVERTED_SOURCE.test(s.slice(verbEnd))));
      const source = carriedSource(ctx, sentence, before, subject, bare, verbStart, reporters);
      if (source) {
        ({ subject, unnamed } = source);
        anonymous ||= source.cited;
      }
      if (!subject && !unnamed) continue;
      // "Reuters reported last week, citing two people familiar with the matter, that …": the outlet carries whom it cites.
      const citedAfter = subject?.kind === 'media' ? CITING_AFTER.exec(s.slice(verbEnd)) : null;
      if (citedAfter) {
        reporters.add(subject!.id);
        const at = verbEnd + citedAfter[0].indexOf(citedAfter[1]);
        // "Israel's security cabinet broke up …, Channel 12 reported, citing two ministers": sources that name no side
        // are of the side the report is about.
        const cited = mentionsIn(sentence, abs(at), abs(at + citedAfter[1].length)).map((x) => actorOf(ctx, x)).filter((x) => x.kind !== 'media').pop()
          ?? (ANONYMOUS.test(citedAfter[1]) || /\bministers\b/.test(citedAfter[1]) ? mainClauseSubject(ctx, sentence, verbStart) : undefined);
        found.push({ verbStart, verbEnd, speaker: cited, anonymous: true, unnamed: !cited, channel: true });
        continue;
      }
      if (subject && (subject.kind === 'media' || (MEDIA_WORDS.test(region) && !anonymous && subject.kind !== 'person'))) {
        if (subject.kind === 'media') reporters.add(subject.id);
        continue;
      }
      // Outlets right after the verb ("told Al-Jazeera", "confirmed to Reuters") carry the statement.
      // "told Iranian state TV, IRIB, that": the outlet named after its description too.
      const after = OUTLET_APPOSITIVE.exec(s.slice(verbEnd))?.[0] ?? s.slice(verbEnd, verbEnd + 60).split(/\bthat\b|[,;:“"]/)[0];
      for (const outlet of outletsIn(ctx, sentence, abs(verbEnd), abs(verbEnd + after.length))) reporters.add(outlet);
      // "interviewed by GBC on 14 February,", "In remarks broadcast by Radio Télévision Caraïbes,", "in a statement carried by
      // Thanh Niên": the channel told anywhere in the sentence.
      for (const m of s.matchAll(CHANNEL)) for (const outlet of outletsIn(ctx, sentence, abs(m.index! + m[0].length), abs(m.index! + m[0].length + 50)).slice(0, 1)) reporters.add(outlet);
      const own = THIS_OUTLET.test(s) ? publisher(ctx) : undefined;
      if (own) reporters.add(own.id);
      anonymous = unnamed || (ANONYMOUS.test(region) && subject!.kind !== 'person');
      found.push({ verbStart, verbEnd, speaker: subject, anonymous, unnamed });
    }

    const seen = new Set<string>();
    const kept: Attribution[] = [];
    const spoken = found.some((f) => !f.channel && (f.speaker || f.unnamed));
    for (const a of found) {
      const who = a.speaker?.id ?? (a.unnamed ? '' : undefined);
      if (who === undefined || seen.has(who) || a.speaker?.kind === 'media' || (a.channel && spoken)) continue;
      // An unnamed source that another verb of the sentence places ("a source in Hanoi … said") is that side's.
      if (a.unnamed && found.some((f) => f.speaker && !f.channel && f.speaker.kind !== 'media')) continue;
      // "Widodo told journalists that Indonesia welcomed …": a verb inside another's reported clause is
      // part of what was said, not a second statement (unless a new clause starts: ", and", ";"; ", and that" goes on).
      const inside = kept.some((k) => k.verbEnd <= a.verbStart && /\bthat\b/.test(s.slice(k.verbEnd, a.verbStart))
        && !/[;]|,\s*(?:and|but|while|whereas)\b(?!\s+that\b)|[.!?]\s/.test(s.slice(k.verbEnd, a.verbStart)));
      if (inside) continue;
      kept.push(a);
      seen.add(who);
      const previous = out[out.length - 1];
      // "He added that …" in the paragraph after "X told Tolo News …": the same outlet carries the same speaker on.
      const justBefore = previous && ctx.sentences.filter((x) => x.start >= previous.evidence[1] && x.end <= sentence.start).length <= 1;
      if (reporters.size === 0 && a.speaker && previous?.speaker === a.speaker.id && (sameParagraph(ctx, previous.evidence[1], sentence.start) || justBefore)) {
        for (const r of previous.reportedBy) reporters.add(r);
      }
      if (a.speaker?.kind === 'person') people.saw(lastPerson = a.speaker);
      if (a.anonymous && a.speaker) lastAnonymousSide = a.speaker;
      const statement = buildStatement(ctx, sentence, a, [...reporters]);
      if (!statement.date) Object.assign(statement, contextDate(ctx, sentence, previous, statement.speaker, PRESENT_TENSE.test(s.slice(a.verbStart, a.verbEnd))));
      out.push(statement);
    }
    // An interview's answer ("Berg: Honestly, both sides…"): each sentence is the interviewee's own words, said on the day
    // of the interview when the introduction gives it.
    const answerer = answers.get(sentence.index);
    const answer = answerer && s.replace(/^[\p{L}'’. -]{1,100}?(?:\s\([^()]{1,60}\))?:\s/u, '').replace(/^[“"]|[”"]$/g, '').trim();
    // "Yes.", "Thank you, Claire.", "I saw President Kiir in Juba on Tuesday": a bare reply, a courtesy, or the interviewee's
    // account of a meeting (an event), is not a statement of its own.
    const ownWords = answer && wordsIn(answer) >= 3 && !COURTESY.test(answer) && !((OWN_MEETING.test(answer) || SCHEDULE.test(answer)) && !/[“"]|\bthat\b/.test(answer))
      && !out.some((x) => x.evidence[0] < sentence.end && sentence.start < x.evidence[1]);
    // An answer's sentence that names no one and no date ("That is what negotiations are for.") elaborates the one
    // before it, up to the end of the answer's line; one that names a side or a day makes a claim of its own.
    const elaborates = !sentence.mentions.length && !sentence.dates.some((d) => !d.stamp);
    if (ownWords && elaborates && openAnswer?.speaker === answerer!.id && !ctx.text.slice(openAnswer.evidence[1], sentence.start).includes('\n')) {
      openAnswer.text += ` ${answer}`;
      openAnswer.evidence[1] = sentence.end;
      openAnswer.hedged ||= HEDGES.test(s);
    } else if (ownWords) {
      openAnswer = { speaker: answerer!.id, audience: [], text: answer, direct: true, hedged: HEDGES.test(s), reportedBy: interview.outlet ? [interview.outlet] : [],
        evidence: [sentence.start, sentence.end], confidence: 0.7,
        ...(interview.day ? { date: interview.day, approximate: false } : contextDate(ctx, sentence, out[out.length - 1], answerer!.id, true)) };
      out.push(openAnswer);
    } else if (!answerer || found.length) openAnswer = undefined;
    // "He said…" in the next sentence refers back to this sentence's speaker, or else its first person.
    const spoke = found.map((f) => f.speaker).filter((x) => x?.kind === 'person').pop();
    // (An answer's label names who speaks, not whom "he" will mean.)
    lastPerson = spoke ?? sentence.mentions.map((m) => actorOf(ctx, m)).find((x) => x.kind === 'person' && x !== answerer) ?? lastPerson;
    for (const m of sentence.mentions) {
      const actor = actorOf(ctx, m);
      if (actor.kind === 'person') people.saw(actor);
    }
    if (lastPerson) people.saw(lastPerson);
  }
  return out;
}

/**
 * The people told of so far, and whom "he" or "she" can be: "Ms Marsh", "Sir Nicholas" and "a spokeswoman" say, and so
 * does a pronoun already read as someone. "she said" after a man's words goes back to the last woman named.
 */
function peopleByGender(ctx: ArticleContext) {
  const genders = new Map<Actor, 'm' | 'f'>();
  const recent: Actor[] = [];
  const genderOf = (a: Actor): 'm' | 'f' | undefined => {
    if (!genders.has(a)) {
      const before = a.mentions.map(([start]) => ctx.text.slice(Math.max(0, start - 10), start));
      const roles = [...a.roles].join(' ');
      if (before.some((b) => /\b(?:Ms|Mrs|Miss|Dame|Lady|Madam|Madame|Mme)\.?\s$/.test(b)) || /\b\w+woman\b/.test(roles)) genders.set(a, 'f');
      else if (before.some((b) => /\b(?:Mr|Sir|Lord|Monsieur)\.?\s$/.test(b)) || /\b(?:spokes|chair)man\b/.test(roles)) genders.set(a, 'm');
    }
    return genders.get(a);
  };
  return {
    saw(a: Actor) {
      const i = recent.indexOf(a);
      if (i >= 0) recent.splice(i, 1);
      recent.push(a);
    },
    referent(pronoun: string, candidate: Actor | undefined): Actor | undefined {
      const want = /^(?:she|her)$/i.test(pronoun) ? 'f' : 'm';
      const pick = candidate && genderOf(candidate) !== (want === 'f' ? 'm' : 'f') ? candidate : recent.findLast((a) => genderOf(a) === want) ?? candidate;
      if (pick && !genderOf(pick)) genders.set(pick, want);
      return pick;
    },
  };
}

/**
 * A briefer's account of the principal's diary ("The Secretary will be in Nairobi on March 15", "Yesterday he spoke by phone
 * with …", "They discussed Sudan"): events to put on the timeline, not words of the briefer's own.
 */
const SCHEDULE = /^(?:[\w\s,]{0,40}?\b)?(?:the (?:Secretary|Minister|President|Prime Minister|Deputy Secretary|Under Secretary|Ambassador)|he|she|they)\s(?:also\s)?(?:will\s(?:also\s)?(?:be in|meet|travel|visit|host|co-chair|chair|hold|attend)|met|spoke|held|hosted|visited|travelled|traveled|discussed|attended|co-chaired|chaired)\b/i;

const COURTESY = /^(?:with that\b|a few things at the top\b|thank you|thanks|(?:it is|it's|it was) (?:a|my) pleasure|(?:a|my) pleasure|good (?:morning|afternoon|evening)|you're welcome|not at all)\b/i;

/**
 * An interview or a debate set out as a transcript: lines opening with a speaker's name and a colon ("Berg: …"), or a
 * label on a line of its own ("The Minister for Development (Anneliese Dodds):") over the paragraph that is hers; at
 * least two of them, each for a person the article names. Maps every sentence of those lines to that person; the
 * interviewer's lines ("NIMS:", "Q:") name no person and stay questions.
 */
export function transcriptSpeakers(ctx: ArticleContext): Map<number, Actor> {
  const people = [...ctx.actors.actors.values()].filter((a) => a.kind === 'person');
  const personIn = (from: number, to: number) => {
    const mention = ctx.actors.mentions.find((m) => m.start >= from && m.end <= to && actorOf(ctx, m).kind === 'person');
    if (mention) return actorOf(ctx, mention);
    // "ABDEL-MEGUID:", "CLAIRE WHITLOCK:": a broadcast transcript's capitals, the name or surname of someone it names.
    // "CS MWANGI:", "FM HAUGLAND:": an office's initials before the surname.
    const label = ctx.text.slice(from, to).trim().replace(/^(?:\p{Lu}{1,3}\.?\s)(?=\p{Lu}{3})/u, '');
    if (label.length < 3 || label !== label.toUpperCase()) return undefined;
    const named = (l: string) => people.find((a) => [a.name, ...a.aliases].some((n) => n.toUpperCase() === l || n.toUpperCase().split(/\s+/).pop() === l));
    // ("PRESIDENT CYRIL RAMAPHOSA": the office before the name.)
    const words = label.split(/\s+/);
    return words.map((_, i) => words.slice(i).join(' ')).map(named).find(Boolean);
  };
  const byLine = new Map<number, Actor>();
  let labels = 0;
  let speaker: Actor | undefined;
  const lines = linesOf(ctx.text);
  // "Q: … / A: …": the answers are the interviewee's, the person the introduction names first.
  const firstQuestion = lines.find((l) => /^(?:Q|Question):\s/.test(l.text));
  const interviewee = firstQuestion && personIn(0, firstQuestion.start);
  // "Quotes attributable to the Hon Mark Devaney MP:": the quoted paragraphs under it, blank lines between, are his.
  let quoteBlock = false;
  // "Vladimir Putin: Your Highness, my dear friend," and the paragraphs after it, up to the next label, are his.
  let talking: Actor | undefined;
  // Of each person's "Name: …" lines, how many ask: an interviewer's are mostly questions.
  const asked = new Map<Actor, [questions: number, lines: number]>();
  for (const { start: lineStart, text: line } of lines) {
    // ("1. Tom Barraclough (Keighley and Ilkley) (Lab)": a member's numbered question in Hansard, on a line of its own.)
    // ("Quotes attributable to Senator the Hon. Rhiannon Kelleher:": an honorific's full stop ends no sentence.)
    const own = /^((?:[^.!?:]|(?<=\b(?:Hon|Rt|Dr|Mr|Mrs|Ms|Prof|Sen|Gen|Jr|Sr))\.){3,120}):\s*$/.exec(line) ?? /^\d{1,3}\.\s+(\p{Lu}[^():]{2,60}?)(?:\s\([^()]{2,60}\)){1,2}\s*$/u.exec(line);
    // ("Foreign Minister Motta (through interpreter):", "Question (Reuters):": a note on the label is no part of it.)
    // ("President of the United Arab Emirates Mohamed bin Zayed Al Nahyan:": an office may lead the name.)
    const inline = /^(\p{Lu}[\p{L}'’.-]*(?:\s(?:\p{Lu}[\p{L}'’.-]*|of|the|and|for|bin|ibn|al|el|de|da|van|von)){0,12})(?:\s\([^()]{1,60}\))?:\s+\S/u.exec(line)
      // ("CLIP — PARKS TAU, MINISTER OF TRADE: "…"": a bulletin's clip, its speaker in capitals, the office after.)
      ?? /^(?:CLIP|SOUNDBITE|SOT|ACTUALITY|INSERT)\s*[—–:-]\s*(\p{Lu}[\p{Lu}\p{M}'’.-]*(?:\s\p{Lu}[\p{Lu}\p{M}'’.-]*){0,5})(?:,\s[^:"“]{2,90})?:\s+\S/u.exec(line);
    if (own || inline) {
      const label = (own ?? inline)![1];
      const labelStart = lineStart + line.indexOf(label);
      speaker = /^(?:A|Answer)$/.test(label) ? interviewee : personIn(labelStart, labelStart + label.length);
      quoteBlock = !!own && /^Quotes? (?:attributable to|from|by)\b/i.test(label);
      if (speaker) labels += quoteBlock ? 2 : 1;
      if (inline && speaker) {
        byLine.set(lineStart, speaker);
        const [questions, all] = asked.get(speaker) ?? [0, 0];
        asked.set(speaker, [questions + (/\?["”’]?\s*$/.test(line) ? 1 : 0), all + 1]);
      }
      // ("Koval: 'agreement in principle'" is a live-blog entry's title, not the start of a speech.)
      talking = inline && !/^\s*['‘"“]/.test(line.slice(inline[0].length - 1)) ? speaker : undefined;
      if (inline) speaker = undefined;
    } else if (!line.trim()) {
      if (!quoteBlock) speaker = undefined;
    } else if (quoteBlock && !/^\s*[“"‘']/.test(line)) {
      speaker = undefined;
      quoteBlock = false;
    } else if (!speaker && talking && !/[.!?"”’]\s*$/.test(line)) {
      // A stamp or a heading ("00:15 GMT", "Delegations back at the table") ends the speech.
      talking = undefined;
    } else if (speaker ?? talking) byLine.set(lineStart, (speaker ?? talking)!);
  }
  if (labels < 2) return new Map();
  // An interview of one guest ("WHITLOCK: …?"): the interviewer's lines are mostly questions, and what she puts to her
  // guest is no statement of hers. A debate's record labels its members on lines of their own, and a member who asks
  // also states a case.
  const interviewer = (person: Actor) => {
    const [questions, lines] = asked.get(person) ?? [0, 0];
    return asked.size === 2 && questions * 2 > lines;
  };
  return speakersBySentence(ctx, byLine, (person) => !interviewer(person));
}

/** "1. Expresses deep concern …", "2. Strongly condemns …": a communiqué's numbered operative paragraph. */
const OPERATIVE = /^\d{1,2}\.\s+(?:(?:Strongly|Further|Also|Again|Once again|Firmly)\s)?\p{Lu}\p{Ll}+s\b/u;

/**
 * "The Council,\n\n1. Expresses deep concern …": the operative paragraphs of a communiqué or a resolution are the words of
 * the body its heading line names (the one of that name the text named last before it).
 */
export function operativeSpeakers(ctx: ArticleContext): Map<number, Actor> {
  const byLine = new Map<number, Actor>();
  let body: Actor | undefined;
  for (const { start, text } of linesOf(ctx.text)) {
    const head = /^The ((?:[\p{Lu}][\p{L}'’-]*\s?){1,6}?)\s*[,:]\s*$/u.exec(text.trim());
    if (head) {
      const word = head[1].trim().split(/\s+/).pop()!;
      const named = ctx.actors.mentions.filter((m) => m.end <= start && actorOf(ctx, m).kind !== 'person' && actorOf(ctx, m).name.split(/\s+/).includes(word));
      body = named.length ? actorOf(ctx, named[named.length - 1]) : undefined;
    } else if (body && OPERATIVE.test(text.trim())) {
      byLine.set(start, body);
    }
  }
  return speakersBySentence(ctx, byLine);
}

/** Each sentence's speaker, from the speaker of the line it is on. */
function speakersBySentence(ctx: ArticleContext, byLine: Map<number, Actor>, keep = (_: Actor) => true): Map<number, Actor> {
  const speakers = new Map<number, Actor>();
  for (const sentence of ctx.sentences) {
    const speaker = byLine.get(lineOf(ctx, sentence));
    if (speaker && keep(speaker)) speakers.set(sentence.index, speaker);
  }
  return speakers;
}

/**
 * "… interviewed her in Oslo on Wednesday, 2 April", "debated on Tuesday 14 January 2025", "Date of event: 10.03.2026",
 * "We spoke in her Geneva office on 27 January": the day the words were said.
 */
function interviewOf(ctx: ArticleContext): { day?: string; outlet?: string } {
  // ("The Peace and Security Council, at its 1348th meeting held on 15 September 2026,": the day a communiqué speaks for.)
  const intro = ctx.sentences.find((x) => /\b(?:interviewed|spoke to|talked to|(?:the|this) interview|debated on|sitting of|date of (?:the )?event|we (?:spoke|talked|met|sat down)|met (?:her|him|them) (?:at|in|on)|at (?:its|their) [\w-]+ (?:meeting|session) held on)\b/i.test(x.text) && x.dates.some((d) => d.precision === 'day'));
  // "He spoke to The Straits Ledger at his office on Monday": the outlet that carries the answers.
  const outlet = intro?.mentions.map((m) => actorOf(ctx, m)).find((a) => a.kind === 'media');
  return { day: intro?.dates.find((d) => d.precision === 'day')?.from, outlet: outlet?.id };
}

/** Who issued the document a phrase names ("X said in a statement", then "The statement added"): the speaker of the last
 * statement whose sentence names a document of that kind; undefined when the phrase names no document. */
function issuerOf(ctx: ArticleContext, before: FoundStatement[], phrase: string): Actor | undefined {
  const noun = THE_DOCUMENT.exec(phrase)?.[1];
  if (!noun) return undefined;
  const kind = new RegExp(`\\b${noun.replace(/communiqu[eé]$/i, 'communiqu[eé]')}s?(?!\\p{L})`, 'iu');
  const issued = before.findLast((x) => x.speaker && kind.test(ctx.text.slice(x.evidence[0], x.evidence[1])));
  return issued ? ctx.actors.actors.get(issued.speaker!) : undefined;
}

/**
 * A statement the sentence does not date: the same speaker's last words in the paragraph ('"…," he told the network'),
 * else the last day the paragraph told of before it ("Maduro struck a harsher tone on Monday. Presiding over …, he
 * accused"), else the day of the report for words in the present ("Mr Peters says"), else the day of the news when the
 * report tells of the day before it, else the day of the report; those two marked approximate: a researcher places it
 * there and checks.
 */
function contextDate(ctx: ArticleContext, sentence: SentenceContext, previous: FoundStatement | undefined, speaker: string | null, present = false): Pick<FoundStatement, 'date' | 'approximate'> {
  if (previous?.date && speaker !== null && previous.speaker === speaker && sameParagraph(ctx, previous.evidence[1], sentence.start)) return { date: previous.date, approximate: previous.approximate };
  const told = paragraphDay(ctx, sentence);
  if (told) return { date: told, approximate: false };
  const occasion = occasionDay(ctx, sentence);
  if (occasion) return { date: occasion, approximate: false };
  // "Mr Peters says the draft is …", a transcript's answer: the report's own words, said the day it goes out (a
  // chronology's dated line tells its past in the present).
  if (present && sentence.dates.every((d) => d.stamp)) return { date: localDate(sentence.clock, sentence.clock.reference), approximate: false };
  return { date: dayBeforeNews(ctx, sentence) ?? localDate(sentence.clock, sentence.clock.reference), approximate: true };
}

// "Speaking to media after the meeting", "told reporters as the meeting broke up": words said at an event told before.
// ("Opening the talks, the Prime Minister thanked …", "She told the meeting that …": words said at it too.)
const AT_OCCASION = /\b(?:after|following|at the end of|at the close of|during|on the sidelines of|on the margins of|at|as|opening|closing|addressing|told|telling)\s(?:the|this|their|its)\s(?:same\s)?(?:[\w-]+\s)?(meeting|talks|summit|round|call|dinner|retreat|conference|consultations|negotiations|signing|ceremony|session)\b/i;

/** The day of the event a statement says it was made at, from the nearest sentence before that tells of such an event with a day. */
function occasionDay(ctx: ArticleContext, sentence: SentenceContext): string | undefined {
  const noun = AT_OCCASION.exec(sentence.text)?.[1].toLowerCase();
  if (!noun) return undefined;
  // ("The ministers met in Astana on Monday": the meeting told by its verb.)
  const word = new RegExp(`\\b(?:${noun === 'meeting' ? 'meeting|met' : noun})\\b`, 'i');
  for (let i = sentence.index - 1; i >= Math.max(0, sentence.index - 8); i--) {
    const before = ctx.sentences[i];
    // (Not "set its next meeting for March 16": a day to come.)
    const at = before.headline ? null : word.exec(before.text);
    if (!at || /\b(?:next|upcoming|future|another|new)\s(?:[\w-]+\s)?$/i.test(before.text.slice(0, at.index))) continue;
    // The event's own day, near it in its clause ("the centrepiece of the visit, which began on Monday" dates the visit).
    const own = (d: DateMention) => {
      const [from, to] = d.start - before.start < at.index ? [d.end - before.start, at.index] : [at.index, d.start - before.start];
      return to - from <= 80 && !/,\s(?:which|when|who|where)\b/.test(before.text.slice(from, to));
    };
    const day = before.dates.find((d) => !d.stamp && !d.counted && d.precision === 'day' && own(d));
    if (day) return day.from.slice(0, 10);
  }
  return undefined;
}

/**
 * "President Ruto yesterday opened the talks…", "ADDIS ABABA, Feb. 11 — … agreed on Tuesday": a report whose first dated
 * sentence tells of the day before it (a morning paper, a release sent out at dawn, next-day wire copy) quotes what was
 * said then. Its undated statements default to that day rather than to the day of the report.
 */
function dayBeforeNews(ctx: ArticleContext, sentence: SentenceContext): string | undefined {
  if (sentence.clock !== ctx.clock) return undefined;
  const lede = ctx.sentences.find((s) => !s.headline && s.dates.length > 0 && /[.!?]["”’]?$/.test(s.text.trim()));
  // (A dateline's own date is the day of the report: "Prague, 15.05.2026 (ČTK) – … on Thursday agreed".)
  const today = localDate(ctx.clock, ctx.clock.reference);
  // (A stay "from December 3 to 5" that runs through the day of the report is no day before it.)
  // ("ministers met a day after the leaders spoke by phone" places another event by the one it tells of.)
  const day = lede?.dates.find((d) => !d.stamp && d.precision === 'day' && !d.counted && d.from.slice(0, 10) !== today && d.to.slice(0, 10) < today)?.from.slice(0, 10);
  return day === shiftDay(today, -1) ? day : undefined;
}

/**
 * A source an outlet in the sentence carries: "A Sudanese diplomat, speaking to Reuters on condition of anonymity, said"
 * (the unnamed source the sentence opens with, placed by its demonym if any), "Axios, citing two US officials, reports
 * that". The outlets join the reporters; the result
 * says who speaks (none, and unnamed, when the article names no one), or is undefined when no outlet carries the words.
 */
function carriedSource(ctx: ArticleContext, sentence: SentenceContext, before: string, subject: Actor | undefined, bare: boolean,
  verbStart: number, reporters: Set<string>): { subject?: Actor; unnamed: boolean; cited: boolean } | undefined {
  const abs = (i: number) => sentence.start + i;
  const speakerIn = (from: number, to: number) => mentionsIn(sentence, abs(from), abs(to)).map((x) => actorOf(ctx, x)).filter((x) => x.kind !== 'media').pop();
  const citing = /^(.*?),?\s+(?:citing|quoting)\s([^,;]+?),?\s*$/.exec(before);
  const citer = citing && mentionsIn(sentence, sentence.start, abs(citing[1].length)).map((x) => actorOf(ctx, x)).pop();
  if (citing && citer?.kind === 'media') {
    reporters.add(citer.id);
    const at = citing[1].length + citing[0].slice(citing[1].length).indexOf(citing[2]);
    const cited = speakerIn(at, at + citing[2].length);
    return { subject: cited, unnamed: !cited, cited: true };
  }
  const opening = /^[^,]*,/.exec(sentence.text)?.[0];
  if ((!subject || subject.kind === 'media') && bare && opening && opening.length < verbStart && UNNAMED_SOURCE.test(opening)) {
    if (subject) reporters.add(subject.id);
    const placed = speakerIn(0, opening.length);
    return { subject: placed, unnamed: !placed, cited: false };
  }
  return undefined;
}

/** The side of the last ministry (department, embassy, presidency) named before `at`: "the Latvian foreign ministry". */
function bodyNamedBefore(ctx: ArticleContext, at: number, body: string): Actor | undefined {
  const named = [...ctx.text.slice(0, at).matchAll(new RegExp(`\\b${body}\\b`, 'gi'))].pop();
  if (!named) return undefined;
  const near = (m: Mention) => m.end <= named.index! + body.length && m.end >= named.index! - 40;
  const mention = ctx.actors.mentions.filter(near).pop();
  const side = mention && actorOf(ctx, mention);
  return side && side.kind !== 'person' && side.kind !== 'media' ? side : undefined;
}

/** The first actor of the sentence's main clause, skipping an "According to X," opener. */
function mainClauseSubject(ctx: ArticleContext, sentence: SentenceContext, before: number): Actor | undefined {
  const opener = /^(?:According to [^,]+,|Meanwhile,|However,|For (?:its|his|her|their) part,)\s*/.exec(sentence.text);
  const from = sentence.start + (opener ? opener[0].length : 0);
  return mentionsIn(sentence, from, sentence.start + before)
    .map((m) => actorOf(ctx, m))
    .find((a) => a.kind !== 'media');
}

/** The first actor of the clause a verb sits in (after the last semicolon or colon). */
function clauseSubject(ctx: ArticleContext, sentence: SentenceContext, before: number): Actor | undefined {
  const head = sentence.text.slice(0, before);
  const from = Math.max(head.lastIndexOf(';'), head.lastIndexOf(':')) + 1;
  if (from <= 0) return mainClauseSubject(ctx, sentence, before);
  return mentionsIn(sentence, sentence.start + from, sentence.start + before)
    .map((m) => actorOf(ctx, m))
    .find((a) => a.kind !== 'media');
}

/** "Claudia Renner, who chaired the session, said": the last name in the comma segments before. */
function firstPerson(ctx: ArticleContext, sentence: SentenceContext, before: number): Actor | undefined {
  return mentionsIn(sentence, sentence.start, sentence.start + before)
    .map((m) => actorOf(ctx, m))
    .find((a) => a.kind === 'person');
}

const DESCRIPTION = /^\s*(?:(?:a|an|the|his|her|their|its)\s|\p{Lu}[\p{L}.-]*(?:\s\p{Lu}[\p{L}.-]*)*['’]s\s|(?!(?:and|but|or|while|who|which|whose|as|after|before|when|where|then|also)\b)\p{Ll})/u;

function appositiveSubject(ctx: ArticleContext, sentence: SentenceContext, regionStart: number): Actor | undefined {
  // "Rosemary DiCarlo, who briefed the Council on behalf of Hans Grundberg, Special Envoy …, said", "The representative of the
  // United Kingdom, penholder on Yemen, welcomed": a sentence that opens with its speaker and a comma keeps that speaker
  // through every aside up to the verb.
  const opener = /^(?:The (?:representative|delegate|ambassador|envoy|spokesperson|spokesman|spokeswoman) of (?:the )?)?/.exec(sentence.text)![0].length;
  const lead = sentence.mentions[0];
  const titled = HONORIFICS_FIRST.exec(sentence.text)![0].length;
  if (lead && (lead.start === sentence.start + opener || (titled > 0 && lead.start === sentence.start + titled)) && /^,\s/.test(ctx.text.slice(lead.end, lead.end + 2)) && lead.end < sentence.start + regionStart) {
    const actor = actorOf(ctx, lead);
    if (actor.kind === 'person' || opener > 0) return actor;
  }
  let text = sentence.text.slice(0, regionStart).replace(/(?:,\s*|\s*who\s*)$/, '');
  for (let step = 0; step < 2 && text; step++) {
    const segmentStart = Math.max(0, text.lastIndexOf(',') + 1);
    // "Baroness Amesbury, a former UN official who …, told", "Mikhail Ulyanov, Russia's envoy in Vienna, was quoted", "X, chief
    // spokesman of the government, said", "Amorim, who on Monday travelled to meet Ali, told": the description names no
    // speaker, the name before it does.
    // ("Switzerland, which co-hosted the talks with Saudi Arabia, said": so does a body's or a state's.)
    const which = /^\s*which\b/.test(text.slice(segmentStart));
    const described = step === 0 && segmentStart > 0 && (DESCRIPTION.test(text.slice(segmentStart)) || /^\s*who\b/.test(text.slice(segmentStart)) || which);
    const named = described ? mentionsIn(sentence, sentence.start, sentence.start + segmentStart).map((m) => actorOf(ctx, m))
      .filter((a) => (which ? a.kind !== 'media' : a.kind === 'person')).pop() : undefined;
    if (named) return named;
    const ms: Mention[] = mentionsIn(sentence, sentence.start + segmentStart, sentence.start + text.length);
    if (ms.length) return actorOf(ctx, ms[ms.length - 1]);
    text = text.slice(0, Math.max(0, segmentStart - 1));
  }
  return undefined;
}

const STAMP_OR_DATELINE = /^\s*(?:(?:\d{1,2}[:.]?\d{2}\s*(?:[AaPp]\.?[Mm]\.?\s*)?(?:GMT|UTC|BST|CET|CEST|EST|EDT|local time)?|\p{Lu}[\p{Lu} .'-]+,[^–—-]{3,50})\s*[-–—:]\s+)/u;

/** "Speaking later to …", "talking exclusively to …": when or how the words were told, between the verb and "to". */
const TOLD_WHEN = String.raw`(?:\s(?:later|earlier|separately|again|afterwards|briefly|exclusively))?`;
/**
 * "Speaking to VnExpress after Wednesday's session,", "Speaking later to Sky News,", "As quoted by Bernama,", "In remarks
 * carried by the Juba-based Eye Radio on Sunday,": the outlet the speaker told, or that carried the words.
 */
const SPEAKING_OPENER = new RegExp(String.raw`^(?:(?:Speaking|Talking)${TOLD_WHEN}\s(?:to|with)|As\s(?:quoted|reported|cited)\sby|In\s(?:remarks|comments|an?\sstatement)\s(?:carried|broadcast|published|reported|aired)\sby|In\s(?:remarks|comments|statements?)\sto)\s[^,;]{2,90},`);
/**
 * "In an interview with Kan on Monday,", "Hajiyev, in an interview with Turkey's Anadolu Agency that was carried Tuesday by
 * AZERTAC, said", "Rzayev, speaking to the APA news agency, said", "Peskov, quoted by AFP, said": the outlets of an
 * interview, opening the sentence or set aside in it.
 */
const INTERVIEW_ASIDE = new RegExp(String.raw`\bin an? (?:\w+ )?interview (?:with|on|to)\s[^,;]{2,140}(?=,)|,\s(?:speaking|talking)${TOLD_WHEN}\s(?:to|with)\s[^,;]{2,90}(?=,)|,\s(?:quoted|cited)\sby\s[^,;]{2,90}(?=,)`, 'gi');

const OUTLET_APPOSITIVE = /^[^,;:“"]{0,40}\b(?:TV|television|broadcaster|radio|news agency|newspaper|daily),\s[^,;“"]{2,40}(?=,)/;
const OUTLET_NOUN_AFTER = /^\s(?:state\s|public\s|national\s)?(?:TV|television|radio|broadcaster|media|news agency|newspaper|daily|channel|press)\b/i;

function buildStatement(ctx: ArticleContext, sentence: SentenceContext, a: Attribution, reporters: string[]): FoundStatement {
  const s = sentence.text;
  const quote = /[“"]([^”"]{3,})[”"]/.exec(s);
  const after = s.slice(a.verbEnd, a.verbEnd + 80).split(/\bthat\b|[,;:“"]/)[0];
  // "told Iranian state TV": a nationality that describes an outlet is no audience; "said Phnom Penh wanted": one who
  // says something addresses no one.
  const addressing = !/^(?:said|says|say|saying)$/.test(s.slice(a.verbStart, a.verbEnd));
  const audience = !addressing ? [] : mentionsIn(sentence, sentence.start + a.verbEnd, sentence.start + a.verbEnd + after.length)
    .filter((m) => !OUTLET_NOUN_AFTER.test(ctx.text.slice(m.end, m.end + 30)))
    .map((m) => actorOf(ctx, m))
    .filter((x) => x.kind !== 'media' && x.id !== a.speaker?.id)
    .map((x) => x.id);
  // "told the families on Monday that X": the audience and its date are not what was said; X is.
  // "Axios reports, citing two US officials, that X": whom the outlet cites is not what was said either.
  const rest = s.slice(a.verbEnd).replace(CITING_AFTER, ' ');
  const toPress = /^\s*(?:reporters|journalists|the (?:press|media)|a (?:news|press) conference)\b/i.test(rest)
    // ("reminded delegates that", "told the ministers that": whom it was said to, in common nouns.)
    || (addressing && /^\s(?:the\s|all\s|his\s|her\s|their\s)?(?:\p{Ll}+\s){1,3}that\s/u.test(rest))
    || (addressing && mentionsIn(sentence, sentence.start + a.verbEnd, sentence.start + a.verbEnd + after.length).some((m) => actorOf(ctx, m).kind === 'media'));
  // "said in a press statement carried by KCNA late Wednesday that X", "told reporters (or Times Radio) on Monday that X": where and when it
  // was said come before what was said.
  const addressed = (audience.length || toPress || SAID_HOW.test(rest)) && /^[^“"”,;:]{0,100}?\bthat\s/.exec(rest);
  const tail = (addressed ? rest.slice(addressed[0].length) : rest.replace(/^\s*(?:that\s)?/, '')).replace(/[.]\s*$/, '');
  // "…, the State Department said.": what was said is the clause before the attribution.
  const comma = s.lastIndexOf(',', a.verbStart);
  const head = comma > 10 ? s.slice(0, comma) : '';
  const said = tail.length > 10 ? tail : head || s;
  // A live-blog stamp or a dateline opening the sentence is not part of what was said.
  const spoken = quotationAround(ctx, sentence);
  const text = spoken?.text ?? (quote ? quote[1].replace(/[,.]$/, '') : said.replace(STAMP_OR_DATELINE, '').replace(/^[\s,;:]+/, '').replace(/,\s(?:the\s)?\p{Lu}[\p{L}.&'’ -]{1,40}\sreport(?:ed|s)$/u, '').trim());
  return {
    speaker: a.speaker?.id ?? null,
    audience: [...new Set(audience)],
    text,
    direct: !!quote || !!spoken,
    hedged: HEDGES.test(s),
    date: statementDate(ctx, sentence, a),
    approximate: false,
    reportedBy: [...new Set([...reporters, ...openerOutlets(ctx, sentence, a.verbStart), ...asideOutlets(ctx, sentence, a.verbEnd)])],
    evidence: spoken?.evidence ?? [sentence.start, sentence.end],
    confidence: a.speaker?.kind === 'person' ? 0.85 : !a.speaker ? 0.5 : a.anonymous ? 0.6 : 0.75,
  };
}

/**
 * A quotation longer than the sentence holding its attribution: "Foreign Secretary X said:" with the quoted
 * paragraph on the lines after it (a government release), or '"… the hard part. Everything else is paperwork," he
 * said.' whose quotation opened sentences before. The evidence and the text take in the whole quotation.
 */
function quotationAround(ctx: ArticleContext, sentence: SentenceContext): { text: string; evidence: [number, number] } | undefined {
  const opens = (t: string) => /^[“"]/.test(t);
  const quoteMarks = (t: string) => (t.match(/["“”]/g) ?? []).length;
  if (/:\s*$/.test(sentence.text)) {
    const parts: SentenceContext[] = [];
    for (let i = sentence.index + 1; i < ctx.sentences.length && parts.length < 8; i++) {
      const next = ctx.sentences[i];
      if (parts.length === 0 && !opens(next.text)) break;
      if (parts.length > 0 && /\n\s*\n/.test(ctx.text.slice(parts[parts.length - 1].end, next.start))) break;
      parts.push(next);
      if (/[”"]\s*$/.test(next.text)) break;
    }
    if (!parts.length) return undefined;
    const end = parts[parts.length - 1].end;
    return { text: ctx.text.slice(parts[0].start, end).replace(/^[“"]|[”"]$/g, '').trim(), evidence: [sentence.start, end] };
  }
  // The attribution closes a quotation its sentence did not open.
  if (opens(sentence.text) || quoteMarks(sentence.text) % 2 === 0) return undefined;
  for (let i = sentence.index - 1; i >= Math.max(0, sentence.index - 4); i--) {
    const previous = ctx.sentences[i];
    if (/\n\s*\n/.test(ctx.text.slice(previous.end, ctx.sentences[i + 1].start))) return undefined;
    if (opens(previous.text)) {
      const closing = Math.max(sentence.text.lastIndexOf('”'), sentence.text.lastIndexOf('"'));
      return { text: ctx.text.slice(previous.start + 1, sentence.start + closing).replace(/[,.]$/, '').trim(), evidence: [previous.start, sentence.end] };
    }
  }
  return undefined;
}

/** "said on Tuesday", "today announced", "in a statement issued on Monday": a date next to the verb; else the stamp. */
function statementDate(ctx: ArticleContext, sentence: SentenceContext, a: Attribution): string | null {
  const s = sentence.text;
  // A month or a year is what was talked about ("described by 2027"), not the day it was said.
  const usable = sentence.dates.filter((d) => !d.stamp && !d.approximate && d.precision !== 'year' && d.precision !== 'month');
  const near = usable.find((d) => {
    const rel = d.start - sentence.start;
    const relEnd = d.end - sentence.start;
    // ("said the next session had been set for March 24": the day is what was said.)
    if (rel >= a.verbEnd && rel - a.verbEnd <= 45 && !/\b(?:that|will|would|should|could|must|may|might|can|shall|is|are|was|were|been|had|has|have|set|scheduled|due)\b|[,;“"]/.test(s.slice(a.verbEnd, rel))) return true;
    if (rel >= a.verbEnd && /^\s(?:[^,;.]*?\s)?in (?:a|an|the|his|her|their) (?:[\w-]+ )?(?:statement|interview|post|video|speech|briefing|letter|message|press conference|news conference)(?: \w+)?(?: (?:issued|released|published|posted|given|carried)(?: by [^,;.“"]{2,60}?)?)?(?: on)? ?$/.test(s.slice(a.verbEnd, rel))) return true;
    // "was quoted by Antara on Monday as saying": the day inside the attribution.
    if (rel >= a.verbStart && relEnd <= a.verbEnd) return true;
    // "… today announced", "On Tuesday, X told": the date just before the verb, or opening the sentence.
    // ("on Tuesday (Nov 24) urged": the house style's bracketed date between.)
    if (relEnd <= a.verbStart && /^\s{0,2}(?:\([^()]{1,20}\)\s{0,2})?$/.test(s.slice(relEnd, a.verbStart))) return true;
    return rel <= 3;
  });
  if (near) return near.from;
  // "In a statement on Wednesday, X said", "Speaking to reporters yesterday, X said": the opening phrase dates it.
  const firstComma = s.indexOf(', ');
  // ("Editor's note: On Tuesday, …", "Update: Late on Friday, …": a label may open the line.)
  const adverbial = /^(?:[\p{L}'’ ]{2,20}:\s)?(?:In|On|At|Back (?:in|at)|Earlier|Later|After|Before|During|Late|Early|Last|This|Yesterday|Today|Speaking|Talking|Opening|Closing|Addressing|Presiding|Chairing|Briefing|Visiting|Writing|Responding|Asked|Interviewed|Appearing)\b/u.test(s);
  const opening = adverbial && firstComma > 0 && firstComma < a.verbStart ? usable.find((d) => d.end - sentence.start <= firstComma) : undefined;
  if (opening) return opening.from;
  // "Jaishankar, speaking at a think-tank event in Delhi on Thursday evening, said": the aside dates it.
  // ("Russia's foreign ministry, quoted by TASS on Saturday, rejected".)
  // ("Vardanyan, in a statement posted on the ministry's website on Tuesday, called", "Stocker, who opened the meeting on
  // Thursday morning, reminded".)
  const aside = /,\s(?:speaking|talking|writing|addressing|appearing|briefing|(?:as\s)?(?:quoted|cited|reached|contacted)\sby|in\s(?:a|an|his|her|its|their)\s|who\s)[^,]*,\s*$/.exec(s.slice(0, a.verbStart));
  const asideDate = aside && usable.find((d) => d.start - sentence.start >= aside.index && d.end - sentence.start <= a.verbStart);
  if (asideDate) return asideDate.from;
  // "The session was opened on 27th November by X, who reminded participants that …": said at what the sentence dates.
  const relative = /,\s(?:who|which)\s$/.test(s.slice(0, a.verbStart));
  const told = relative ? usable.filter((d) => d.end - sentence.start <= a.verbStart && d.precision === 'day') : [];
  if (told.length === 1) return told[0].from;
  // "met al-Sharif in Muscat on 10 September and urged both sides": the date of the conjoined clause.
  if (/\band\s*$/.test(s.slice(0, a.verbStart))) {
    const head = s.slice(0, a.verbStart);
    const from = Math.max(head.lastIndexOf(';'), head.lastIndexOf(' that '), 0);
    const own = usable.filter((d) => d.start - sentence.start >= from && d.end - sentence.start <= a.verbStart && !/\b(?:that|will|would)\b/.test(s.slice(d.end - sentence.start, a.verbStart)));
    if (own.length === 1) return own[0].from;
  }
  if (sentence.stamp) return sentence.stamp.from;
  // News copy: a report of how things stand now ("told Al-Jazeera that talks are currently underway") is dated by publication.
  const claim = s.slice(a.verbEnd);
  if (/^\s(?:[^.]*?\b(?:that\s)?)?[^.]*\b(?:is|are|am)\s(?:currently|now|still|closer|ready|underway|under way|ongoing)\b/.test(claim) || /[“"][^”"]*\b(?:are|is|am)\s(?:currently|now|still|closer|ready)\b[^”"]*[”"]\s*,?\s*$/.test(s.slice(0, a.verbStart))) {
    return localDate(sentence.clock, sentence.clock.reference);
  }
  return null;
}

/**
 * "said in a statement on Saturday, cited by the Bangkok Post, that …", "said, in remarks carried by the state news agency AKP
 * and republished by the Khmer Times, that …": outlets an aside names between the verb and what was said carry it.
 */
function asideOutlets(ctx: ArticleContext, sentence: SentenceContext, verbEnd: number): string[] {
  const head = /^[^“"”;]{0,160}?(?=\bthat\s|[“"])/.exec(sentence.text.slice(verbEnd))?.[0];
  if (!head || !/\b(?:cited|quoted|carried|reported|republished|published|broadcast|aired)\sby\b/.test(head)) return [];
  const from = sentence.start + verbEnd;
  return outletsIn(ctx, sentence, from, from + head.length);
}

/** The outlets an opening "Speaking to X," or an interview with X before the verb names: they carry what follows. */
function openerOutlets(ctx: ArticleContext, sentence: SentenceContext, verbStart: number): string[] {
  const spans = [SPEAKING_OPENER.exec(sentence.text), ...sentence.text.slice(0, verbStart).matchAll(INTERVIEW_ASIDE)]
    .filter((m) => m !== null).map((m) => [sentence.start + m.index!, sentence.start + m.index! + m[0].length]);
  return spans.flatMap(([from, to]) => outletsIn(ctx, sentence, from, to));
}

/** The outlets a stretch of the sentence names. */
function outletsIn(ctx: ArticleContext, sentence: SentenceContext, from: number, to: number): string[] {
  return mentionsIn(sentence, from, to).map((m) => actorOf(ctx, m)).filter((x) => x.kind === 'media').map((x) => x.id);
}

