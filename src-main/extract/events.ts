// Events: trigger words propose talks, cabinet meetings and visits; the clause around the trigger
// gives participants, place and date; later mentions of the same event are merged into the first.
import type { EventType, Precision } from '../../shared/extraction';
import type { Actor, Mention } from './actors';
import { actorOf, datelineCapital, lineOf, mentionsIn, paragraphDay, sideOfCapital, type ArticleContext, type SentenceContext } from './context';
import { CLOCK, COUNTED_FROM, isFutureClause, localDate, MONTH_NAME, shiftDay, type DateMention } from './dates';
import { CAPITALS, PLACES } from './lexicon';

export interface FoundEvent {
  type: EventType;
  start: string | null;
  end: string | null;
  precision: Precision | null;
  approximate: boolean;
  participants: string[];
  /** Participants named in the clause, before adding the countries people belong to. */
  named: Set<string>;
  location: string | null;
  reportedBy: string[];
  evidence: [number, number];
  confidence: number;
  ordinal?: string;
  /** "Since our meeting in August": a meeting before the one the story tells of, never merged into it. */
  earlier?: boolean;
  richness: number;
  /** "The talks began on Jan. 7": the date is when the event opened. */
  opening?: boolean;
  /** "On the sidelines of the meeting, X met Y": a meeting of its own beside a bigger one, never merged into it. */
  sideline?: boolean;
  /** "The meeting, on Wednesday afternoon Mexico City time, covered …": the day where it happened, told outright. */
  localDay?: boolean;
  /** Where the line of a dated list that tells of it starts: each entry of a chronology is an event of its own. */
  entry?: number;
  /** Made from a chronology's entry alone, with no event word: what the entry goes on to tell says what it was. */
  listed?: boolean;
}

interface Trigger {
  type: EventType;
  start: number;
  end: number;
  listed?: boolean;
}

/** The titles of the leaders and ministers whom one calls ("called President X"), and the more whom one calls on or hosts. */
const CALLED_TITLES = 'President|Prime Minister|Foreign Minister|Chancellor|King|Emir|Crown Prince|Secretary';
const LEADER_TITLES = `${CALLED_TITLES}|Vice President|Queen|Sultan|Premier`;

const TRIGGERS: [EventType, RegExp][] = [
  // "Monday's meeting of the National Security Committee of Cabinet": a committee of cabinet's meeting, before "meeting" is talks.
  ['cabinet_meeting', /\b(?:[Mm]eeting|[Ss]ession)s? of the (?:\p{Lu}[\p{L}-]+ ){1,4}Committee of (?:the )?Cabinet\b/gu],
  ['cabinet_meeting', /\bcabinet (?:will |is to |is set to |is due to )?(?:hold|holds|held) (?:an? |its )?(?:[\w-]+ ){0,2}(?:session|meeting|sitting)\b|\bcabinet (?:has been |was |is )?(?:summoned|approves|approved|endorses|endorsed|appoints|appointed|adopts|adopted|signed off|signs off)\b|\b(?<!(?:foreign|defence|defense|finance|trade|energy|interior|economy|agriculture|health|prime|deputy|vice|two|both|three|EU|ASEAN|NATO|G7|G20|Arab|African|European) )ministers (?:\w+ )?(?:met|meet|convened|gathered)\b|\bcouncil of ministers(?:,? (?:which|that) (?:met|meets|convened|gathered)| (?:met|meets|convened|gathered|will meet))?\b|\b(?:(?:security|war|political-security|full|diplomatic-security) )?cabinet(?:,? (?:which|that) (?:met|meets|convened|gathered)|, (?:meeting|sitting|gathering)| (?:meeting|session|meets|met|convened|will convene|is scheduled to convene|gathered|voted))?\b(?! (?:secretar(?:y|ies)|ministers?|members?|colleagues?|reshuffle|posts?|portfolios?|office|room|building)\b)(?<!\bprime cabinet)|\b(?:security|cabinet) (?:meeting|session|sitting|consultations?)\b|\bgovernment\b[^.;]{0,30}?\b(?:met|meets|convened) in (?:an? )?(?:extraordinary|special|emergency|weekly|regular|closed) session\b|\b(?:its|their) (?:regular|weekly|next) (?:\w+day )?(?:session|meeting|sitting)\b(?:(?<=\b(?:government|cabinet|ministers)\b[^.;]{0,80}?\b(?:its|their) (?:regular|weekly|next) (?:\w+day )?(?:session|meeting|sitting))|(?=, (?:the )?(?:[\w-]+ )?(?:government|cabinet)\b))|\bgovernment had discussed\b(?=[^.;]{0,80}\bat a session\b)|\bwhen it (?:meets|met|convenes|sits)\b(?<=\bcabinet\b[^.;]{0,80}?\bwhen it \w+)|\b(?:next|last|previous|weekly|special|emergency) cabinet(?=,?\s(?:[^.;]{0,40}?\s)?(?:will be|was|is to be) held\b)/gi],
  // "at the meeting of the Government on Wednesday" (a release's capital G), "at his government's weekly session", "a meeting
  // of the National Security Council": the cabinet meeting under other names.
  ['cabinet_meeting', /\b(?:[Mm]eeting|[Ss]ession|[Ss]itting)s? of the (?:Government|Cabinet|Council of Ministers)\b(?! (?:and|with)\b)|\b(?:[Gg]overnment|[Cc]abinet)['’]s (?:weekly |regular |extraordinary |special |emergency )?(?:session|meeting|sitting)\b|\b(?:[Mm]eeting|[Ss]ession)s? of (?:the |its |his |her )?National Security Council\b|\bNational Security Council (?:meeting|session)\b/g],
  ['visit', /\b(?:visit(?:s|ed)?|visiting(?! (?:[\w-]+ ){0,2}(?:minister|president|prime minister|delegation|delegates|envoy|officials?|dignitar\w+|leader|head|chief|secretary|king|emir|team)\b)|trips?|tour|arrive[sd]? (?:in|here)|arrive[sd]? at(?= (?:the )?\p{Lu})|arriving (?:in|here)|fl(?:ew|y|ies|own|ying) in(?= from\b| on\b| late\b| early\b| overnight\b|[.,])|fl(?:ew|y|ies|own|ying) into(?= \p{Lu})|(?:made|makes|make|making) (?:an? )?(?:[\w,-]+ ){0,3}stop(?:over)? in(?= \p{Lu})|(?:travel(?:s|l?ed|l?ing)?|fly|flew|flies|flown|flying|heads?|headed)(?! (?:back|home)\b)(?: (?!to\b)[\w-]+){0,3} to|(?:landed (?:in|on|at)|(?:lands|land|landing) (?:in|on|at))|cross(?:es|ed|ing)? into|go(?:es)? on to|went on to(?= \p{Lu})|went to|spen[dt] (?:(?:two|three|four|five|several|a few|\d+) days|a (?:day|week|night)|the (?:day|night|weekend)) in|sen(?:d|ds|t|ding) (?:an? |its |their )?(?:[\w-]+ ){0,2}(?:mission|delegation)s? to|touched down (?:in|at)(?= (?:the )?\p{Lu})|(?:is|are) due (?:in|at)(?= \p{Lu})(?! (?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)|(?:depart(?:s|ed|ing)?|leaves|left|leaving)(?: \p{Lu}[\p{L}'’-]+)? for(?= \p{Lu}))\b/giu],
  ['talks', /\b(?:talks|negotiations|negotiat(?:ing|ed|e|es)(?! team| position| tracks?\b| table\b| process\b| strategy\b| mandate\b| stance\b| skills\b| power\b| (?:arrangement|settlement|solution|outcome|deal|agreement|peace|end|framework)\b)|gathering(?= (?:in|at|of|on|hosted)\b)|(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|next|last|previous|latest|final|new|closing|opening) (?:[\w-]+ ){0,2}session|rounds? of (?:talks|negotiations)|(?:follow-up|follow-on) round|(?:joins?|joined|joining) (?:a|the) (?:[\w-]+ )?round|(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|next|new|latest|fresh|another|further|final|previous|last)(?: and (?:most recent|final|latest|last))?(?:,? [\w]+-level)?(?: [A-Z][\w-]+)? (?:round|cycle)|(?:previous|earlier|past|prior) rounds|rounds?(?! of\b)(?<=\b(?:hold|holds|held|had|conducts?|conducted) (?:an? |two |three |four |five |several |\d+ )?(?:[\w-]+ )?rounds?)|(?:held|had|made|holds|has|have) (?:a|an|another) (?:(?:brief|short|long|lengthy|separate|first|second|private|late-night) )?(?:(?:tele)?phone |video )?call with|(?<=\b[Tt]he )(?:first|second|third|fourth|fifth|sixth|(?:latest |new |current )?round)(?= (?:one )?(?:opened|began|started|was held|took place|followed|convened|ended|closed|resumed)\b)|(?:(?:sat|sit|sits|sitting)(?: down)? (?:at|to|across|around)|back at) (?:the|one|a) (?:same |single |negotiating )?table|met(?! with (?:resistance|opposition|criticism))|meets?|meeting|meetings|summit|discussions|consultations|dialogue(?! partner)(?<!\b(?:representative|envoy|facilitator|mediator|coordinator|negotiator) (?:for|to|in) the (?:[\w-]+ )?dialogue)|sat down|sitting down|sits down|huddled(?= (?:with|on|together|behind|in|for|at)\b)|sit down(?= with\b)|(?:spoke|talked) for (?:more than |nearly |almost |about |over )?(?:an?|one|two|three|four|five|several) (?:hours?|minutes)|spen[dt] (?:(?:more than |nearly |almost |about )?(?:an?|one|two|three|four|five|several) hours?|the (?:day|morning|afternoon|evening)) with|video-?conference|videoconference|host(?:s|ed|ing)? (?:a|an|the|each|both) (?:[\w-]+ ){0,2}delegations?|faced each other across (?:the|a|one) (?:negotiating )?table|(?:spoke|spoken|talked)(?: (?:today|yesterday|tonight|again|briefly|at length|separately|also|earlier|later|the following week|the next day|on \w+day))? (?:by (?:tele)?phone|by video(?: link)?|(?:on|over) the (?:tele)?phone|with)|received (?:me|him|her|them|us)\b|(?:dined|lunched|breakfasted) with|host(?:s|ed)(?= [^.;]{1,40}? for (?:a )?(?:dinner|lunch|breakfast|talks)\b)|spen[dt](?= (?:most of |all of |much of )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|the day|the morning|the afternoon|the evening|the night)\b[^.;]{0,30}? (?:finalising|finalizing|negotiating|haggling|drafting|hammering out)\b)|saw(?= (?:an?|the|both) (?:[\w-]+ ){0,2}delegations?\b)|(?:tele)?phone (?:call|conversation)|(?:held|hold|holds|had|have|has) (?:a|an|another) (?:[\w-]+ ){0,2}conversation|(?:his|her|their|the|a) (?:[\w-]+ ){0,2}conversation(?= with\b)|video (?:call|conference)|face-to-face encounter|encounter between|(?:was|were|be|been|being|is|are) received by|confer(?:s|red|ring)? with|(?:tele)?phoned|receive[sd]? (?:[\w-]+,? ){0,5}(?:ministers?|president|prime minister|delegations?|delegates|envoys?|ambassadors?|counterparts?|secretary|director-general|directors-general|under-secretary|king|emir|crown prince|heads?|chiefs?|leaders?|negotiators|panels?)(?=\W)|(?:by|over the) (?:tele)?phone with|(?:yesterday's|today's|last week's|last month's|\w+day's) (?:[\w-]+ )?(?:session|meeting|round)|reconvened?|reconvenes|working (?:dinner|lunch|breakfast)|courtesy call|(?:joint|special|plenary|extraordinary|closed-door|technical|emergency|urgent)(?: [\w-]+)? session|session(?= with\b)(?<=\b(?:held|hold|holds|had) (?:a|an|another) (?:[\w-]+ ){0,3}session)|session(?<=\b(?:held|hold|holds|had) (?:a|an|their|its) (?:first|second|third|opening|closing|final)\b(?:,? [\w-]+){0,2} session)|session(?<=\b(?:chaired|co-chaired|convened|opened) (?:a|an|the) (?:[\w-]+ ){0,3}session)|(?:earlier|UN-facilitated|UN-brokered|EU-brokered|informal|formal|technical|decisive) round|(?:exploratory|direct|indirect|secret|back-channel|informal)(?:,? [\w-]+)? contacts|retreat(?<=\b(?:leaders|ministers)['’] retreat)|contacts between|shuttl(?:e|es|ed|ing)(?: (?:repeatedly|back and forth|constantly|frequently))? between|host(?:s|ed)(?= (?:both|the two|the three|the visiting|his|her|their) (?:[\w-]+ ){0,2}(?:leaders?|presidents?|ministers?|counterparts?|delegations?|envoys?|sides|parties)\b)|consultation(?!s)(?<=\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|political|bilateral|annual|joint|strategic) (?:[\w–-]+ ){0,3}consultation)|(?:a|the) bilateral(?= (?:with|between)\b)|discussed [^.;]{1,60}? by (?:tele)?phone|(?:followed up|briefed|updated|consulted)(?= [^.;]{0,60}?\bby (?:tele)?phone\b)|(?<=\b(?:leaders|heads of state|heads of government|delegates|delegations) )(?:gather|gathered|convene|convened)|(?<=\b(?:officials|leaders|negotiators|delegations|delegates|envoys|counterparts|the two sides|both sides) )discussed)\b/gi],
  // "would grant the Minister an audience on the 16th", "received in audience by His Majesty", "had an audience with the
  // King": a meeting with a monarch or a pope.
  ['talks', /\bgrant(?:s|ed|ing)? (?:[\w-]+ ){0,2}an audience\b|\b(?:an|in|private|royal) audience (?:with|by)\b|\breceived (?:[\w-]+ ){0,3}in (?:an? )?(?:private )?audience\b/gi],
  // "was received the following day by Somaliland's president": a guest received, told in the passive.
  ['talks', /\b(?:was|were) (?:warmly |formally |also )?received(?= (?:[\w'’-]+ ){0,5}by (?:the |his |her )?(?:\p{Lu}|[\w-]+['’]s\b))/gu],
  // "is due to see Ghukasyan on Thursday", "to see the Turkish Cypriot leader": a meeting to come (a person must follow).
  ['talks', /\b(?:to|will|would) see(?= (?:\p{Lu}|(?:the|his|her|their|each|both) (?:[\p{L}'’-]+ ){0,3}(?:leaders?|president|prime minister|minister|king|emir|envoy|counterpart|delegations?)\b))/gu],
  // "The Secretary will be in Nairobi, Kenya, on March 15 and 16", "was in Cairo in January": a stay in a capital (below).
  ['visit', /\b(?:will be|would be|was|were) in(?= \p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?(?:,| on\b| from\b| for\b| in\b| to\b| this\b| next\b| last\b|\.))/gu],
  // "convened the federal government and the TPLF": a mediator brings two named sides together.
  ['talks', /\bconvened(?= (?:the |both )?(?:two sides|sides|parties)\b| [^.;]{0,60}? and (?:the )?\p{Lu})|\b(?:gathered|brought together)(?= (?:the|both) (?:two |three )?(?:[\w-]+ )?(?:sides|parties|negotiators|delegations|leaders)\b)/gu],
  // "will call on Prime Minister Modi": a courtesy call ("called on X to stop" urges, and is not one).
  ['talks', new RegExp(String.raw`\bcall(?:s|ed|ing)? on(?= (?:the )?(?:(?:His|Her) (?:Excellency|Majesty|Highness)|H\.E\.|Hon\.|Rt\.? Hon\.|${LEADER_TITLES}|Hon['’]ble|Minister|Governor|(?:\p{Lu}\p{L}+ ){1,3}(?:Adviser|Advisor|Ambassador|Speaker|Envoy|Commissioner|Director|Minister|Secretary))(?!\w))(?![^.;]{0,80}\bto\s\p{Ll})`, 'gu')],
  // "spoke to Israel's Minister for Strategic Affairs", "spoke to his Turkish counterpart": a call, case-sensitive for the name.
  ['talks', /\bspoke to(?= (?:\p{Lu}|(?:his|her|their|the) (?:[\p{L}'’-]+ ){0,3}(?:counterpart|minister|president|prime minister|leader|king|emir|envoy)\b))/gu],
  // "will hold the 44th Meeting of the Joint Technical Committee", "convene the 9th Joint Commission for Bilateral
  // Cooperation": a numbered session of a standing body, as releases name it.
  ['talks', /(?<=\b(?:hold|holds|held|holding|convene|convenes|convened|convening|co-chair(?:s|ed)?|chair(?:s|ed)?|host(?:s|ed)?|attend(?:s|ed)?|at|during|for) the )(?:\d{1,3}(?:st|nd|rd|th)|[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|[Ff]ifth|[Ss]ixth|[Ss]eventh|[Ee]ighth|[Nn]inth|[Tt]enth|[Ii]naugural|[Aa]nnual|[Rr]egular|[Bb]iannual)(?: \p{Lu}[\p{L}–-]*| of| for| on| and){0,8}? (?:Meeting|Session|Commission|Committee|Consultations?|Dialogue|Round|Forum|Conference)\b/gu],
  // "then received Hon. Maria Teresa Ocampo-Reyes": a guest received, told by a courtesy title alone.
  ['talks', /\breceived?s?(?= (?:the )?(?:H\.\s?E\.|Hon\.|Honourable|Honorable|Rt\.? Hon\.?|(?:His|Her|Their) (?:Excellency|Excellencies|Majesty|Royal Highness|Highness)) \p{Lu})/gu],
  // "discussed the Gyumri round with Ruben Rubinyan in Yerevan", "discussed the file with his Qatari counterpart": a meeting.
  ['talks', /\bdiscussed(?= [^.;]{1,60}? with (?:(?:his|her|their) (?:[\p{L}-]+ )?counterparts?\b|(?:\p{Lu}[\p{L}.'’-]+ )+\p{Lu}))/gu],
  // "closed a round in Moscow that began on Monday": a round placed is talks held.
  ['talks', /\b(?:a|the) round(?= (?:in|at) \p{Lu})/gu],
  // "will host a roundtable with civil society", "a 90-minute session at the palace": meetings by other names.
  ['talks', /\b(?:host|hold|chair|co-chair|convene|attend)(?:s|ed|ing)? (?:a|an|the) (?:[\w-]+ ){0,2}round[- ]?table\b|\b(?:\d+|one|two|three|four|five)-(?:minute|hour) (?:session|conversation|call)\b|\bhour-long (?:session|conversation|call)\b/gi],
  // "Rubio called Mr. Abdelatty on Sunday", "called his Egyptian counterpart": a call ("called Hamas a terrorist group" is none, below).
  ['talks', new RegExp(String.raw`\bcalled(?= (?:(?:his|her|their) (?:[\p{L}-]+ )?counterparts?\b|(?:Mr\.?|Ms\.?|Mrs\.?|Dr\.?|${CALLED_TITLES}) \p{Lu}))`, 'gu')],
  // "President Tinubu hosted President Faye at the Presidential Villa": a leader hosted is a meeting.
  ['talks', new RegExp(String.raw`\bhost(?:s|ed)?(?= (?:leaders|heads of state|heads of government|(?:foreign |defence |defense )?ministers) of\b| (?:${LEADER_TITLES}) \p{Lu})`, 'gu')],
  // "Rubio hosts Japan's foreign minister, Toshimitsu Motegi": a leader or minister hosted, told by country and office.
  ['talks', /\bhost(?:s|ed|ing)?(?= \p{Lu}[\p{L}'’-]+['’]s (?:[\p{Ll}-]+ ){0,2}(?:minister|president|prime minister|premier|chancellor|counterpart|leader|envoy|king|emir)\b)/gu],
  // "President Ruto welcomed President Museveni at State House": a leader welcomed in person is a meeting.
  ['talks', new RegExp(String.raw`\bwelcome[sd](?= (?:the visiting |his |her )?(?:${LEADER_TITLES}|Minister|counterparts?) [^.;]{0,60}?\b(?:at|to|in) (?:the )?\p{Lu})`, 'gu')],
  // "On the Tuesday I sat with Minister Atanga Nji for more than an hour": a meeting (a name or an office follows).
  ['talks', /\bsat with(?= (?:\p{Lu}|(?:his|her|their|the) (?:[\p{L}-]+ ){0,3}(?:counterparts?|minister|president|delegations?|envoys?|leaders?)\b))/gu],
  // "spent about 45 minutes this afternoon with the European Commission president", "spent two hours with Abiy": a meeting.
  ['talks', /\bspen[dt]s?(?= (?:about |some |nearly |almost |more than |over |around |an? )?(?:\d+|an?|one|two|three|four|five|six|several|ninety|forty|forty-five|thirty) (?:minutes|hours?)\b[^.;]{0,40}? with (?:\p{Lu}|(?:the|his|her|their) (?:[\p{L}'’-]+ ){0,3}(?:president|prime minister|minister|leaders?|counterparts?|king|emir|envoy|delegations?)\b))/gu],
  // "Erdoğan received Sybiha and Lebedinsky at Dolmabahçe Palace": a guest received by name (a person must follow, below).
  ['talks', /\breceived(?= (?:\p{Lu}[\p{L}\p{M}'’.-]+ )*\p{Lu}[\p{L}\p{M}'’-]+(?: and \p{Lu}|,| at| in| on| for| during|\.))/gu],
  // "Negotiators will return to Brussels on Wednesday": the sides back at the table in a place.
  ['talks', /(?<=\b(?:[Nn]egotiators|[Dd]elegations|[Dd]elegates|[Ee]nvoys|[Mm]ediators|the two sides|[Bb]oth sides|the parties) (?:will |are to |are due to |would |are expected to )?)return(?:ed|s)? to(?= \p{Lu})/gu],
  // "Fidan rang me on New Year's Eve", "the JBC would convene in Chanthaburi", "I updated Cabinet this morning".
  ['talks', /\brang(?= (?:me|him|her|them|us|\p{Lu}))|\bconvene[sd]?(?= (?:in|at) \p{Lu})/gu],
  ['cabinet_meeting', /\b(?:briefed|updated|addressed|informed) (?:the )?(?:full )?[Cc]abinet\b/g],
  ['other', /\b(?:(?:released|freed|frees|swapped|exchanged|returned) (?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozens of|hundreds of) (?:[\w-]+ )?(?:prisoners|detainees|captives|hostages|soldiers|servicemen|civilians|POWs|prisoners of war|\p{Lu}\p{Ll}+(?:ian|ese|i)s)|signed(?= (?:in \p{Lu}[\p{L}'’-]+ )?(?:on|in) (?:\d|January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.))|sign(?:ed|s)? (?:an?|the) ["“]?(?:[\w-]+ ){0,3}(?:accords?|agreements?|deal|declaration|memorandum|treaty|truce|ceasefire|(?:implementing )?arrangement|charter|protocol|communiqu[eé]|statement of|road ?map|framework|mous?|pact|compact|letter of intent)|(?:accord|agreement|deal|declaration|memorandum|treaty) (?:was |were |is |are )?signed|cut off (?:contact|ties|communications?)|summon(?:s|ed|ing)? (?:the |its |their )?(?:[\p{L}'’-]+ ){0,3}(?:ambassador|chargé d['’]affaires|charge d['’]affaires|envoy|head of mission)|(?:prisoner |POW |detainee |prisoner-)?(?:swap|exchange)(?= (?:of [^.;,]{3,40}? )?(?:that |which )?(?:took place|was held|was carried out|happened)\b)|(?:prisoner |POW |detainee |prisoner-)?(?:swap|exchange)(?= (?:on|in) (?:\d|(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b))|suspend(?:s|ed)? (?:the )?(?:talks|contacts|negotiations)|walked out of (?:the )?(?:talks|negotiations|meeting|session|summit)|(?:accepts?|accepted) (?:an? |the )?(?:[\w-]+ ){0,2}(?:ceasefire|truce)(?! (?:proposal|plan|offer|initiative|terms)\b)|exchanged (?:[\w-]+ ){0,2}(?:memoranda|memorandums|MoUs|instruments of ratification)|brief(?:s|ed|ing)? the (?:UN |United Nations |AU |African Union |[\w-]+ )?(?:Peace and )?Security Council|host(?:s|ed|ing)? (?:an? |the )(?:[\w'’-]+ ){0,3}conference(?<!(?:press|news) conference)|(?<=\b(?:witness|witnesses|witnessed|attend|attended|oversaw|oversee|presided over|preside over) )the (?:signing|exchange)(?: and (?:signing|exchange))? of)\b/giu],
];
// "On the sidelines of the meeting, X met Y": another meeting beside the one named; SIDELINES_OF ends at that one's noun.
const SIDELINES = /\bon the (?:sidelines|margins|fringes?) of\b/i;
const SIDELINES_OF = new RegExp(`${SIDELINES.source} (?:the |this |that |a |an )?(?:[\\w'’-]+ ){0,4}$`, 'i');
const NEGATED = /\b(?:no|not|never|any|won't|wouldn't|can't|cannot|without|refused to (?:hold|join|attend)|ruled out)\s(?:\w+\s){0,2}$/i;
// "said that a third session was likely": "that" before an indefinite is a conjunction, and the session a new one.
// "The senior officials’ meeting": the words between may hold an apostrophe.
const ANAPHORIC = /\b(?:these|those|the|such|this|that|its|their|his|her|ongoing)\s(?!(?:a|an|another)\s)(?:[\w'’]+\s){0,2}$/i;
const SEPARATORS = /,? (?:as well as|while|whereas|ahead of|before|after|following|amid|as|but also|alongside|and then)\b|;\s/g;
const ONGOING = /\b(?:currently|underway|under way|ongoing|are taking place|is taking place|are being held|is engaged in|are engaged in|continue|continues|continuing|today)\b/i;
const PASSING = /\b(?:with|on|about|in|of|into|from|over|at|welcomed|welcomes|welcoming|confirmed|confirms|announced|announces|said|says|saying|dismissed|dismisses|criticised|criticized|condemned|denounced|rejected|praised|hailed|backed|supported|boycotted|covered|described|review|reviewed|reviewing|discuss|discussed|discussing|assess|assessed|assessing|(?:co-)?chair(?:s|ing)?|monitor(?:s|ed|ing)?|follow(?:s|ed|ing)?|observ(?:e|es|ed|ing)|call(?:s|ed)? for|urg(?:es|ed)|demand(?:s|ed))\s(?:the|these|those|its|their)\s(?:\w+\s)?$/i;
// "A sixth round was called off", "a planned meeting is postponed indefinitely": what did not take place.
const CALLED_OFF = /^\s(?:[\w-]+\s){0,6}?(?:was|were|is|are|has been|have been|had been)\s(?:called off|cancell?ed|scrapped|shelved|postponed indefinitely)\b/;
/** A chronology's entry about fighting, protest, a vote or a speech ("Fighting intensifies", "Armenians vote in elections"): no event of talks. */
const NOT_DIPLOMACY = /^[^.;]{0,80}?\b(?:fighting|fights?|fought|clash\w*|protest\w*|votes?|voted|voting|elections?|speech|repeats?|stalls?|stalled|seiz\w*|captur\w*|attack\w*|kill\w*|resign\w*|dies|died|escalat\w*|intensif\w*|offensive|shell\w*|bomb\w*|airstrikes?|strikes?|assault|massacre|flee\w*|fled|displac\w*|famine|outbreak)\b/i;
const ESTABLISHED = /\b(?:establish|set up|create|institutionali[sz]e)\w*\s(?:an?\s)?(?:[\p{L}–'’-]+\s){0,5}$/u;
/** What someone wants to happen, not what was set: "proposed that they", "should", "could", "prepared to host", "floated a meeting". */
const WISH = /(?:\b(?:proposed|suggested|recommended|urged) that\b[^.;]*|\b(?:should|could|might)\s(?:[\w-]+\s){0,2}|\b(?:prepared|ready|willing|offered|offers) to\s(?:[\w-]+\s){0,4}|\b(?:floated|mooted|proposed|suggested)\s(?:an?|the idea of an?)\s(?:[\w-]+\s){0,3}|\b(?:an?|the)\s(?:proposed|possible|potential|mooted|prospective)\s(?:[\w-]+\s){0,2}|\b(?:considering|weighing|mulling|contemplating)\s(?:an?\s)?(?:[\w-]+\s){0,2})$/i;
const AROUND_IT = /\b(?:after|before|following|during|entering|leaving)\s(?:the|these|those|this|that|its|their)\s(?:\w+\s)?$/i;
// "two rounds of talks", "three meetings": a summary of several events, not one of them.
const SUMMARY = /\b(?:two|three|four|five|six|seven|eight|nine|ten|several|many|multiple|numerous|\d+)\s(?:\w+\s)?(?:rounds|sessions|meetings)(?:\sof\s)?$/i;
// "three rounds of direct talks … – on May 16, June 2 and July 23": a summary that lists its days.
const LISTED_ROUNDS = /\b(?:two|three|four|five|six|seven|eight|nine|ten|several|\d+)\s(?:\w+\s)?(?:rounds|sessions|meetings)\sof\s(?:[\w-]+\s){0,2}$/i;
// "will travel to Cairo for talks with …": the purpose of a visit, not an event of its own.
const PURPOSE = /\b(?:for|to hold|to attend|to join|to push|to lead)\s(?:[\w-]+\s){0,2}$|\bto\s$/i;
const SAME_PARTIES = /\b(?:round|session|delegations|each (?:delegation|side|party|camp)|both sides|the two sides|the two countries|their two countries|the parties|both parties|both movements|both camps|the two camps|negotiators|the two|both leaders|each leader|review meeting|follow-up meeting|next meeting|technical teams|again|resumed?|resumes|restart(?:s|ed)?|reconvene[sd]?)\b/i;
// "the two leaders", "both ministers", "each leader": the people of the process, not only their sides.
const SAME_PEOPLE = /\b(?:the two|both|each) (?:leaders?|ministers?|foreign ministers?|presidents?|men|women|negotiators?|envoys?)\b/i;
// "the government in Niamey and the rebel movement are talking again": who the process is between, without an event.
const PROCESS_CUE = /\b(?:are|were|is|have been|has been) (?:talking|in talks|in contact)\b/i;
// "… and went straight into a", "… and then held": a second verb of the same subject, no new subject between.
const COORDINATED = /\band (?:then |later |immediately |also |quickly |afterwards )?(?:went|headed|moved|held|had|met|sat|joined|began|opened|started|took part|hosted|chaired|attended|co-chaired)\b(?:(?!,)[^.;])*$/;
// "The session, chaired by X, brought together A, B and C", "Also present were …": who attended the meeting just told of.
const ROSTER = /^(?:(?:The|That|This|Its|Their|[\p{L}'’]+day's) (?:[\p{L}-]+ ){0,3}(?:session|meeting|talks|summit|gathering|conference|round|consultations|negotiations|plenary|dinner|lunch|breakfast)\b[^.;]*?\b(?:brought together|was attended by|were attended by|drew|involved)\b|(?:Also (?:present|attending|taking part|in attendance|at the table) (?:were|was)|(?:Joining|Accompanying) (?:him|her|them) (?:were|was))\b)/u;
// "The talks, held on Thursday under the chairmanship of X, brought Y and Z…", "The 19th round …, co-chaired by A and B":
// a sentence about the event itself names who took part in it, even as it refers back to it.
const DESCRIBES_EVENT = /^(?:The|This|That|Its|Their|[\p{L}'’]+day's)\s(?:[\p{L}\d-]+\s){0,5}?(?:talks|negotiations|round|session|meeting|consultations|summit|discussions)\b[^.;]*?,\s(?:held|co-chaired|chaired|hosted|convened|mediated|led)\b/u;
// "open to talks", "its willingness to host another round", "rarely travels to Oman", "a meeting …, floated, now looks
// unlikely": talk of a meeting that has no day is not one.
const HYPOTHETICAL = /\b(?:could|would|might|may|if|ready to|stood ready|offered to|offers to|willing to|prepared to|(?:room|leeway|latitude|mandate) to|open to|willingness to|invitation to|supposed to|rarely|seldom|unlikely|floated)\b/i;
const ORDINAL = /\b(first|second|third|fourth|fifth|sixth|next|final)\s(?:(?:and (?:most recent|final|latest|last)\s)?(?:round|meeting|session)\b|(?=(?:one )?(?:opened|began|started|was held|took place|followed|convened|ended)\b))/i;
const N_DAYS = /\b(two|three|four|five|six|seven|\d+)(?:[- ]days? of (?:[\w-]+ )?(?:talks|negotiations|meetings|consultations)|-day (?:[\w-]+ )?(?:visit|trip|tour|round|summit|talks|session|conference))|\b(?:meet|talk|negotiate)\w* for (two|three|four|five|six|seven|\d+) days\b/i;
const DATE_HEAD = String.raw`(?:(?:early|mid|late|spring|summer|autumn|fall|winter)[-\s]+)?(?:(?:\d{1,2}\s)?${MONTH_NAME}(?:\s\d{1,2})?(?:,?\s(?:19|20)\d{2})?|(?:19|20)\d{2})`;
/** A line of a dated list ("Oct. 4 – …", "Nov. 21 – Dec. 12 – …", "Late June: …", "2021 – …"): one entry of a chronology. */
const LIST_ENTRY = new RegExp(String.raw`^(?:[•·*▪-]\s*)?${DATE_HEAD}(?:\s?[-–—]\s?${DATE_HEAD})?\s*[-–—:]\s`, 'i');
/** A dated list line whose date names its year ("March 2024 –", "8 October 2024 –"): an event even without an event word. */
const TIMELINE_ENTRY = new RegExp(String.raw`^(?:[•·*▪-]\s*)?(?:(?:early|mid|late|spring|summer|autumn|fall)[-\s])?(?:\d{1,2}\s)?(?:${MONTH_NAME}\s)?(?:\d{1,2},?\s)?(?:19|20)\d{2}\s*[-–—:]\s`);
const CLOCK_TIME = new RegExp(String.raw`\b${CLOCK}(?:\s(?:GMT|UTC|[A-Z]{2,4}T|local time))?`, 'gi');
const NO_DATE = /\b(?:at a (?:mutually )?(?:convenient|agreed) (?:date|time)|(?:on|at) (?:mutually )?(?:convenient|agreed) dates|at an appropriate time|without (?:setting|fixing|giving|naming) a date|no dates? (?:or \w+ )?(?:has|had|was|were|have) (?:yet )?been (?:set|fixed|proposed|agreed|announced|discussed|decided)|(?:date|dates|timing) (?:is|are|was|were|has|have) (?:yet )?(?:to be|not been) (?:set|fixed|agreed|confirmed|announced))/i;
const COUNTS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7 };
/** "An earlier version of this post said that …", "Correction: …": what a correction takes back is no event. */
const CORRECTION = /^(?:[\p{Lu}\s]*:\s*)?(?:An? (?:earlier|previous) version of (?:this|our|the) |Correction:|This (?:article|story|post|entry) (?:has been|was) corrected)/iu;

export function findEvents(ctx: ArticleContext): FoundEvent[] {
  const events: FoundEvent[] = [];
  const headlines: { event: FoundEvent; entryTitle: boolean }[] = [];
  const orphans: FoundEvent[] = [];
  // Parties of the process: the last talks with two sides named, summaries ("two rounds … hosted by X") included.
  let process: string[] = [];
  let processPeople: string[] = [];
  // The last person seen travelling: a shuttle story goes on with "she" for the envoy between other people's words.
  let traveller: Actor | undefined;
  // The event the story told of last (merged or new), and in which sentence.
  let lastTold: { event: FoundEvent; sentence: number } | undefined;
  for (const sentence of ctx.sentences) {
    const headline = sentence.headline;
    if (!headline && lastTold && lastTold.event.type !== 'visit' && sentence.index - lastTold.sentence <= 2 && ROSTER.test(sentence.text)) {
      const { event } = lastTold;
      const present = withAffiliations(ctx, sentence.mentions.map((m) => actorOf(ctx, m)).filter((a) => a.kind !== 'media'));
      for (const a of present) event.named.add(a.id);
      event.participants = [...new Set([...event.participants, ...present.map((a) => a.id)])];
    }
    let triggers = CORRECTION.test(sentence.text) ? [] : findTriggers(sentence);
    if (PROCESS_CUE.test(sentence.text)) {
      const sides = [...new Set(sentence.mentions.map((m) => actorOf(ctx, m)).filter((a) => a.kind !== 'person' && a.kind !== 'media').map((a) => a.id))];
      if (sides.length >= 2) process = sides;
    }
    // A "Timeline:" entry ("June 2024 – Negotiators agree on a framework") is an event even without a trigger word; a
    // publication stamp ("March 19, 2025 - 21:40") is not one.
    // ("Sept. 12: …" is one too once the list has told its year.)
    const entry = TIMELINE_ENTRY.exec(sentence.text) ?? (sentence.dates[0]?.entry ? LIST_ENTRY.exec(sentence.text) : null);
    const opening = openingDate(sentence);
    // "August 2024 – Mirzoyan says 13 articles are agreed", "Feb. 4: In a video statement, X says", "Sept. 14: The Troika
    // of the United States, Britain and Norway says" is a statement the entry dates, not an event.
    const toldBy = entry ? /^(?:In an? [^,]{1,30}?(?:statement|interview|address|speech|post|letter),\s)?(?:[^,;:]|,\s(?=\p{Lu})){0,60}?\b(?:says|said|tells|told|reports|reported|announces?|claims?|claimed|warns?|warned|announced\sthat)\b/u.exec(sentence.text.slice(entry[0].length)) : null;
    // ("13 March 2025 – Both foreign ministries announce that negotiations … are complete": what is announced is no event either.)
    const spoken = toldBy ? entry![0].length + toldBy[0].length : Infinity;
    if (/^\s(?:that\s|[“"])/.test(sentence.text.slice(spoken))) triggers = triggers.filter((t) => t.start < spoken);
    if (triggers.length === 0 && entry && !toldBy && /\p{L}{3}/u.test(sentence.text.slice(entry[0].length).replace(CLOCK_TIME, '')) && !CALLED_OFF.test(sentence.text.slice(entry[0].length - 1))
      && !NOT_DIPLOMACY.test(sentence.text.slice(entry[0].length))
      && opening) triggers.push({ type: 'other', start: opening.end - sentence.start, end: opening.end - sentence.start, listed: true });
    const proposals: { event: FoundEvent; anaphoric: boolean; describes: boolean; trigger: Trigger }[] = [];
    for (const cluster of clusterTriggers(sentence, triggers)) {
      const trigger = cluster.triggers[0];
      const before = sentence.text.slice(Math.max(0, trigger.start - 40), trigger.start);
      const proposal = buildEvent(ctx, sentence, cluster.triggers, cluster.from, cluster.to, cluster.subject, traveller);
      if (!proposal) continue;
      const { event } = proposal;
      event.entry = entryStart(ctx, sentence);
      if (trigger.listed) event.listed = true;
      // "2020 — … signs a peace agreement after talks mediated by South Sudan": the entry's date dates all it tells of.
      // So does it what the entry's later sentences tell of, when its first told of no event ("Early 2024: Kenya offers … .
      // Kenyan envoys visit Juba …"); "December: X says … . The remark, rather than any meeting, …" tells of none at all.
      const entryDate = entry && opening ? opening
        : events.some((e) => e.entry === event.entry && e.listed) ? entryHeadDate(ctx, event.entry, sentence) : undefined;
      if (!event.start && entryDate) Object.assign(event, { start: entryDate.from, end: entryDate.to, precision: entryDate.precision, approximate: entryDate.approximate });
      const sides = (e: FoundEvent) => [...e.named].filter((id) => ctx.actors.actors.get(id)!.kind !== 'person');
      // "three rounds of direct talks in Istanbul this year – on May 16, June 2 and July 23", "Previous rounds were held in
      // January, March and May": each listed day or month is one round.
      // (A chronology's entry, "April 2023 – Negotiators hold two technical rounds", is one event of its date.)
      const plural = !entry && /rounds$/i.test(sentence.text.slice(trigger.start, trigger.end));
      const days = sentence.dates.filter((d) => !d.stamp && (d.precision === 'day' || (plural && d.precision === 'month')) && d.start - sentence.start > trigger.end);
      if (event.type === 'talks' && (SUMMARY.test(before) || plural || (LISTED_ROUNDS.test(before) && days.length >= 2))) {
        if (sides(event).length >= 2) process = event.participants;
        if (days.length >= 2) {
          // Rounds that name no sides are the process's.
          const participants = sides(event).length >= 2 ? event.participants : [...new Set([...event.participants, ...process])];
          for (const one of onEachDay({ ...event, participants }, days)) proposals.push({ ...proposal, trigger, event: one });
        }
        continue;
      }
      // "previously met in Istanbul on May 16, June 2 and July 23": one meeting per day of the list.
      const listed = event.type === 'talks' ? listedDays(sentence, trigger.end, cluster.to) : [];
      if (listed.length >= 2) {
        // "met in Siem Reap on Monday and Tuesday": days one after another are one meeting that ran over them.
        const running = listed.every((d, i) => i === 0 || d.from.slice(0, 10) === shiftDay(listed[i - 1].from.slice(0, 10), 1));
        if (running) proposals.push({ ...proposal, trigger, event: { ...event, start: listed[0].from, end: listed[listed.length - 1].to } });
        else for (const one of onEachDay(event, listed)) proposals.push({ ...proposal, trigger, event: one });
        continue;
      }
      // "travel to Cairo for talks with Egyptian mediators": one visit, the talks' partners among its participants.
      const visit = proposals.findLast((p) => p.event.type === 'visit' && p.trigger.start < trigger.start);
      const alongVisit = /\bwhere\b/.test(sentence.text.slice(visit?.trigger.end ?? 0, trigger.start)) || (/,\s$/.test(before) && /^(?:sitting|meeting|holding)/i.test(sentence.text.slice(trigger.start)));
      if (event.type === 'talks' && visit && (PURPOSE.test(before) || alongVisit)) {
        visit.event.participants = [...new Set([...visit.event.participants, ...event.participants])];
        for (const id of event.named) visit.event.named.add(id);
        continue;
      }
      const sameParties = SAME_PARTIES.test(sentence.text.slice(cluster.from, cluster.to));
      if (event.type === 'talks' && process.length && ((sides(event).length < 2 && sameParties) || /round|session/i.test(sentence.text.slice(trigger.start, trigger.end)))) {
        // "The previous round", "the delegations will meet again": the parties of the process so far.
        event.participants = [...new Set([...event.participants, ...process])];
      } else if (event.type === 'talks' && sides(event).length < 2 && sameParties) {
        // A live blog tells the story backwards: the parties may be named only further down.
        orphans.push(event);
      }
      // "…extend their talks, after three days of discussions": a second mention in the same sentence, nothing new.
      if (event.named.size === 0 && !event.start && proposals.some((p) => p.event.type === event.type)) continue;
      if (event.type === 'talks' && processPeople.length && SAME_PEOPLE.test(sentence.text.slice(cluster.from, cluster.to))) {
        event.participants = [...new Set([...event.participants, ...processPeople, ...process])];
      }
      if (event.type !== 'visit' && event.type !== 'cabinet_meeting' && sides(event).length >= 2) process = event.participants;
      const people = [...event.named].filter((id) => ctx.actors.actors.get(id)!.kind === 'person');
      if (event.type === 'talks' && people.length >= 2) processPeople = withAffiliations(ctx, people.map((id) => ctx.actors.actors.get(id)!)).map((a) => a.id);
      proposals.push({ ...proposal, trigger });
      if (event.type === 'visit') traveller = [...event.named].map((id) => ctx.actors.actors.get(id)!).find((a) => a.kind === 'person') ?? traveller;
    }
    for (const p of proposals) {
      if (headline) headlines.push({ event: p.event, entryTitle: sentence.entryTitle });
      else lastTold = { event: mergeOrAdd(events, p.event, p.anaphoric, p.describes), sentence: sentence.index };
    }
  }
  for (const e of orphans) e.participants = [...new Set([...e.participants, ...process])];
  // A headline repeats the story: it adds to the event the body tells of, never makes one of its own.
  for (const { event: h, entryTitle } of headlines) {
    const sameType = events.filter((e) => e.type === h.type && datesOverlap(e, h));
    // "- Second round tentatively planned for Dec. 7": a summary line that names no one is the body's event of that date.
    const target = sameType.find((e) => [...h.named].some((id) => e.participants.includes(id)))
      ?? (h.type === 'cabinet_meeting' || (h.named.size === 0 && h.start) ? sameType[0] : undefined);
    if (target) {
      target.reportedBy = [...new Set([...target.reportedBy, ...h.reportedBy])];
      target.participants = [...new Set([...target.participants, ...h.participants])];
    } else if (h.start && !entryTitle) events.push(h);
  }
  return events.filter((e) => e.named.size > 0 || e.start !== null);
}

function findTriggers(sentence: SentenceContext): Trigger[] {
  const found: Trigger[] = [];
  for (const [type, re] of TRIGGERS) {
    for (const m of sentence.text.matchAll(re)) {
      const start = m.index!;
      const end = start + m[0].length;
      if (found.some((t) => t.start < end && start < t.end)) continue;
      // "Centre for Mediation and Dialogue", "Negotiations Support Unit": a word of a body's name is no event.
      if (sentence.mentions.some((x) => x.start <= sentence.start + start && sentence.start + end <= x.end && x.end - x.start > end - start)) continue;
      if (NEGATED.test(sentence.text.slice(Math.max(0, start - 40), start))) continue;
      // "agreed to establish an annual Strategic Dialogue": a standing channel set up, not a meeting held.
      if (/^(?:dialogue|consultations|mechanism|meetings?)$/i.test(m[0]) && ESTABLISHED.test(sentence.text.slice(Math.max(0, start - 80), start))) continue;
      if (CALLED_OFF.test(sentence.text.slice(end))) continue;
      // "is prepared to meet Putin", "a meeting between them was not on the agenda": an offer or a denial, dated or not.
      if (/\b(?:ready|prepared|willing|offered|offers|offering) to\s$/i.test(sentence.text.slice(Math.max(0, start - 20), start))) continue;
      if (/^[^.;]{0,60}?\b(?:is|was|are|were)\s["“]?not on the agenda\b/i.test(sentence.text.slice(end))) continue;
      // "The retreat traditionally takes place on the last day", "the council usually meets on Mondays": a custom, not a meeting.
      if (/\b(?:traditionally|usually|typically|customarily|normally|generally)\s(?:takes? place|is held|are held|meets?|convenes?|sits?|gathers?)\b/i
        .test(sentence.text.slice(Math.max(0, start - 16), end + 30))) continue;
      // "Every line was negotiated by South Sudanese": a text's making, not a meeting.
      if (/^negotiated$/i.test(m[0]) && /\b(?:was|were|been|being|is|are)\s$/i.test(sentence.text.slice(Math.max(0, start - 8), start))) continue;
      if (/^meet/i.test(m[0]) && /^\s(?:the\s)?(?:demands?|needs?|conditions?|deadline|expectations?|criteria)/i.test(sentence.text.slice(end))) continue;
      // "keep seeking dialogue", "cannot replace genuine dialogue": dialogue as an idea; "the Belgrade-Pristina dialogue" is talks.
      if (/^dialogue$/i.test(m[0]) && !/(?:\b(?:the|a|an|this|that|their|its|his|her|new|direct|first|second|third|next|latest|strategic|bilateral|trilateral)|\p{Lu}[\p{L}-]*['’]?)\s(?:[\p{L}-]+\s)?$/u.test(sentence.text.slice(Math.max(0, start - 40), start))) continue;
      // "the deadline can be met": a passive "met" meets nobody, unless someone is met by someone.
      if (/^met$/i.test(m[0]) && /\b(?:be|been|being|is|are|was|were)\s$/i.test(sentence.text.slice(Math.max(0, start - 8), start)) && !/^\s(?:\w+\s)?by\b/.test(sentence.text.slice(end))) continue;
      // "the Ministers will meet Prime Minister Manele", "ministers met with the envoy": ministers meeting someone hold talks, not cabinet.
      if (type === 'cabinet_meeting' && /^ministers\b/i.test(m[0])
        && /^\s(?:(?:with|the|their|his|her|its|a|an|counterparts?)\b|(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)\p{Lu})/u.test(sentence.text.slice(end))) continue;
      if (type === 'cabinet_meeting' && !/meet|\bmet\b|\bheld\b|session|sitting|conven|gather|vot|consult|brief|updat|presid|chair|summon|approv|endors|appoint|adopt|attend|signs? off|signed off/i.test(sentence.text)) continue;
      // "is due in Doha", "flew into Cairo", "left for Amman", "to land in Israel": a place follows, capitalised (the words' pattern ignores case, so
      // "due in two weeks", "left for good" are checked here).
      if (type === 'visit' && /(?:due (?:in|at)|into|stop(?:over)? in|for|land(?:s|ing)? (?:in|on|at)|went to|go(?:es)? on to|^spen[dt] .* in)$/i.test(m[0]) && !/^\s\p{Lu}/u.test(sentence.text.slice(end))) continue;
      // ("arrived at Joint Base Andrews", "arrived at the White House"; not "arrived at a compromise".)
      if (type === 'visit' && /^arrive[sd]? at$/i.test(m[0]) && !/^\s(?:the\s)?\p{Lu}/u.test(sentence.text.slice(end))) continue;
      // (Only someone named's stay in a known capital or place: "was in talks", "The breakthrough was in Geneva" are none.)
      if (type === 'visit' && /^(?:will|would|was|were)\b/.test(m[0])) {
        const place = /^\s(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?)/u.exec(sentence.text.slice(end))![1];
        if (![place, place.split(' ')[0]].some(isPlace)) continue;
        // ("Secretary Salgado has accepted the invitation and will be in Canberra on 26 April": the subject's second verb.)
        if (!/(?:\b(?:he|she|He|She|I|we|We)|\p{Lu}[\p{L}'’-]+|\band)\s$/u.test(sentence.text.slice(Math.max(0, start - 30), start))) continue;
      }
      // "The visits follow Monday's meeting", "The trip comes after …": the visit told already, placed by what it follows.
      if (type === 'visit' && /^(?:visits?|trips?)$/i.test(m[0]) && /\b(?:[Tt]he|[Tt]his|[Tt]hese|[Tt]hose)\s$/.test(sentence.text.slice(Math.max(0, start - 6), start))
        && /^\s(?:follows?|followed|comes?|came)\b/.test(sentence.text.slice(end))) continue;
      // "as he heads to the airport", "leaders head back to the table": going somewhere, not visiting anyone.
      if (type === 'visit' && /^\s(?:the\s)?(?:airport|venue|room|hotel|talks|meeting|border|front|region|area|scene|site|capital|table|negotiating table|polls)\b/.test(sentence.text.slice(end))) continue;
      // "called Hamas a terrorist group", "called the President a liar": a name given, not a call.
      if (/^called$/i.test(m[0]) && /^\s[^.;]{0,50}?\s(?:a|an)\s/.test(sentence.text.slice(end, end + 60)) && !/\bto\s(?:discuss|talk|review|brief|convey|express|offer|congratulate|thank)/.test(sentence.text.slice(end, end + 80))) continue;
      found.push({ type, start, end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

interface Cluster {
  triggers: Trigger[];
  from: number;
  to: number;
  /** Offset of the first trigger of the sentence: actors before it are the subject of every clause. */
  subject: number;
}

/** Triggers of one type next to each other are one event; a separator between them makes two. */
function clusterTriggers(sentence: SentenceContext, triggers: Trigger[]): Cluster[] {
  const clusters: Cluster[] = [];
  const s = sentence.text;
  for (const t of triggers) {
    const last = clusters[clusters.length - 1];
    const between = last ? s.slice(last.triggers[last.triggers.length - 1].end, t.start) : '';
    // "The cabinet approved the deal in a meeting that …": the meeting is the cabinet's.
    // ("The Council of Ministers met in extraordinary session", "the cabinet of Prime Minister Kamil Idris met on Tuesday",
    // "The full cabinet is scheduled to meet", "Cabinet will next meet on Thursday".)
    const cabinetsOwn = last?.triggers[0].type === 'cabinet_meeting' && t.type === 'talks'
      && (/^(?:[\w-]+ )?(?:meeting|session)$/i.test(s.slice(t.start, t.end)) || (/^(?:met|meets?)$/i.test(s.slice(t.start, t.end))
        && (/^\s+of\s[^,;]{0,60}\s$/.test(between) || /^\s+(?:(?:is|are|was|were|will|would)\s(?:[\w-]+\s){0,2}to|will(?:\s(?:next|again|also))?)\s$/.test(between))));
    if (last && (last.triggers[0].type === t.type || cabinetsOwn) && !new RegExp(SEPARATORS.source).test(between)) {
      last.triggers.push(t);
      continue;
    }
    // "a meeting of his Council of Ministers", "At its regular Monday meeting yesterday, Cabinet agreed", "The government
    // meets at 1100 for its regular cabinet session": the cabinet's meeting ("met before the cabinet session" is not).
    const meetingEnd = last ? sentence.start + last.triggers[0].end : 0;
    const ofCabinet = last?.triggers.length === 1 && last.triggers[0].type === 'talks' && t.type === 'cabinet_meeting'
      && /^(?:meeting|session|meets|met)$/i.test(s.slice(last.triggers[0].start, last.triggers[0].end))
      && !new RegExp(SEPARATORS.source).test(between)
      && !sentence.mentions.some((m) => m.start >= meetingEnd && m.start < sentence.start + t.start);
    if (ofCabinet) {
      last.triggers.unshift(t);
      continue;
    }
    if (last) {
      const lastEnd = last.triggers[last.triggers.length - 1].end;
      const seps = [...between.matchAll(SEPARATORS)];
      // "In the run-up to the Oslo talks, State Secretary X travelled to Manila": a comma before a new subject ends the first
      // event's clause ("…, where she spent Wednesday in meetings" goes on with the same one).
      const comma = between.lastIndexOf(', ');
      const newSubject = comma >= 0 && !/^(?:where|which|who|whom|whose|when|while|as)\b/.test(between.slice(comma + 2))
        && sentence.mentions.some((m) => m.start >= sentence.start + lastEnd + comma && m.end <= sentence.start + t.start);
      const boundary = seps.length ? lastEnd + seps[0].index! : newSubject ? lastEnd + comma : t.start;
      last.to = boundary;
    }
    clusters.push({ triggers: [t], from: last ? last.to : 0, to: s.length, subject: triggers[0].start });
  }
  // A clause after a separator starts at the separator closest to its trigger ("…, ahead of Trump's visit").
  for (const c of clusters) {
    const seps = [...s.slice(c.from, c.triggers[0].start).matchAll(SEPARATORS)];
    if (seps.length && c.from > 0) c.from += seps[seps.length - 1].index!;
  }
  return clusters;
}

function buildEvent(ctx: ArticleContext, sentence: SentenceContext, triggers: Trigger[], from: number, to: number, subjectEnd: number, traveller?: Actor) {
  const type = triggers[0].type;
  const s = sentence.text;
  // "The meeting in Seoul came a day after Kim Yo-jong denounced …": what it came after is another clause, with its own day.
  const lastEnd = triggers[triggers.length - 1].end;
  const cameAfter = /\s(?:came|comes|come)\s(?:just\s)?(?:a|one|two|three|\d+)\s(?:days?|weeks?)\s(?:after|before)\b/.exec(s.slice(lastEnd, to));
  if (cameAfter) to = lastEnd + cameAfter.index;
  const abs = (i: number) => sentence.start + i;
  // "in Utrecht, the Netherlands": a country that only says where a town lies takes no part.
  const whereOnly = (m: Mention) => /\b(?:in|at|near)\s\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?,\s(?:the\s)?$/u.test(ctx.text.slice(Math.max(0, m.start - 40), m.start));
  const inClause = type === 'visit' ? visitors(ctx, sentence, triggers[0], from, traveller)
    : mentionsIn(sentence, abs(from), abs(to)).filter((m) => !whereOnly(m)).flatMap((m) => [actorOf(ctx, m), ...describedPerson(ctx, m)]);
  // "The following day she was received by President X", "Opening a Cabinet meeting in Yerevan on Thursday, he said": she
  // or he takes part too.
  const subjectBefore = mentionsIn(sentence, abs(from), abs(triggers[0].start)).some((m) => actorOf(ctx, m).kind === 'person');
  const participleSubject = /^\p{Lu}\p{Ll}+ing\b[^,]*,\s(?:he|she)\b/u.test(s) && !mentionsIn(sentence, sentence.start, abs(s.indexOf(','))).some((m) => actorOf(ctx, m).kind === 'person');
  if (type !== 'visit' && !subjectBefore && (participleSubject || /\b(?:he|she)\b/i.test(s.slice(from, triggers[0].start)))) {
    const person = referent(ctx, sentence, traveller);
    if (person) inClause.unshift(person);
  }
  // "…, as well as talks with …", "X landed on Tuesday and went straight into a meeting with …": the sentence's subject takes part.
  const sharesSubject = from > subjectEnd && /^,? (?:as well as|but also|alongside)\b/.test(s.slice(from))
    || sameSubjectVerb(sentence, subjectEnd, triggers[0].start);
  const subjects = sharesSubject ? mentionsIn(sentence, sentence.start, abs(subjectEnd)).map((m) => actorOf(ctx, m)) : [];
  const named = [...new Set([...inClause, ...subjects, ...pairTold(ctx, sentence, s.slice(from, to), inClause)])].filter((a) => a.kind !== 'media');
  const participants = withAffiliations(ctx, type === 'cabinet_meeting' ? [...named, ...cabinetOwners(ctx, sentence, triggers[0].start, from, to, named)] : named);
  const reportedBy = sentence.mentions.map((m) => actorOf(ctx, m)).filter((a) => a.kind === 'media');
  const clause = s.slice(from, to);
  // "wants to see Russia withdraw": only seeing a person, or a delegation, is a meeting; "spoke to Reuters" is an interview.
  const word = s.slice(triggers[0].start, triggers[0].end);
  const addressee = /see$|^spoke to$|^received$/.test(word) ? mentionsIn(sentence, abs(triggers[0].end), abs(triggers[0].end + 40)).map((m) => actorOf(ctx, m))[0] : undefined;
  if (/see$|^received$/.test(word) && /^\s\p{Lu}/u.test(s.slice(triggers[0].end)) && addressee?.kind !== 'person') return null;
  if (word === 'spoke to' && addressee?.kind === 'media') return null;
  // "familiar with the negotiations", "ahead in the talks": a passing reference, not a new mention ("at their last session
  // in Port Moresby in April" is one, dated).
  // Only an event named by a noun can be the object of those words ("discussed the process by telephone with" is a call).
  const noun = !/^(?:by|over|met|meets?|sat|sitting|sits|spoke|spoken|talked|receive[sd]?|(?:tele)?phoned|confer\w*|shuttl\w*|held|had|made|holds|has|have|to|will|would|visit(?:s|ed|ing)|arriv\w*|fl(?:y|ew|ies|own|ying)|travel\w*|head\w*|landed|touched)\b/i.test(word);
  // "said in his statement after the meeting", "before entering the meeting": the time of something else, when no other
  // trigger follows ("Two days after the Muscat meeting, X sat down with Y" tells of a new one).
  const lead = s.slice(Math.max(0, triggers[0].start - 30), triggers[0].start);
  const passing = noun && (PASSING.test(lead) || (triggers.length === 1 && AROUND_IT.test(lead)));
  // ("On the sidelines of the meeting, Wadephul met Sybiha": the meeting beside which another was held is told of before.)
  if (triggers.length > 1 && SIDELINES_OF.test(s.slice(Math.max(0, triggers[0].start - 60), triggers[0].start))) {
    return buildEvent(ctx, sentence, triggers.slice(1), triggers[0].end, to, subjectEnd, traveller);
  }
  // ("After the talks, the two heads of state witnessed the signing of …": the event told after the passing one.)
  if (passing && triggers.length > 1 && triggers[1].type !== type && AROUND_IT.test(lead) && /^,\s/.test(s.slice(triggers[0].end))) return buildEvent(ctx, sentence, triggers.slice(1), triggers[0].end, to, subjectEnd, traveller);
  if (passing && !sentence.dates.some((d) => !d.stamp && d.start - sentence.start >= triggers[0].end && d.start - sentence.start <= to)) return null;
  // "after Saturday's opening session" names its day as "the session" would: it refers to a meeting already told of
  // ("Tuesday's meeting was prepared in a phone call" tells of the call).
  // "paved the way for this week's trip with a visit to Athens": a second, indefinite trigger tells of a new event.
  const newOne = triggers.slice(1).some((t) => /\b(?:a|an|another)\s(?:[\w'’-]+\s){0,2}$/i.test(s.slice(Math.max(0, t.start - 25), t.start)));
  const definite = !newOne && (ANAPHORIC.test(s.slice(Math.max(0, triggers[0].start - 25), triggers[0].start)) || (triggers.length === 1 && /^[\p{L}\s]+'s\s/u.test(word)));
  const anaphoric = definite && (named.length === 0 || !/^\s(?:between|with|among|involving|of|in)\b/.test(s.slice(triggers[triggers.length - 1].end)));
  const describes = anaphoric && DESCRIBES_EVENT.test(s);
  // "Calloway landed on Tuesday 14 May and went straight into a meeting": a clause without its own date shares the one before,
  // "… last met in Moscow in August last year, when the UAE president paid a state visit": the time the clause before names.
  const date = pickDate(sentence, from, to, triggers[0].start) ?? (/\band\s(?:[\w-]+\s){0,5}$|,\swhen\s(?:[\w-]+\s){0,6}$/.test(s.slice(0, triggers[0].start)) ? pickDate(sentence, 0, from, from) : undefined)
    ?? sentenceOpener(sentence, triggers[0].start);
  let when: Pick<FoundEvent, 'start' | 'end' | 'precision' | 'approximate'> = { start: null, end: null, precision: null, approximate: false };
  // "plans to visit Abu Dhabi and Cairo in the coming weeks": an intention with no day set is not on the timeline. So is a
  // wish: "proposed that officials meet before the end of March", "should meet again later this year".
  if (date?.unscheduled) return null;
  // (A clause that opens at its trigger still has the words just before it: "expected to discuss a proposed visit".)
  const wish = WISH.test(s.slice(Math.min(from, Math.max(0, triggers[0].start - 30)), triggers[0].start));
  if (wish && (!date || !['day', 'hour', 'minute'].includes(date.precision) || /^end\b/i.test(s.slice(date.start - sentence.start)))) return null;
  // ("… a first face-to-face meeting between them could follow".)
  if (/^[^.;,]{0,60}?\b(?:could|might) (?:follow|come|take place|happen)\b/.test(s.slice(triggers[triggers.length - 1].end))) return null;
  if (date) when = { start: date.from, end: date.to, precision: date.precision, approximate: date.approximate };
  // "Overnight, Minister Kelleher spoke by phone with …", "Dar landed in Ankara overnight": the night before the day it is
  // told on, dated by the evening it began ("the overnight session" is only how long it ran).
  // (Nor is "said in a statement posted overnight that a summit …" a summit told of.)
  else if (/\bovernight\b(?!\s(?:[\w-]+\s)?(?:session|round|talks|train|flight|stay|meeting|negotiations|bus|ferry)\b)/i.test(clause)
    && !/\b(?:said|says|told|statement|posted|reported|wrote|tweeted)\b[^.;]{0,40}\bovernight\b/i.test(clause) && !isFutureClause(clause)) {
    const eve = shiftDay(localDate(sentence.clock, sentence.clock.reference), -1);
    when = { start: eve, end: eve, precision: 'day', approximate: false };
  }
  // ("TUES. / • The Quad reconvenes in Jeddah": an item listed under a week ahead's weekday is that day's.)
  else if (sentence.clock.listedDay) when = { start: sentence.clock.listedDay, end: sentence.clock.listedDay, precision: 'day', approximate: false };
  else if (sentence.stamp && !isFutureClause(clause)) when = { start: sentence.stamp.from.slice(0, 10), end: sentence.stamp.from.slice(0, 10), precision: 'day', approximate: false };
  // "… said that "no negotiations are taking place," hours before the envoys sat down": a quotation is no sign of talks under way.
  else if (ONGOING.test(s.slice(0, to).replace(/["“][^"”]*["”]/g, '')) && !isFutureClause(clause)) {
    const today = localDate(sentence.clock, sentence.clock.reference);
    when = { start: today, end: today, precision: 'day', approximate: true };
  } else if (!isFutureClause(clause) && !/\b(?:these|those|such|this|that)\s(?:\w+\s){0,2}$/i.test(s.slice(Math.max(0, triggers[0].start - 25), triggers[0].start))) {
    // "Araghchi flew to Muscat on Sunday. He and Albusaidi held three hours of talks": the day the paragraph is telling of
    // ("those meetings" refer back instead, and merge with what they refer to).
    const told = paragraphDay(ctx, sentence);
    if (told) when = { start: told, end: told, precision: 'day', approximate: false };
  }
  // "two days of talks that ended on Monday", "will meet for three days", "wrapped up a two-day visit on Tuesday": a range
  // around the stated day ("arrived on Monday for a three-day visit" dates the arrival).
  const days = N_DAYS.exec(clause);
  if (days && when.start && when.precision === 'day') {
    const n = COUNTS[(days[1] ?? days[2]).toLowerCase()] ?? Number(days[1] ?? days[2]);
    const day = when.start.slice(0, 10);
    const ended = /\b(?:ended|end|ends|concluded|wrapped up|closed|after|following|result of|outcome of)\b/i.test(clause);
    if (n > 1 && n < 15 && (ended || !/-day/.test(days[0]))) when = ended ? { ...when, start: shiftDay(day, 1 - n), end: day } : { ...when, start: day, end: shiftDay(day, n - 1) };
  }
  // Hypothetical events ("a third round could open") and questions ("Can another round halt the war?") are not on the
  // timeline until dated.
  // Nor is a meeting "at a mutually convenient date", or one a quotation talks of ("negotiating against the clock").
  // ('We want the groundwork … before we talk about a summit," the official said.': a quotation opened a sentence before.)
  const marks = (text: string) => (text.match(/["“”]/g) ?? []).length;
  const marksBefore = marks(s.slice(0, triggers[0].start));
  const quoted = marksBefore % 2 === 1 || (marksBefore === 0 && marks(s) % 2 === 1 && !/^\s*["“]/.test(s));
  if (!when.start && (HYPOTHETICAL.test(clause) || quoted || /\?["”’]?\s*$/.test(s))) return null;
  // "a ministerial meeting next year, but no date has been discussed": a plan given no more than a year ("a fourth round in
  // October, though no date has been set" is one of a month).
  if ((!when.start || when.precision === 'year') && NO_DATE.test(s)) return null;
  const ordinal = ORDINAL.exec(clause)?.[1]?.toLowerCase();
  const event: FoundEvent = {
    type,
    ...when,
    participants: participants.map((a) => a.id),
    named: new Set(named.map((a) => a.id)),
    location: findLocation(s, from, to, type),
    reportedBy: [...new Set(reportedBy.map((a) => a.id))],
    evidence: [sentence.start, sentence.end],
    confidence: Math.min(0.95, 0.45 + 0.15 * Math.min(named.length, 2) + (when.start ? 0.15 : 0)),
    ordinal,
    earlier: /\bsince\s(?:(?:our|their|the|his|her|its|that)\s)?(?:[\w-]+\s){0,2}$/i.test(lead),
    opening: /\b(?:began|begun|started|opened|kicked off|got under way|got underway)\b/.test(clause),
    sideline: SIDELINES.test(s) && named.length > 0,
    // (Not "ran past midnight local time": a meeting running into the next day keeps its own.)
    localDay: /\blocal time\b|\b\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)? time\b/u.test(clause) && !/\b(?:midnight|early hours|small hours|overnight)\b/i.test(clause),
    // The mention that dates the event and names its parties cites it best; a summarising lede loses ties.
    richness: (when.start ? 2 : 0) + Math.min(named.length, 2) - (inLede(ctx, sentence) ? 1 : 0),
  };
  return { event, anaphoric, describes };
}

/**
 * "spoke by telephone with the Guyanese leader": the person the article names as that country's leader (or minister,
 * envoy…), when the country's mention is such a description and exactly one of its people holds a matching role.
 */
function describedPerson(ctx: ArticleContext, m: Mention): Actor[] {
  const country = actorOf(ctx, m);
  if (country.kind !== 'government' || !/\bthe\s$/i.test(ctx.text.slice(Math.max(0, m.start - 4), m.start))) return [];
  const role = /^\s(leader|president|prime minister|foreign minister|head of state|premier|king|emir|envoy|negotiator)\b/i.exec(ctx.text.slice(m.end, m.end + 25))?.[1].toLowerCase();
  if (!role) return [];
  const people = [...ctx.actors.actors.values()].filter((a) => a.kind === 'person' && a.affiliation === country.id && a.mentions.some((x) => x[0] < m.start));
  const holders = role === 'leader' ? people.filter((a) => [...a.roles].some((r) => /president|prime minister|premier|king|emir|leader|chairman/.test(r))) : people.filter((a) => [...a.roles].some((r) => r.includes(role)));
  return holders.length === 1 ? holders : [];
}

/** One copy of an event per listed day or month, each dated by it. */
function onEachDay(event: FoundEvent, days: DateMention[]): FoundEvent[] {
  return days.map((d) => ({ ...event, named: new Set(event.named), start: d.from, end: d.to, precision: d.precision, approximate: d.approximate, evidence: [...event.evidence] }));
}

/** Days after a trigger that form one list ("on May 16, June 2 and July 23"), each its own date. */
function listedDays(sentence: SentenceContext, from: number, to: number): DateMention[] {
  // ("phone talks Monday, a day after North Korea fired …": a day counted from another event lists no second meeting.)
  const days = sentence.dates.filter((d) => !d.stamp && !d.counted && d.precision === 'day' && d.start - sentence.start >= from && d.end - sentence.start <= to);
  for (let i = 1; i < days.length; i++) {
    if (!/^(?:,\s*(?:and\s+)?|\s+and\s+)$/.test(sentence.text.slice(days[i - 1].end - sentence.start, days[i].start - sentence.start))) return [];
  }
  return days;
}

/** Whether the trigger follows "and" plus a verb, with nobody named after the "and": the subject's own second act. */
function sameSubjectVerb(sentence: SentenceContext, subjectEnd: number, trigger: number): boolean {
  if (trigger <= subjectEnd) return false;
  const and = COORDINATED.exec(sentence.text.slice(subjectEnd, trigger));
  return !!and && mentionsIn(sentence, sentence.start + subjectEnd + and.index, sentence.start + trigger).length === 0;
}

/** The first paragraph of an article of several paragraphs. */
function inLede(ctx: ArticleContext, sentence: SentenceContext): boolean {
  const paragraphs = ctx.text.split(/\n\s*\n/).filter((p) => p.trim().length > 80);
  if (paragraphs.length < 4) return false;
  const firstLong = ctx.text.indexOf(paragraphs[0]);
  return sentence.start < firstLong + paragraphs[0].length;
}

/** Who visits: the actor just before the trigger ("Trump's visit", "Blinken arrived in"), or "by X" after it. */
function visitors(ctx: ArticleContext, sentence: SentenceContext, trigger: Trigger, from: number, traveller?: Actor): Actor[] {
  const at = sentence.start + trigger.start;
  const before = mentionsIn(sentence, sentence.start + from, at).filter((m) => at - m.end <= 40 && actorOf(ctx, m).kind !== 'media');
  const after = sentence.text.slice(trigger.end);
  const by = /^\s(?:by|of)\s/.test(after) ? mentionsIn(sentence, sentence.start + trigger.end, sentence.start + trigger.end + 60).slice(0, 1) : [];
  // The hosts: "arrived in Beirut", "travel to Israel", "visit Paris", "travel to Fiji and Tonga".
  const host = /^\s(?:(?:in|to)\s)?(?:the\s)?\p{Lu}/u.test(after) ? mentionsIn(sentence, sentence.start + trigger.end, sentence.start + trigger.end + 25).slice(0, 1) : [];
  for (const m of host.length ? mentionsIn(sentence, host[0].end, host[0].end + 80) : []) {
    if (!/^(?:,\s*|,?\s+and\s+)$/.test(ctx.text.slice(host[host.length - 1].end, m.start))) break;
    host.push(m);
  }
  // "An Israeli delegation headed by X landed in Cairo": the delegation's side travels with its head.
  const delegation = mentionsIn(sentence, sentence.start + from, at)
    .filter((m) => /^\s(?:delegation|negotiating team|negotiators|envoys)\b/.test(ctx.text.slice(m.end, m.end + 20)) && !before.slice(-1).includes(m));
  // "Manele accepted an invitation from PM Rabuka to undertake a visit to Fiji": the one invited travels, not the host.
  const accepted = /\baccept(?:ed|s)\s(?:an?|the|his|her|their)\s(?:[\w-]+\s)?invitation\sfrom\s/.exec(sentence.text.slice(from, trigger.start));
  const guest = accepted ? mentionsIn(sentence, sentence.start + from, sentence.start + from + accepted.index).filter((m) => actorOf(ctx, m).kind !== 'media').slice(-1) : [];
  // "X has accepted Y's invitation and will be in Canberra": the sentence's subject is the one who will be there.
  const subject = /\band\s$/.test(sentence.text.slice(from, trigger.start)) && /^(?:will|would|was|were)\b/.test(sentence.text.slice(trigger.start))
    ? mentionsIn(sentence, sentence.start, sentence.start + 60).filter((m) => actorOf(ctx, m).kind === 'person').slice(0, 1) : [];
  // "Foreign Minister Jahongir Rustamov, who is paying an official visit to Kazakhstan": the one the clause is about travels.
  const relative = before.length ? null : /,\s(?:who|whose)\s[^,;]{0,50}$/.exec(sentence.text.slice(0, trigger.start));
  const antecedent = relative ? sentence.mentions.filter((m) => m.end <= sentence.start + relative.index && sentence.start + relative.index - m.end <= 2 && actorOf(ctx, m).kind !== 'media') : [];
  const who = [...delegation, ...(accepted ? guest : subject.length ? subject : antecedent.length ? antecedent : before.slice(-1)), ...by].map((m) => actorOf(ctx, m));
  if (who.length === 0 && /\b(?:he|she)\b/i.test(sentence.text.slice(from, trigger.start))) who.push(...[referent(ctx, sentence, traveller)].filter((a) => a !== undefined));
  return [...who, ...host.map((m) => actorOf(ctx, m))];
}

/** "The signing followed three hours of discussions between the two leaders": the two people last named before. */
function pairTold(ctx: ArticleContext, sentence: SentenceContext, clause: string, named: Actor[]): Actor[] {
  if (!/\b(?:the two|both) (?:leaders|presidents|prime ministers|premiers|heads of state|heads of government|(?:foreign )?ministers)\b/i.test(clause)) return [];
  if (named.filter((a) => a.kind === 'person').length >= 2) return [];
  const people: Actor[] = [];
  for (let i = sentence.index - 1; i >= Math.max(0, sentence.index - 3) && people.length < 2; i--) {
    for (const m of [...ctx.sentences[i].mentions].reverse()) {
      const a = actorOf(ctx, m);
      if (a.kind === 'person' && !people.includes(a) && people.length < 2) people.push(a);
    }
  }
  return people.length === 2 ? people : [];
}

/**
 * "She ended her tour in Nairobi": the person who opens the sentence before; else the traveller of a shuttle story
 * (other people's words come between her legs); else the first person named up to three sentences back.
 */
function referent(ctx: ArticleContext, sentence: SentenceContext, traveller?: Actor): Actor | undefined {
  const previous = ctx.sentences[sentence.index - 1];
  const opener = previous?.mentions.find((m) => m.start - previous.start <= 40 && actorOf(ctx, m).kind === 'person');
  if (opener) return actorOf(ctx, opener);
  if (traveller) return traveller;
  for (let i = sentence.index - 1; i >= Math.max(0, sentence.index - 3); i--) {
    const person = ctx.sentences[i].mentions.map((m) => actorOf(ctx, m)).find((a) => a.kind === 'person');
    if (person) return person;
  }
  return undefined;
}

/**
 * A cabinet meeting is its government's, though reports often leave that to the reader: "presiding over a meeting of his
 * Council of Ministers" is the chair's of the sentence before, and a cabinet meeting in Yerevan, or under a SEOUL
 * dateline, is that capital's country's.
 */
function cabinetOwners(ctx: ArticleContext, sentence: SentenceContext, trigger: number, from: number, to: number, named: Actor[]): Actor[] {
  const s = sentence.text;
  const possessive = /\b(?:his|her)\s(?:[\w-]+\s){0,2}$/i.test(s.slice(Math.max(0, trigger - 25), trigger));
  const chair = possessive && !named.some((a) => a.kind === 'person') ? referent(ctx, sentence) : undefined;
  const owners = chair ? [chair] : [];
  if (withAffiliations(ctx, [...named, ...owners]).some((a) => a.kind === 'government')) return owners;
  const country = sideOfCapital(ctx, findLocation(s, from, to, 'cabinet_meeting')) ?? sideOfCapital(ctx, datelineCapital(ctx));
  return country ? [...owners, country] : owners;
}

/** People bring their country along: Netanyahu's meeting is also Israel's. */
function withAffiliations(ctx: ArticleContext, named: Actor[]): Actor[] {
  const out = new Map<string, Actor>();
  for (const a of named) {
    out.set(a.id, a);
    if (a.affiliation) out.set(a.affiliation, ctx.actors.actors.get(a.affiliation)!);
  }
  return [...out.values()];
}

/** For a later sentence of a chronology's entry, the date the entry opens with. */
function entryHeadDate(ctx: ArticleContext, lineStart: number | undefined, sentence: SentenceContext): DateMention | undefined {
  if (lineStart === undefined) return undefined;
  const head = ctx.sentences.find((s) => s.start >= lineStart && s.start <= lineStart + 2);
  if (!head || head === sentence) return undefined;
  const lead = openingDate(head);
  return lead && !lead.stamp ? lead : undefined;
}

/** The date a sentence opens with ("Sept. 12: …", "• March 2023 – …"), if it opens with one. */
function openingDate(sentence: SentenceContext): DateMention | undefined {
  const first = sentence.dates[0];
  return first && first.start - sentence.start <= 2 ? first : undefined;
}

/**
 * "On Monday evening, shortly after arriving in the capital, Xi met with …": a day the sentence opens with dates all of it,
 * up to a verb of saying ("On Thursday, the spokesperson told reporters the talks had been candid": the day of the words).
 */
function sentenceOpener(sentence: SentenceContext, trigger: number): DateMention | undefined {
  const first = sentence.dates[0];
  const s = sentence.text;
  return first && !first.stamp && !first.counted && /^(?:(?:late|early)\s)?(?:on|in)?\s?$/i.test(s.slice(0, first.start - sentence.start))
    && /^,/.test(s.slice(first.end - sentence.start)) && !SAYING.test(s.slice(first.end - sentence.start, trigger)) ? first : undefined;
}

const SAYING = /\b(?:said|says|told|tells|stated|announced|added|warned|noted|confirmed|wrote|reported|insisted|stressed)\b/i;

/** The date in the trigger's clause nearest the trigger; stamps and datelines only give context. */
function pickDate(sentence: SentenceContext, from: number, to: number, trigger: number): DateMention | undefined {
  // A date before "that" or the reporting verb belongs to that verb ("told X on 1 March that a round could open", "in his
  // address on Tuesday, said Ukraine was ready to meet").
  const candidates = sentence.dates.filter(
    (d) => !d.stamp && d.start - sentence.start >= from && d.end - sentence.start <= to
      && !(d.end - sentence.start < trigger && /\b(?:that|said|says|told|tells|added|stressed|warned|insisted)\b/.test(sentence.text.slice(d.end - sentence.start, trigger))),
  );
  // "who has been in Phnom Penh since Monday, sat down … on Tuesday": a "since" date opens a stay, it does not date the event.
  const since = (d: DateMention) => /\bsince\s(?:(?:the\s)?\p{Lu}[\p{L}'’-]*\s){0,3}(?:in\s)?$/u.test(sentence.text.slice(Math.max(0, d.start - sentence.start - 40), d.start - sentence.start));
  // "the first formal round held in Norway since 2017", "the first summit hosted by Türkiye since Istanbul in 2004": when
  // the last one was, not a date of this one.
  // "the first time they have sat at the same table since the arrangement lapsed in July 2023": so is a date after a
  // "since" clause that a "first" before the trigger opens.
  // ("Park's trip to Tokyo was his first since taking office in August": the "first" may follow the trigger, unless the
  // "since" clause names an event of its own: "the first … since a previous round in Muscat on June 21".)
  const lastTime = (d: DateMention) => {
    const between = sentence.text.slice(trigger, d.start - sentence.start);
    const since = /\bsince\s(?:[\p{L}'’-]+\s){0,8}$/u.exec(between);
    if (!since) return false;
    return /\bfirst\b/i.test(sentence.text.slice(from, trigger))
      || (/\bfirst\b/i.test(between.slice(0, since.index)) && !/\b(?:round|talks|meeting|session|summit|visit|trip)\b/i.test(since[0]));
  };
  // "The meeting came barely two weeks after Manila lodged a protest, on 18 February": the date of what it came after
  // ("two days after the vote on 14 May" is counted from it: the count is the event's date).
  const otherEvent = (d: DateMention) => d.start - sentence.start > trigger && !COUNTED_FROM.test(sentence.text.slice(d.start - sentence.start))
    && /\b(?:days?|weeks?|months?|hours?|shortly|soon|just|barely|only|not long)\s(?:after|before)\s(?!\d|(?:midnight|noon|dawn|daybreak|sunset|sunrise|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b)/i.test(sentence.text.slice(trigger, d.end - sentence.start));
  // "extending Australia's support to the police until 2030": how long what was agreed lasts, not when it was agreed.
  // (A day it runs until may be the day something happens: "would run until Friday, when they hope to sign".)
  const until = (d: DateMention) => (d.precision === 'year' || d.precision === 'month') && /\b(?:until|till|through)\s(?:the\s(?:end|middle|start)\sof\s)?$/i.test(sentence.text.slice(Math.max(0, d.start - sentence.start - 24), d.start - sentence.start));
  const usable = candidates.filter((d) => !(since(d) && /\bfirst\b/i.test(sentence.text.slice(from, d.start - sentence.start))) && !lastTime(d) && !otherEvent(d) && !until(d));
  const dated = usable.some((d) => !since(d)) ? usable.filter((d) => !since(d)) : usable;
  const nearest = dated.sort((a, b) => Math.abs(a.start - sentence.start - trigger) - Math.abs(b.start - sentence.start - trigger))[0];
  // "concluded on the 30th of November a round … held from 27th to 30th November": the stretch that holds the day.
  const day = (iso: string) => iso.slice(0, 10);
  return dated.find((d) => nearest && d !== nearest && nearest.precision === 'day' && d.precision === 'day' && !d.approximate
    && day(d.from) < day(d.to) && day(d.to) <= shiftDay(day(d.from), 14)
    && day(d.from) <= day(nearest.from) && day(nearest.to) <= day(d.to) && day(nearest.from) === day(nearest.to)) ?? nearest;
}

const isPlace = (name: string) => PLACES.has(name) || CAPITALS.has(name);

function findLocation(s: string, from: number, to: number, type: EventType): string | null {
  const clause = s.slice(from, to);
  const re = type === 'visit' ? /\b(?:in|to|at)\s((?:the\s)?\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)*)/gu : /\b(?:in|at)\s((?:the\s)?\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)*)/gu;
  for (const m of clause.matchAll(re)) {
    const place = m[1].replace(/^the\s/, '');
    if (isPlace(place)) return place;
  }
  return null;
}

const RANK: Record<Precision, number> = { minute: 0, hour: 1, day: 2, week: 3, month: 4, year: 5 };

/** Two clock times this far apart on one day are two events ("reconvene at 09:00", "due to meet Rutte at about 19:00"). */
const APART_MS = 3 * 3_600_000;

function datesOverlap(a: FoundEvent, b: FoundEvent): boolean {
  if (!a.start || !b.start) return true;
  const timed = (e: FoundEvent) => e.precision === 'minute' || e.precision === 'hour';
  if (timed(a) && timed(b) && Math.abs(Date.parse(a.start) - Date.parse(b.start)) >= APART_MS) return false;
  return a.start.slice(0, 10) <= (b.end ?? b.start).slice(0, 10) && b.start.slice(0, 10) <= (a.end ?? a.start).slice(0, 10);
}

function subsetEither(a: Set<string>, b: Set<string>): boolean {
  const aInB = [...a].every((x) => b.has(x));
  const bInA = [...b].every((x) => a.has(x));
  return aInB || bInA;
}

/** The start of the dated-list line that holds a sentence, if it is one. */
function entryStart(ctx: ArticleContext, sentence: SentenceContext): number | undefined {
  const lineStart = lineOf(ctx, sentence);
  return LIST_ENTRY.test(ctx.text.slice(lineStart, lineStart + 80)) ? lineStart : undefined;
}

/** Later mentions of an event add to it: "These talks have been ongoing for days" dates the talks above. */
function mergeOrAdd(events: FoundEvent[], next: FoundEvent, anaphoric: boolean, describes = false): FoundEvent {
  const sameDay = (e: FoundEvent) => !!e.start && !!next.start && e.precision === 'day' && next.precision === 'day' && e.start.slice(0, 10) === next.start.slice(0, 10);
  // An entry of a chronology is its own event: it adds to what the same entry told of, or to the story's event of that very day.
  const sameType = events.filter((e) => e.type === next.type && (next.entry === undefined || e.entry === next.entry || (e.entry === undefined && sameDay(e)))
    && !(next.earlier && !e.start));
  // One entry is one event: "The two sides sign a declaration" goes on telling of "March 2023 – Talks in Rome", and an event
  // word types an entry that had none ("Early 2024: Kenya offers to take over the file. Kenyan envoys visit Juba").
  const entryEvent = next.entry === undefined ? undefined : events.find((e) => e.entry === next.entry);
  if (entryEvent && (next.type === 'other' || entryEvent.listed)) {
    if (entryEvent.listed && !next.listed) Object.assign(entryEvent, { type: next.type, listed: false, evidence: next.evidence, richness: next.richness });
    return mergeInto(entryEvent, next, anaphoric, describes);
  }
  const previous = sameType[sameType.length - 1];
  // "The first round" refers back only to a first round; a round is not the phone call before it. Undated, "That first
  // round ended without a statement" can only be the round just told of, and "a third session" a round still to come.
  const sameOrdinal = (e: FoundEvent) => !next.ordinal || e.ordinal === next.ordinal || (!e.ordinal && e.start !== null && (next.start !== null || anaphoric));
  const target = anaphoric
    ? previous && datesOverlap(previous, next) && sameOrdinal(previous) ? previous : [...sameType].reverse().find((e) => e.start && next.start && datesOverlap(e, next) && sameOrdinal(e))
    : sameType.find((e) => e.named.size > 0 && next.named.size > 0 && subsetEither(e.named, next.named) && datesOverlap(e, next) && sameOrdinal(e)) ??
      sameType.find((e) => sameDay(e) && (next.named.size === 0 || e.named.size === 0) && !next.sideline);
  // A mention that names other parties tells of another meeting: "The latest round opened on Nov. 10 with delegations
  // from the government and SSOMA" is not the leaders' phone call told of above.
  const sameParties = (e: FoundEvent) => [...next.named].every((id) => e.named.has(id));
  if (!target && anaphoric && next.opening && next.start && previous?.start && sameParties(previous) && next.start.slice(0, 10) < previous.start.slice(0, 10)
    && shiftDay(next.start.slice(0, 10), 14) >= previous.start.slice(0, 10)) {
    // "The talks began on Jan. 7": the talks reported above opened earlier than the day they were reported on.
    previous.start = next.start;
    previous.end ??= previous.start;
    previous.confidence = Math.min(0.95, previous.confidence + 0.05);
    return previous;
  }
  // "Yesterday in Mexico City, X held talks", from a release dated the next morning in Canberra, then "The meeting, on
  // Wednesday afternoon Mexico City time, …": the day the place's own clock gives is the meeting's.
  const dayOf = (e: FoundEvent) => e.start!.slice(0, 10);
  if (!target && anaphoric && next.localDay && next.precision === 'day' && previous?.precision === 'day' && previous.start && next.start
    && [shiftDay(dayOf(previous), -1), shiftDay(dayOf(previous), 1)].includes(dayOf(next)) && (previous.end ?? previous.start).slice(0, 10) === dayOf(previous)) {
    Object.assign(previous, { start: next.start, end: next.end });
    return mergeInto(previous, next, anaphoric, describes);
  }
  if (!target) {
    events.push(next);
    return next;
  }
  return mergeInto(target, next, anaphoric, describes);
}

/** What a later mention tells (a finer date, its people, outlets, place, better evidence) goes into the event it refers to. */
function mergeInto(target: FoundEvent, next: FoundEvent, anaphoric: boolean, describes: boolean): FoundEvent {
  const finer = target.start && next.start && next.precision && target.precision && RANK[next.precision] < RANK[target.precision] && next.start.slice(0, 10) >= target.start.slice(0, 10) && next.start.slice(0, 10) <= (target.end ?? target.start).slice(0, 10);
  if ((!target.start && next.start) || finer) Object.assign(target, { start: next.start, end: next.end, precision: next.precision, approximate: next.approximate });
  // A mention that refers back adds no one, unless the sentence is about the event itself.
  if (!anaphoric || describes) {
    for (const id of next.named) target.named.add(id);
    target.participants = [...new Set([...target.participants, ...next.participants])];
  }
  target.reportedBy = [...new Set([...target.reportedBy, ...next.reportedBy])];
  target.location ??= next.location;
  if (next.richness > target.richness && !anaphoric) {
    target.evidence = next.evidence;
    target.richness = next.richness;
  }
  target.confidence = Math.min(0.95, target.confidence + 0.05);
  return target;
}
