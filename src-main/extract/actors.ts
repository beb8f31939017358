// Finding actors in the text: the project's actors and the built-in lexicon first, then people
// and organisations recognised from titles and capitalised names, merged within the article.
import type { ActorKind, GazetteerActor, Span } from '../../shared/extraction';
import { ACTOR_KINDS } from '../../shared/extraction';
import { CAPITALS, COMMON_WORDS, COURTESY_TITLES, DOTTED_TITLES, LEXICON, MASTHEADS, NON_NAME_WORDS, ORG_HEADS, OUTLET_NOUNS, PERSON_TITLES, PLACES, ROLE_NOUNS } from './lexicon';
import { titleCased } from './lines';
import { formKey, namesRegex, normalizeName, withoutDiacritics } from './names';
import type { Sentence, Token } from './sentences';

export interface Actor {
  id: string;
  name: string;
  kind: ActorKind;
  aliases: Set<string>;
  mentions: Span[];
  /** The country or body a person or outlet belongs to ("Israeli Prime Minister …"). */
  affiliation?: string;
  /** Lower-case roles the article gives a person ("envoy", "prime minister"). */
  roles: Set<string>;
}

export interface Mention {
  start: number;
  end: number;
  actorId: string;
}

export interface ActorIndex {
  actors: Map<string, Actor>;
  /** Sorted by start, never overlapping. */
  mentions: Mention[];
}

/** A prefix joined to a name by a hyphen or an apostrophe: "al-Sharaa", "ad-Din", "el-Sisi". */
const JOINED_PREFIX = String.raw`(?:al|el|ad|ash|as|at|an|ar|az|ha|bin|ibn|abu|ben|de|da|di|van|von|le|la)[-‑'’]`;
// An initial or an abbreviated title ("George W. Bush", "Lt. Gen.", "H.E.") may end in a full stop; another word may not, or
// a name would run on into the next sentence ("… according to AZERTAC. Ghukasyan …").
const NAME_TOKEN = String.raw`(?:${JOINED_PREFIX})?[ʿʾʻʼ]?(?:(?:H\.E|\p{Lu}|${DOTTED_TITLES.join('|')})\.(?=\s\p{Lu})|\p{Lu}[\p{L}\p{M}'’ʿʾʻʼ]*)(?:-\p{L}[\p{L}\p{M}'’ʿʾ]*)*`;
/** Small words inside a person's name: "Mohammed bin Salman", "Bendito dos Santos Freitas", "Ursula von der Leyen". */
const NAME_PARTICLES = 'bin|ibn|bint|al|el|de|da|di|del|dos|das|do|van|von|der|den|ter|la|le|ben|abu|abd';
// "Ursula von der Leyen", "Abd al-Aziz": up to two particles between the words of a name.
const NAME_JOINER = String.raw`(?: (?:${NAME_PARTICLES})(?: (?:${NAME_PARTICLES}))? | )`;
const PARTICLE = new RegExp(`^(?:${NAME_PARTICLES})$`);
/** A word that may be part of a name: a capital first, after a joined prefix or an ʿayn. */
const PROPER_WORD = new RegExp(String.raw`^(?:[ʿʾʻʼ]?\p{Lu}|${JOINED_PREFIX}\p{Lu})`, 'u');
/** A word of a run with the particle after it kept to it ("bin Salman" reads as one step). */
const PARTICLED_TOKEN = new RegExp(`\\S+(?: (?:${NAME_PARTICLES})(?= )){0,2}`, 'g');
const NAME_RUN = new RegExp(`(?<![\\p{L}\\p{N}])${NAME_TOKEN}(?:${NAME_JOINER}${NAME_TOKEN})*`, 'gu');
const POSSESSIVE = /['’]s?$/;
/** Family names that come first in the name ("Wang Yi", "Park Yoon Joo"), so they are its short form. */
const FAMILY_NAME_FIRST = new Set([
  'Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Yang', 'Huang', 'Zhao', 'Wu', 'Zhou', 'Xu', 'Sun', 'Zhu', 'Hu', 'Guo', 'Lin', 'Luo', 'Gao', 'Xi',
  'Mao', 'Qin', 'Lü', 'Lyu', 'Lu', 'Ma', 'Zheng', 'Xie', 'Tang', 'Feng', 'Dong', 'Cao', 'Deng', 'Peng', 'Jiang', 'Cai', 'Yu', 'Du', 'Ye',
  'Cheng', 'Wei', 'Pan', 'Tian', 'Ding', 'Yuan', 'Shen', 'Ren', 'Yao', 'Qian', 'Xia', 'Zhong', 'Geng', 'Kong', 'Kim', 'Lee', 'Park',
  'Choi', 'Jung', 'Kang', 'Cho', 'Yoon', 'Jang', 'Lim', 'Han', 'Shin', 'Moon', 'Hun'
]);
const REPORTING_AFTER = /^(?:,\s[^,]{3,60},)?\s(?:has |had |have |also |reportedly |later |then )*(?:said|says|told|tells|stressed|warned|added|noted|confirmed|insisted|wrote|announced|argued|suggested|hinted|explained|stated|claimed|(?:was|is) (?:quoted|cited))\b/;

/** A title as a pattern: its full stops literal, its spaces any space. */
const escapeTitle = (t: string) => t.replace(/[.]/g, '\\.').replace(/ /g, '\\s');
const COURTESY = new Set([...COURTESY_TITLES, 'Hon'].map((t) => t.replace(/\.$/, '')));
const TITLE_RE = new RegExp(`^(?:${[...PERSON_TITLES].sort((a, b) => b.length - a.length).map(escapeTitle).join('|')})(?=\\s|$)`);
const ROLE_BEFORE = new RegExp(`(?:^|[\\s(])(${ROLE_NOUNS.slice().sort((a, b) => b.length - a.length).join('|')})\\s$`, 'i');
const APPOSITIVE_ROLES = ROLE_NOUNS.slice().sort((a, b) => b.length - a.length).join('|');
/** The word that makes an office another one: "the shadow foreign secretary", "the deputy foreign minister". */
const OTHER_OFFICE = /\b(?:shadow|former|deputy|vice|assistant|junior)\s$/i;
const OUTLET_BEFORE = new RegExp(`(?:${OUTLET_NOUNS.join('|')})\\s$`);
// "told the Meridian", "Speaking to the Clarion during a break", "told The Sentinel": a person is not told with "the"; a masthead is.
const TOLD_THE = /\b(?:told|telling|tells|[Ss]peaking to|[Tt]alking to|interview with|interviewed by)\s[Tt]he\s$/;
/** The last words of role nouns: "minister", "envoy", "leader". */
const ROLE_WORDS = new Set(ROLE_NOUNS.map((r) => r.split(' ').pop()!));
// "told RTÉ's Morning Ireland", "Speaking on Radio Kiskeya's Matin Débat": whose programme someone spoke on is an outlet.
const TOLD_ON = /\b(?:told|telling|tells|[Ss]peaking (?:on|to)|appearing on|interview(?:ed)? (?:on|with))\s$/;
const PROGRAMME_AFTER = /^['’]s\s(\p{Lu}[\p{L}\p{M}]+(?:\s\p{Lu}[\p{L}\p{M}]+){0,3})\b/u;
/** "told the Ministers", "told the Prime Ministers": people addressed by their office, which no masthead is named after. */
const namesOffice = (words: string[]) => words.every((w) => ROLE_WORDS.has(w.toLowerCase().replace(/s$/, '')) || TITLE_RE.test(w.replace(/s$/, '')));
/** A programme's name after a possessive: title-cased words, none of them an office ("Ukraine's President Zelensky" is none). */
const programmeAfter = (after: string) => {
  const words = PROGRAMME_AFTER.exec(after)?.[1].split(/\s/);
  return !!words && !words.some((w) => ROLE_WORDS.has(w.toLowerCase()) || TITLE_RE.test(w) || ORG_HEADS[w]);
};
const OUTLET_AFTER = /^\s(?:news agency|newspaper|daily|broadcaster|TV|television|radio|website)\b/;
const LOCATION_PREPOSITION = /(?:\b(?:in|to|at|from|near|via|into|toward|towards|outside)\s)$/;
// After a travel verb a capital names the host country: "arrived in Beirut", "fly to Doha".
// "Delegations from Kyiv and Moscow", "envoys from Khartoum": the capital stands for the government that sent them.
const SENT_FROM = /\b(?:delegations?|delegates|envoys?|officials|negotiators|teams?|representatives)\sfrom\s(?:\p{Lu}[\p{L}-]+\s(?:and|or)\s)?$/iu;
const TRAVEL_BEFORE = /\b(?:arrived|arrives|arriving|landed|lands|travel\w*|fly|flew|flies|flown|flying|heads?|headed|trip|visit\w*|tour|goes|go|going|went|returned|returns|(?:is|are|was|were|be) due)\s(?:on\s)?(?:in|to|into)?\s?$/;

const OFFICE_PHRASE = /\b(?:Minister|Ministry|Secretary|Under-Secretary|Secretary-General|Commissioner|Department|Office)\s(?:of|for)\s(?:(?:the\s)?\p{Lu}[\p{L}\p{M}'’-]*(?:,\s|\sand\s|\s))*$/u;
/** A run right after the "of" of an office or after the "and" of its list of portfolios; one after a comma is the holder. */
const insideOffice = (before: string) => /(?:\s(?:of|for)\s(?:the\s)?|\sand\s)$/.test(before) && OFFICE_PHRASE.test(before);
/** Letters after a name for a seat ("James Okafor MP", "Mary Lou Byrne TD"), which an office may follow. */
const SEAT_LETTERS = 'MP|MK|MLA|MSP|MEP|TD|QC|KC';
/** Letters that end a name without being part of it: seats, honours, "Jr". */
const TRAILING_LETTERS = new RegExp(String.raw`^(?:${SEAT_LETTERS}|MS|OBE|CBE|MBE|Jr\.?|Sr\.?|AO|AC)$`);
/** "James Okafor MP, Foreign Secretary,": an office named after the name (and its seat's letters). */
const OFFICE_AFTER_NAME = new RegExp(String.raw`^(?:\s(?:${SEAT_LETTERS}))?,\s(?:the\s)?((?:\p{Lu}[\p{L}-]+\s){0,3}(?:Secretary|Minister|Envoy|Ambassador|Adviser|Advisor|Spokesman|Spokeswoman|Spokesperson|Negotiator|Mediator|Coordinator|Commissioner|President|Chancellor)(?:\s(?:of|for)\s(?:the\s)?\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+){0,2})?),`, 'u');
/** "Helen Marsh, the foreign secretary,", "Hakan Fidan, Turkey's foreign minister,": an office in lower case after the name. */
const LOWER_OFFICE_AFTER_NAME = /^,\s(?:the|his|her|(?:\p{Lu}[\p{L}-]+['’]s))\s((?:[a-z-]+\s){0,2}(?:secretary|minister|prime minister|envoy|ambassador|spokesman|spokeswoman|spokesperson|negotiator|mediator|president|chancellor))(?:\s(?:of|for)\s[^,.;]{1,30})?[,.;]/u;
const OFFICE_FIELD_ENDS = new Set(['Affairs', 'Trade', 'Development', 'Cooperation', 'Co-operation', 'Defence', 'Defense', 'Security', 'Relief',
  'Police', 'Justice', 'Finance', 'Health', 'Energy', 'Industry', 'Labour', 'Agriculture', 'Fisheries', 'Tourism', 'Immigration', 'Planning',
  'Transport', 'Infrastructure', 'Environment', 'Education']);
const OFFICE_WORDS = new Set(['Secretary', 'Under-Secretary', 'Commissioner', 'Minister', 'Envoy', 'Ambassador', 'Representative', 'Spokesman', 'Commander', 'Councillor',
  'Spokeswoman', 'Spokesperson', 'Director', 'Chairman', 'Chairwoman', 'Governor', 'Adviser', 'Advisor', 'Coordinator', 'Mediator', 'Negotiator']);

// "Kumul Highway", "Ledra Palace", "State House": a street or a building, not a person.
const PLACE_HEADS = new Set(['Highway', 'Street', 'Road', 'Avenue', 'Boulevard', 'Square', 'Palace', 'Hotel', 'House', 'Airport', 'Bridge',
  'Hall', 'Building', 'Compound', 'Stadium', 'Castle', 'Residence', 'Base', 'Camp', 'Island', 'Islands', 'River', 'Lake', 'Valley', 'Drive', 'Lane']);

/** Words that open a place's name: "Lake Thun", "Mount Kenya", "Gulf of Aden". */
const PLACE_OPENERS = new Set(['Lake', 'Mount', 'Mt', 'Gulf', 'Bay', 'Lac', 'Mont']);

// The rest of an organisation's name after "for"/"of" when an acronym follows it, and a capitalised "X of the" before it.
const FULL_NAME_AFTER = /^\s(?:for|of|in)\s(?:the\s)?\p{Lu}[\p{L}\p{M}'’-]*(?:\s(?:and|of|the|for|de|du|des)\s(?:the\s)?\p{Lu}[\p{L}\p{M}'’-]*|\s\p{Lu}[\p{L}\p{M}'’-]*)*(?=\s\(\p{Lu}{2,6}\))/u;
const FULL_NAME_BEFORE = /(?<![\p{L}\p{M}'’-])(\p{Lu}[\p{L}\p{M}'’-]*)\s(?:of|for)\s(?:the\s)?$/u;
// "Justice and Equality Movement", "Truth and Reconciliation Commission", "National Unity and Reconciliation
// Commission": a body named for a pair of ideals. Both words of the pair must be ideals, so "Hamas and Security
// Council members" stays two names.
const IDEALS = new Set(['Justice', 'Equality', 'Truth', 'Reconciliation', 'Peace', 'Security', 'Liberation', 'Freedom', 'Development',
  'Democracy', 'Progress', 'Unity', 'Solidarity', 'Dignity', 'Change', 'Cooperation', 'Integration', 'Reform', 'Stability',
  'Prosperity', 'Law', 'Order', 'Sovereignty', 'Reconstruction', 'Dialogue', 'Renewal', 'Independence', 'Salvation']);
const IDEAL_BEFORE = /(?<![\p{L}\p{M}'’-])(?:\p{Lu}\p{Ll}+\s){0,2}(\p{Lu}\p{Ll}+)\s(?:and|&)\s$/u;

// "…of Malaysia, His Excellency Dato' Seri ": the courtesy titles just before a name (longest first, so "Rt Hon." beats "Hon.").
const HONORIFIC = `(?:${[...COURTESY_TITLES].sort((a, b) => b.length - a.length).map(escapeTitle).join('|')})`;
const HONORIFICS_BEFORE = new RegExp(`(?:\\s[Tt]he)?(?:\\s${HONORIFIC})*\\s$`);
/** Courtesy titles opening a text: "H.E. Dr. William Ruto, …". */
export const HONORIFICS_FIRST = new RegExp(`^(?:${HONORIFIC}\\s)*`);
/** One-word courtesy titles, which may stand inside a run of capitalised words ("Minister for Africa Lord Peter Whitlow"). */
const COURTESY_WORDS = new Set(COURTESY_TITLES.filter((t) => !t.includes(' ')));

/** First words of organisations named in French, Spanish, Portuguese, Italian, Malay or Indonesian ("Barisan Revolusi Nasional"). */
const FOREIGN_ORG_HEADS = new Set(['Centro', 'Agence', 'Agencia', 'Agência', 'Agenzia', 'Instituto', 'Institut', 'Istituto', 'Fundación',
  'Fundação', 'Fondation', 'Fondazione', 'Comisión', 'Comissão', 'Commissione', 'Conseil', 'Consejo', 'Conselho', 'Ministère', 'Ministerio',
  'Ministério', 'Asociación', 'Associação', 'Observatorio', 'Observatoire', 'Movimiento', 'Movimento', 'Mouvement', 'Frente',
  'Partido', 'Parti', 'Ejército', 'Armée', 'Oficina', 'Secretaría', 'Defensoría', 'Comité', 'Comitê', 'Unión', 'União', 'Rede',
  'Barisan', 'Partai', 'Gerakan', 'Angkatan', 'Pertubuhan', 'Majlis']);
/** The rest of such a name after its run of capitals: "para la Reconciliación", "d'Information", "de Estudios y Paz". */
const FOREIGN_NAME_TAIL = /^(?:\s(?:para|pour|por|per|de|del|des|du|da|do|dos|das|di|della|et|y|e)(?:\s(?:la|las|los|el|le|les|l['’]))?\s?|\sd['’]|\s(?=\p{Lu}))(?:\p{Lu}[\p{L}\p{M}'’-]*)(?:(?:\s(?:para|pour|por|per|de|del|des|du|da|do|dos|das|di|della|et|y|e)(?:\s(?:la|las|los|el|le|les|l['’]))?\s?|\sd['’]|\s)\p{Lu}[\p{L}\p{M}'’-]*)*/u;
const OUTLET_EDITION = /^\s(?:Mubasher|Haber|World|English|Arabic|Arabia|Persian|Türk|Turk|Urdu|Hindi|Español|Balkans|Hausa|Swahili|Monitoring|Africa|International)\b/u;

/** A capitalised word that may stand alone for a person: no common word, no function word. */
const plainNameWord = (w: string) => w.length >= 3 && /^\p{Lu}\p{Ll}+$/u.test(w) && !NON_NAME_WORDS.has(w) && !COMMON_WORDS.has(w);

/** Words that head the name of a text or a course: "Memorandum of Understanding", "Arrangement on Diplomatic Training". */
/** The heads of a text's name, which end no person's or body's name ("an Implementing Arrangement"). */
const TEXT_HEADS = new Set(['Memorandum', 'Arrangement', 'Agreement', 'Convention', 'Treaty', 'Protocol', 'Declaration', 'Charter']);
const DOCUMENT_HEADS = new Set([...TEXT_HEADS, 'Programme', 'Program', 'School', 'College', 'University', 'Academy', 'Law']);
/** "the Galata Centre for Eurasian Studies", "Institute of Diplomatic Studies": capitals after an organisation's or a
 * document's head and "for"/"of"/"on" finish its name; they are no person. */
function continuesName(before: string): boolean {
  const head = /(\p{Lu}[\p{L}-]*)\s(?:for|of|on)\s(?:the\s)?$/u.exec(before)?.[1];
  return !!head && (!!ORG_HEADS[head] || DOCUMENT_HEADS.has(head));
}

const PLACES_RE = namesRegex([...PLACES])!;
/** One-word names of groups in the lexicon ("Wagner"), which may also be someone's surname (a state's name stays the state's). */
const GROUP_WORDS = new Set(LEXICON.filter((e) => e.kind !== 'person' && e.kind !== 'government').flatMap((e) => [e.name, ...e.forms]).filter((f) => !/\s/.test(f)));

// The lexicon's forms make the same large pattern for every article without a gazetteer: compile it once.
const regexCache = new Map<string, RegExp | null>();
function cachedNamesRegex(names: string[]): RegExp | null {
  if (names.length < 200) return namesRegex(names);
  const key = names.join('\u0000');
  let re = regexCache.get(key);
  if (re === undefined) {
    re = namesRegex(names);
    if (regexCache.size > 8) regexCache.clear();
    regexCache.set(key, re);
  }
  return re ? new RegExp(re) : null;
}
// A name right after these is where something happens ("at the Palais Coburg", "in Kuala Lumpur").
const PLACE_BEFORE = /\b(?:in|at|near|outside|inside)\s(?:the\s)?$/;

interface Form {
  actorKey: string;
}

class Builder {
  actors = new Map<string, Actor>();
  mentions: Mention[] = [];
  private forms = new Map<string, Form>();
  private scanned = new Set<string>();
  private lexiconEntries = new Map<string, (typeof LEXICON)[number]>();
  private nextId = 1;

  constructor(
    private text: string,
    private sentences: Sentence[],
    private tokens: Token[],
    gazetteer: GazetteerActor[],
  ) {
    this.sentenceStarts = new Set(sentences.map((s) => s.start));
    this.tagAt = new Map(tokens.map((t) => [t.start, t.pos]));
    for (const g of gazetteer) {
      const actor = this.addActor(g.name, toKind(g.kind), g.id);
      for (const alias of g.aliases) this.forms.set(formKey(alias), { actorKey: actor.id });
      this.forms.set(formKey(g.name), { actorKey: actor.id });
      if (actor.kind === 'person') this.addSurnameForm(actor);
    }
    for (const entry of LEXICON) {
      const existing = [entry.name, ...entry.forms].map((f) => this.forms.get(formKey(f))).find(Boolean);
      const key = existing?.actorKey ?? `lexicon:${entry.name}`;
      for (const f of [entry.name, ...entry.forms]) if (!this.forms.has(formKey(f))) this.forms.set(formKey(f), { actorKey: key });
      if (!existing) this.lexiconEntries.set(key, entry);
    }
  }

  private addActor(name: string, kind: ActorKind, id?: string): Actor {
    const actor: Actor = { id: id ?? `a${this.nextId++}`, name, kind, aliases: new Set(), mentions: [], roles: new Set() };
    this.actors.set(actor.id, actor);
    return actor;
  }

  /** The actor behind a form, creating lexicon actors the first time they are mentioned. */
  private resolve(actorKey: string): Actor {
    const known = this.actors.get(actorKey);
    if (known) return known;
    const entry = this.lexiconEntries.get(actorKey)!;
    const actor = this.addActor(entry.name, entry.kind);
    for (const [k, f] of this.forms) if (f.actorKey === actorKey) this.forms.set(k, { actorKey: actor.id });
    return actor;
  }

  private addSurnameForm(person: Actor) {
    const parts = person.name.split(/\s+/);
    if (parts.length < 2) return;
    const surname = parts.slice(parts[parts.length - 2] === 'Al' ? -2 : -1).join(' ');
    // A surname that is also a group's one-word name ("Wagner") is the person's once the person is known.
    const taken = this.forms.get(formKey(surname))?.actorKey;
    const groupWord = taken !== undefined && GROUP_WORDS.has(surname);
    if (!NON_NAME_WORDS.has(surname) && (taken === undefined || groupWord)) this.forms.set(formKey(surname), { actorKey: person.id });
    // "Von der Leyen", "van der Berg": a surname that opens with particles is said with them.
    const particles = parts.findIndex((w, k) => k > 0 && k < parts.length - 1 && PARTICLE.test(w));
    if (particles > 0) {
      const particled = parts.slice(particles).join(' ');
      for (const form of [particled, particled[0].toUpperCase() + particled.slice(1)]) {
        if (!this.forms.has(formKey(form))) this.forms.set(formKey(form), { actorKey: person.id });
      }
    }
    const bare = surname.replace(/^(?:al|el|Al|El)[-\s]/, '');
    if (bare !== surname && !this.forms.has(formKey(bare))) this.forms.set(formKey(bare), { actorKey: person.id });
    // "Wang Yi" is "Wang", "Park Yoon Joo" is "Park": Chinese and Korean names put the family name first.
    if (FAMILY_NAME_FIRST.has(parts[0]) && parts.length <= 3 && !this.forms.has(formKey(parts[0]))) this.forms.set(formKey(parts[0]), { actorKey: person.id });
    // "Abiy and Isaias held talks", "Prabowo said": Ethiopian, Eritrean and Indonesian names (among others) are
    // shortened to the given name. A two-word name's first word that is no other form and no common word stands for it.
    const given = parts[0];
    if (parts.length === 2 && plainNameWord(given) && !this.forms.has(formKey(given))) this.forms.set(formKey(given), { actorKey: person.id });
    // "Iván Lozada Brito" is "Lozada", "Salva Kiir Mayardit" is "Kiir": of three plain words, the middle one is often the
    // name in use (a father's surname before a mother's, a name before a clan's).
    if (parts.length === 3 && parts.every((w) => /^\p{Lu}/u.test(w)) && plainNameWord(parts[1]) && parts[1].length >= 4 && !this.forms.has(formKey(parts[1]))) {
      this.forms.set(formKey(parts[1]), { actorKey: person.id });
    }
    // "Agaoglu" for "Ağaoğlu", "Sahverdiyev" for "Şahverdiyev": copy typed without diacritics names the same person.
    for (const form of [person.name, surname, bare]) {
      const plain = withoutDiacritics(form);
      if (plain !== form && !this.forms.has(formKey(plain))) this.forms.set(formKey(plain), { actorKey: person.id });
    }
  }

  private covered(start: number, end: number): boolean {
    return this.mentions.some((m) => m.start < end && start < m.end);
  }

  addMention(actor: Actor, start: number, end: number, asAlias = true) {
    if (this.covered(start, end)) return;
    this.mentions.push({ start, end, actorId: actor.id });
    actor.mentions.push([start, end]);
    if (!asAlias) return;
    const surface = this.text.slice(start, end).replace(POSSESSIVE, '');
    if (normalizeName(surface) !== normalizeName(actor.name)) actor.aliases.add(surface);
  }

  /** Pass over the text for every known form; capitals after "in"/"to" are places, not actors. */
  scanForms() {
    // The second pass looks only for the forms learnt since the first (surnames, acronyms): the rest are found already.
    const keys = [...this.forms.keys()].filter((k) => !this.scanned.has(k));
    for (const k of keys) this.scanned.add(k);
    const regex = cachedNamesRegex(keys.flatMap((k) => [k, k.replace(/'/g, '’')]));
    if (!regex) return;
    // "Mexico City" is a place, not Mexico.
    const places = [...this.text.matchAll(PLACES_RE)].map((p) => [p.index!, p.index! + p[0].length]);
    for (const m of this.text.matchAll(regex)) {
      if (places.some(([a, b]) => a <= m.index! && m.index! + m[0].length <= b && b - a > m[0].length)) continue;
      const form = this.forms.get(formKey(m[0]));
      if (!form) continue;
      const start = m.index!;
      const end = start + m[0].length;
      const lead = this.text.slice(Math.max(0, start - 20), start);
      if (CAPITALS.has(m[0]) && LOCATION_PREPOSITION.test(lead) && !TRAVEL_BEFORE.test(lead) && !SENT_FROM.test(this.text.slice(Math.max(0, start - 60), start))) continue;
      // "the Pretoria framework", "the Minsk agreements": a place that names a text or a process.
      if (CAPITALS.has(m[0]) && /^\s(?:framework|agreements?|accords?|process|declaration|format|formula|track|plan|protocol|communiqué|communique)\b/.test(this.text.slice(end, end + 16))) continue;
      if (this.insideByline(start)) continue;
      if (this.surnameOfSomeone(form.actorKey, start, m[0])) continue;
      // "US$ 400 million": a currency, not the state.
      if (/^\s?\$/.test(this.text.slice(end, end + 2))) continue;
      // "the Spanish daily El País", "translated from Spanish": a nationality that only says where an outlet or a language is from.
      const after = this.text.slice(end, end + 20);
      const adjective = /(?:ish|ese|ian|an|i|ic|ch)$/.test(m[0]) && !CAPITALS.has(m[0]);
      if (adjective && (OUTLET_AFTER.test(after) || /^\s(?:daily|weekly|news\s?site|media|press|channel|magazine|outlet)\b/.test(after)
        || (/\b(?:from|into)\s$/.test(lead) && /^\s*(?:[.,;\n]|$)/.test(after)))) continue;
      this.addMention(this.resolve(form.actorKey), start, end);
    }
  }

  /**
   * "Thérèse Kayikwamba Wagner", "Ms Wagner": a one-word name of a group in the lexicon that ends a person's name is
   * that person's surname, not the group ("the Russian Wagner group" stays the group: its word before is a known name).
   */
  private surnameOfSomeone(actorKey: string, start: number, word: string): boolean {
    const kind = (this.actors.get(actorKey) ?? this.lexiconEntries.get(actorKey))?.kind;
    if (kind === undefined || kind === 'person' || !GROUP_WORDS.has(word)) return false;
    const before = /(\S+)\s$/.exec(this.text.slice(Math.max(0, start - 30), start))?.[1];
    if (!before) return false;
    return /^(?:Mr|Ms|Mrs|Dr|Madam)\.?$/.test(before) || (plainNameWord(before) && !this.forms.has(formKey(before)) && !this.sentenceStartAt(start - before.length - 1));
  }

  /** Whether the line holding an offset is set in title case (a headline). */
  private titleCasedLine(offset: number): boolean {
    const to = this.text.indexOf('\n', offset);
    return titleCased(this.text.slice(this.text.lastIndexOf('\n', offset - 1) + 1, to < 0 ? undefined : to));
  }

  /** Bylines and credits: "By …", "WRITER: …", "Interview by …", "(Reporting by …; Editing by …)", "Media contact: …". */
  private insideByline(offset: number): boolean {
    const lineStart = this.text.lastIndexOf('\n', offset - 1) + 1;
    if (/^\(?(?:By|Reporting by|Editing by|Writing by|Written by|Words by|Story by|Additional reporting by|Compiled by|Interview(?:ed)? by|Interview:|(?:Writer|Author|Reporter|Media contact|Contact):?)\s/i.test(this.text.slice(lineStart, lineStart + 30))) return true;
    return /\((?:[^()]*;\s*)?(?:Reporting|Editing|Writing|Additional reporting|Compiled) by [^()]*$/i.test(this.text.slice(Math.max(lineStart, offset - 120), offset));
  }

  private sentenceStarts: Set<number>;
  private tagAt: Map<number, string>;

  private sentenceStartAt(offset: number): boolean {
    return this.sentenceStarts.has(offset);
  }

  private posAt(offset: number): string | undefined {
    return this.tagAt.get(offset);
  }

  /** Capitalised runs: people (titled, or two or more proper nouns), organisations, outlets. */
  scanNameRuns() {
    for (const m of this.text.matchAll(NAME_RUN)) {
      if (this.insideByline(m.index!)) continue;
      this.classifyRun(m.index!, m[0]);
    }
  }

  private classifyRun(runStart: number, run: string) {
    // Headings and labels in capitals ("MEDIA RELEASE") are not names; "Port Sudan-based", "Corps Commander-level" describe.
    if ((/\s/.test(run) && !/\p{Ll}/u.test(run)) || /-(?:based|led|backed|aligned|controlled|owned|run|born|style|era|level)$/.test(run)) return;
    const tokens = [...run.matchAll(PARTICLED_TOKEN)].map((t) => ({
      start: runStart + t.index!,
      text: t[0],
    }));
    // "Chairman of the State Duma Vyacheslav Volodin", "Speaker of the National Assembly Tran Thanh Man": the body an office
    // is of, then the person who holds it.
    const bodyHead = /\b(?:of|for)\s(?:the\s)?$/.test(this.text.slice(Math.max(0, runStart - 12), runStart))
      ? tokens.findIndex((t, k) => k > 0 && k <= tokens.length - 3 && ['body', 'government'].includes(ORG_HEADS[t.text])) : -1;
    if (bodyHead > 0 && tokens.slice(bodyHead + 1).every((t) => /^\p{Lu}\p{Ll}/u.test(t.text))) {
      const holder = tokens[bodyHead + 1].start;
      this.classifyRun(runStart, this.text.slice(runStart, tokens[bodyHead].start + tokens[bodyHead].text.length));
      this.classifyRun(holder, this.text.slice(holder, runStart + run.length));
      return;
    }
    if (this.classifyOrganisation(runStart, run)) return;
    if (this.foreignOrganisation(runStart, run)) return;
    let i = 0;
    let titled = false;
    let affiliation: string | undefined;
    const roles: string[] = [];
    // Peel leading known names (demonyms, countries), titles and sentence-opening words.
    while (i < tokens.length) {
      const rest = this.text.slice(tokens[i].start, runStart + run.length);
      const title = TITLE_RE.exec(rest);
      if (title) {
        titled = true;
        // ("Senator the Hon. Claire Moretti": a courtesy title is no office, and "the Hon." later names no one.)
        if (!COURTESY.has(title[0].replace(/\.$/, ''))) roles.push(title[0].toLowerCase().replace(/\.$/, ''));
        i += title[0].split(/\s+/).length;
        continue;
      }
      const mention = this.mentions.find((x) => x.start === tokens[i].start);
      if (mention) {
        const actor = this.actors.get(mention.actorId)!;
        if (actor.kind === 'media') this.outletEdition(mention);
        if (actor.kind === 'person' || actor.kind === 'media') return;
        affiliation = actor.id;
        while (i < tokens.length && tokens[i].start < mention.end) i++;
        continue;
      }
      const word = tokens[i].text.replace(POSSESSIVE, '');
      // "Jan Lipavský": a month's abbreviation before another name word is the given name it also is.
      const givenName = word === 'Jan' && i + 1 < tokens.length && plainNameWord(tokens[i + 1].text.replace(POSSESSIVE, ''));
      // "Commission President Omar Touray": a body's head word before its officer's title.
      const bodyOfTitle = ORG_HEADS[word] && i + 1 < tokens.length && TITLE_RE.test(this.text.slice(tokens[i + 1].start, runStart + run.length));
      if (!givenName && (NON_NAME_WORDS.has(word) || bodyOfTitle || (this.sentenceStartAt(tokens[i].start) && this.posAt(tokens[i].start) !== 'PROPN'))) {
        i++;
        continue;
      }
      break;
    }
    if (i >= tokens.length) return;
    let nameTokens = tokens.slice(i);
    while (nameTokens.length > 1 && TRAILING_LETTERS.test(nameTokens[nameTokens.length - 1].text.replace(/[.,]$/, ''))) nameTokens = nameTokens.slice(0, -1);
    // "Senior Adviser for Africa Massad Boulos": a place that ends an office comes before the name, not in it.
    if (nameTokens.length >= 3 && PLACES.has(nameTokens[0].text) && /\b(?:for|of|to)\s$/.test(this.text.slice(Math.max(0, nameTokens[0].start - 5), nameTokens[0].start))) {
      nameTokens = nameTokens.slice(1);
    }
    // "Minister for Africa Lord Peter Whitlow", "Settlements Minister Hila Ben-Ami": an honorific or an office word
    // inside the run starts the name.
    const honorific = nameTokens.findLastIndex((t, k) => k > 0 && k < nameTokens.length - 1 && (COURTESY_WORDS.has(t.text) || OFFICE_WORDS.has(t.text)));
    if (honorific > 0) {
      titled = true;
      nameTokens = nameTokens.slice(honorific + 1);
    }
    // "Minister for Pacific Affairs Pat Conroy", "Under-Secretary-General for Humanitarian Affairs Tom Fletcher": the
    // office's field ends where the name begins.
    const fieldEnd = nameTokens.findLastIndex((t, k) => k < nameTokens.length - 2 && OFFICE_FIELD_ENDS.has(t.text));
    if (fieldEnd >= 0 && nameTokens.slice(fieldEnd + 1).every((t) => plainNameWord(t.text.replace(POSSESSIVE, '')))
      && insideOffice(this.text.slice(Math.max(0, nameTokens[0].start - 90), nameTokens[0].start))) {
      titled = true;
      nameTokens = nameTokens.slice(fieldEnd + 1);
    }
    // Stop at the first word that cannot belong to a name ("Witkoff Monday").
    const stop = nameTokens.findIndex((t, k) => k > 0 && (NON_NAME_WORDS.has(t.text.replace(POSSESSIVE, '')) || this.mentions.some((x) => x.start === t.start)));
    if (stop > 0) nameTokens = nameTokens.slice(0, stop);
    // "Secretary Rubio's Call with …": a possessive ends the name; what follows is his.
    const owner = nameTokens.findIndex((t, k) => k < nameTokens.length - 1 && /['’]s$/.test(t.text)
      && !TITLE_RE.test(this.text.slice(nameTokens[k + 1].start, runStart + run.length)));
    if (owner >= 0) nameTokens = nameTokens.slice(0, owner + 1);
    const start = nameTokens[0].start;
    const lastToken = nameTokens[nameTokens.length - 1];
    const end = lastToken.start + lastToken.text.replace(POSSESSIVE, '').replace(/[.,]$/, '').length;
    if (end <= start || this.covered(start, end)) return;
    const name = this.text.slice(start, end);
    const words = name.split(/\s+/);
    if (PLACES.has(name) || words.some((w) => PLACES.has(w) && words.length === 1)) return;
    const before = this.text.slice(Math.max(0, start - 40), start);
    const after = this.text.slice(end, end + 80);

    const head = words[words.length - 1];
    if (PLACE_HEADS.has(head)) return;
    // "above Lake Thun", "on Mount Lebanon": a place named by what it is first.
    if (!titled && words.length <= 3 && PLACE_OPENERS.has(words[0])) return;
    // "9am New Zealand Daylight Time", "Eastern Standard Time": a clock's zone.
    if (head === 'Time' && /^(?:Daylight|Standard|Summer|Mean|Local)$/.test(words[words.length - 2] ?? '')) return;
    // "signed an Implementing Arrangement", "the Joint Declaration": a text, not a person.
    if (!titled && TEXT_HEADS.has(head)) return;
    // "Minister of Foreign Affairs, International Cooperation and External Trade", "Parliamentary Under-Secretary":
    // the words of an office, not a name.
    if (!titled && (insideOffice(this.text.slice(Math.max(0, start - 90), start)) || OFFICE_WORDS.has(head))) return;
    // "Minister of Foreign Affairs, Emigration and Egyptian Expatriates": a portfolio the list goes on with, not its holder.
    const fieldBefore = /(\S+),\s$/.exec(before)?.[1];
    if (fieldBefore && OFFICE_FIELD_ENDS.has(fieldBefore) && OFFICE_PHRASE.test(this.text.slice(Math.max(0, start - 90), start)) && /^\s(?:and|&)\s\p{Lu}/u.test(after)) return;
    // "As Semana reported, quoting a commander": what reports, opening a sentence that way, is an outlet.
    const asReported = /(?:^|[.!?:]\s+|\n)As\s(?:the\s)?$/i.test(before) && /^,?\s(?:had\s|has\s)?(?:reported|reports|revealed|wrote|first reported)\b/.test(after);
    if (OUTLET_BEFORE.test(before) || OUTLET_AFTER.test(after) || /^Channel \d+$/.test(name) || ((TOLD_THE.test(before) || (TOLD_ON.test(before) && programmeAfter(after))) && words.length <= 3 && !namesOffice(words) && (!ORG_HEADS[head] || ORG_HEADS[head] === 'media'))
      || (asReported && words.length <= 3 && !ORG_HEADS[head])) {
      // "the Spanish daily": a nationality before the outlet word, not an outlet or a state.
      const known = this.forms.get(formKey(name));
      if (!known || this.resolve(known.actorKey).kind === 'media') this.addMention(this.findOrCreate(name, 'media'), start, end);
      return;
    }
    // "told Radio Azattyk", "Radio Vanuatu": a station named by what it is first.
    if (words.length >= 2 && words.length <= 4 && /^(?:Radio|Radyo|Rádio|Radiotelevisión|Télévision|Televisión)$/.test(words[0])) {
      this.addMention(this.findOrCreate(name, 'media'), start, end);
      return;
    }
    if (ORG_HEADS[head]) {
      // "Qatari Foreign Ministry" is Qatar; a named body of its own stays separate.
      if (affiliation && ['government'].includes(ORG_HEADS[head])) return;
      if (words.length < 2) return;
      const org = this.findOrCreate(name, orgKind(name, head));
      this.addMention(org, start, end);
      this.acronymAfter(org, end);
      return;
    }
    // "after the Siem Reap border talks", "the Minsk agreements": a name that only says where a meeting was is a place.
    if (!titled && /\bthe\s$/i.test(before) && /^(?:\s[\p{L}-]+)?\s(?:talks|summit|meeting|process|accords?|agreements?|format|round|negotiations|declaration|conference|dialogue)\b/u.test(after)) return;
    // ("her first Official Visit": a role noun before words that name nobody is no role.)
    const roleBefore = words.every((w) => COMMON_WORDS.has(w.replace(POSSESSIVE, ''))) ? null : ROLE_BEFORE.exec(before);
    const appositive = this.appositiveRole(start);
    if (roleBefore) roles.push(roleBefore[1].toLowerCase());
    if (appositive) {
      roles.push(...appositive.roles);
      affiliation ??= appositive.affiliation;
    }
    affiliation ??= this.possessiveAffiliation(this.text.slice(Math.max(0, start - 90), start)) ?? this.titleAffiliation(start) ?? this.leaderOf(start);
    const allProper = words.every((w) => PROPER_WORD.test(w) || PARTICLE.test(w));
    const everyday = words.some((w) => COMMON_WORDS.has(w.replace(POSSESSIVE, '')));
    // "Secretary-General, Opening Geneva Proximity Talks on Sudan, Urges …": in a title-cased headline, a run that opens
    // with a verb's -ing form is what someone does, not who.
    if (/^\p{Lu}\p{Ll}{3,}ing$/u.test(words[0]) && this.titleCasedLine(start)) return;
    const isPerson =
      titled || roleBefore !== null || appositive !== null || (words.length >= 2 && words.length <= 5 && allProper && !everyday) || (words.length === 1 && REPORTING_AFTER.test(after));
    if (!isPerson || (words.length === 1 && !titled && !roleBefore && !REPORTING_AFTER.test(after) && !appositive)) return;
    if (!titled && !roleBefore && !appositive && PLACE_BEFORE.test(before)) return;
    if (!titled && !roleBefore && !appositive && continuesName(before)) return;
    // "S Jaishankar": an initial without its full stop opens a name; a lone capital elsewhere ("A", "I", "Plan B") is none.
    if (words.some((w, k) => w.length === 1 && (k === words.length - 1 || /^[AI]$/.test(w) || !/^\p{Lu}\p{Ll}/u.test(words[k + 1])))) return;
    // "James Okafor MP, Foreign Secretary, said": the office named after the name is a role too.
    const tail = this.text.slice(end, end + 90);
    const office = OFFICE_AFTER_NAME.exec(tail);
    if (office) roles.push(office[1].toLowerCase());
    // (A shadow or former office is another one: "the foreign secretary" later is not "the shadow foreign secretary".)
    const lowerOffice = office ? null : LOWER_OFFICE_AFTER_NAME.exec(tail);
    if (lowerOffice && !/\b(?:shadow|former|ex-|late|then)\b/.test(lowerOffice[1])) roles.push(lowerOffice[1]);
    const person = this.findOrCreatePerson(name);
    for (const r of roles) person.roles.add(r.replace(/^(?:special |chief |deputy )/, '')).add(r);
    // "Deputy Prime Ministers Shahin Mustafayev of Azerbaijan and Mher Grigoryan of Armenia": a country named right after
    // the name is the person's, whatever was named before it.
    const of = this.mentions.find((m) => m.start > end && m.start <= end + 12 && /^\s+of\s+(?:the\s+)?$/.test(this.text.slice(end, m.start)));
    if (of && this.actors.get(of.actorId)?.kind === 'government') person.affiliation = of.actorId;
    if (affiliation && !person.affiliation) person.affiliation = affiliation;
    this.addMention(person, start, end);
  }

  /**
   * "Centro de Estudios para la Reconciliación", "Agence Djiboutienne d'Information": a name in a Romance language that
   * opens with its head is a body, its name running on over "de", "para la", "d'"; an agency of information is an outlet.
   */
  private foreignOrganisation(runStart: number, run: string): boolean {
    // The head may follow a place ("Bogotá-based Centro de …"): the name starts at it.
    const head = [...run.matchAll(/\S+/g)].find((w) => FOREIGN_ORG_HEADS.has(w[0]));
    if (!head) return false;
    const start = runStart + head.index!;
    const rest = FOREIGN_NAME_TAIL.exec(this.text.slice(runStart + run.length))?.[0] ?? '';
    const end = runStart + run.length + rest.length;
    if (this.covered(start, end)) return true;
    const name = this.text.slice(start, end).replace(/[.,]$/, '');
    if (name.split(/\s/).length < 2) return false;
    const kind = /\b(?:Information|Informa[cç]ión|Informação|Presse|Prensa|Noticias|Notícias|Nouvelles)\b/.test(name) ? 'media' : 'organization';
    this.addMention(this.findOrCreate(name, kind), start, start + name.length);
    return true;
  }

  /** "Al Jazeera Mubasher", "TRT Haber", "BBC Arabic": an edition of a known outlet is an outlet of its own. */
  private outletEdition(mention: Mention) {
    const edition = OUTLET_EDITION.exec(this.text.slice(mention.end, mention.end + 20));
    if (!edition) return;
    this.removeMention(mention);
    const end = mention.end + edition[0].length;
    this.addMention(this.findOrCreate(this.text.slice(mention.start, end), 'media'), mention.start, end, false);
  }

  /** "The Hostages and Missing Families Forum", "Khartoum Policy Forum": a run ending in an organisation word. */
  private classifyOrganisation(runStart: number, run: string): boolean {
    // "Egypt's General Intelligence Service": the body's name starts after its country's possessive. A ministry after
    // one ("Armenia's Foreign Ministry") is the country itself, below.
    const possessive = this.mentions.some((x) => x.start === runStart && /^['’]s\s/.test(this.text.slice(x.end, x.end + 3)))
      && ORG_HEADS[run.replace(POSSESSIVE, '').split(/\s+/).pop()!] !== 'government';
    // ("Tuesday's Cabinet", "Yesterday's Council": a day's possessive says when, not whose.)
    const dayOwner = /^(\S+?)['’]s\s/.exec(run);
    const lead = /^(?:The|A|An)\s/.exec(run)?.[0].length
      ?? (possessive || (dayOwner && NON_NAME_WORDS.has(dayOwner[1])) ? dayOwner?.[0].length ?? 0 : 0);
    let name = run.slice(lead).replace(POSSESSIVE, '');
    let words = name.split(/\s+/);
    // "Pacific Islands Forum Secretary General": the body, then its officer's title.
    const titled = words.findIndex((w, k) => k > 0 && ORG_HEADS[words[k - 1]] && ORG_HEADS[words[k - 1]] !== 'media' && TITLE_RE.test(words.slice(k).join(' ')) && TITLE_RE.exec(words.slice(k).join(' '))![0] === words.slice(k).join(' '));
    if (titled > 0) {
      words = words.slice(0, titled);
      name = words.join(' ');
    }
    const head = words[words.length - 1];
    const start = runStart + lead;
    const end = start + name.length;
    // "Government of National Unity (GNU)", "UN Support Mission in Libya (UNSMIL)": a named body that goes on.
    const longer = ORG_HEADS[head] ? FULL_NAME_AFTER.exec(this.text.slice(end, end + 120)) : null;
    if ((words.length < 2 && !longer) || !ORG_HEADS[head]) return false;
    if (ORG_HEADS[head] === 'media' && !MASTHEADS.includes(head)) return false;
    const inside = this.mentions.filter((x) => x.start >= start && x.end <= end);
    const paired = !lead && IDEALS.has(words[0]) ? IDEAL_BEFORE.exec(this.text.slice(Math.max(0, start - 60), start)) : null;
    const pairStart = paired && IDEALS.has(paired[1]) ? start - paired[0].length + (/^(?:The|A|An)\s/.exec(paired[0])?.[0].length ?? 0) : null;
    // "Qatari Foreign Ministry" is Qatar itself; a known name ("Islamic Resistance Movement") stays what it is, unless a pair
    // of ideals before it makes it another's ("Peace and Security Council" is not the UN Security Council).
    if (pairStart === null && inside.some((x) => x.start === start && x.end === end)) return true;
    // "Turkey's Anadolu Agency": a known name after a possessive stays that name.
    if (inside.some((x) => x.start > start && x.end === end) && /['’]s\s/.test(name)) return true;
    if (inside.some((x) => x.start === start) && ORG_HEADS[head] === 'government' && !/Government$/.test(name)) return true;
    if (words.every((w) => NON_NAME_WORDS.has(w) && !ORG_HEADS[w])) return false;
    // A name that goes on in lower-case words: "Patriotic Front for Aïr and Azawagh (FPAA)", "Families of the Abducted Council".
    const kind = orgKind(name, head);
    const earlier = kind === 'government' ? null : FULL_NAME_BEFORE.exec(this.text.slice(Math.max(0, start - 60), start));
    // ("Members of the National Council said": a capital that only opens the sentence is no name; "Commander-in-Chief of the
    // Kenya Defence Forces" is an office of the body.)
    const from = pairStart ?? (earlier && !OFFICE_WORDS.has(earlier[1]) && !TITLE_RE.test(earlier[1].replace(/-in-Chief$/, '')) && !this.sentenceStartAt(start - earlier[0].length) ? start - earlier[0].length : start);
    const to = longer ? end + longer[0].length : end;
    // A known name the pair's words overlap ("The National" of "The National Unity and …") gives way to it.
    for (const x of this.mentions.filter((x) => (x.start >= from && x.end <= to) || (pairStart !== null && x.end > from && x.start < to))) this.removeMention(x);
    const org = this.findOrCreate(this.text.slice(from, to), kind);
    this.addMention(org, from, to);
    this.acronymAfter(org, to);
    return true;
  }

  private removeMention(x: Mention) {
    this.mentions = this.mentions.filter((m) => m !== x);
    const actor = this.actors.get(x.actorId)!;
    actor.mentions = actor.mentions.filter(([s]) => s !== x.start);
  }

  /** "the US Special Envoy to the Middle East, Stephen Witkoff," → envoy, affiliated to the US. */
  private appositiveRole(start: number): { roles: string[]; affiliation?: string } | null {
    // "the Minister of Foreign Affairs of Malaysia, His Excellency Dato' Seri Haris": honorifics stand between comma and name.
    const raw = this.text.slice(Math.max(0, start - 120), start);
    const window = raw.replace(HONORIFICS_BEFORE, ' ').slice(-90);
    const roleRe = new RegExp(`\\b(${APPOSITIVE_ROLES})\\b(?:\\s(?:to|of|for|in|at|with)\\s[^,.;]{1,40})?,\\s$`, 'i');
    const m = roleRe.exec(window);
    if (!m) return null;
    // The noun phrase that holds the role: from its article (or the clause start) to the comma.
    const articles = [...window.slice(0, m.index).matchAll(/\b(?:the|a|an)\s/gi)];
    const npStart = Math.max(window.lastIndexOf(',', m.index - 1), articles.length ? articles[articles.length - 1].index! : -1);
    const from = start - window.length + Math.max(0, npStart);
    const roleAt = start - window.length + m.index! + m[0].indexOf(m[1]);
    const inPhrase = this.mentions.filter((x) => x.start >= from && x.end <= start && ['government', 'body', 'organization', 'armed_group'].includes(this.actors.get(x.actorId)!.kind));
    // "The UN envoy for Yemen": the actor that qualifies the role, not the file it works on.
    const country = inPhrase.filter((x) => x.end <= roleAt).pop() ?? inPhrase.find((x) => this.actors.get(x.actorId)!.kind === 'government');
    // "the Minister for the Middle East, Callum Ardross": the whole office is a role too, for "the Minister for the Middle East" later.
    const office = m[0].replace(/,\s$/, '').toLowerCase();
    // "the shadow foreign secretary, Priti Patel,": another office than the foreign secretary's.
    const other = OTHER_OFFICE.exec(window.slice(0, m.index))?.[0].toLowerCase() ?? '';
    const role = other + m[1].toLowerCase();
    return { roles: office !== m[1].toLowerCase() && office.length <= 40 ? [role, other + office] : [role], affiliation: country?.actorId };
  }

  /** "the Houthi delegation, led by Yahya al-Sharif": the side whose team the person leads. */
  private leaderOf(start: number): string | undefined {
    const window = this.text.slice(Math.max(0, start - 70), start);
    const m = /\b(?:delegation|team|negotiators|side|bloc|movement|group),?\s(?:was\s)?(?:led|headed)\sby\s$/.exec(window);
    if (!m) return undefined;
    const from = start - window.length;
    const side = this.mentions.filter((x) => x.start >= from && x.end <= from + m.index && this.actors.get(x.actorId)!.kind !== 'person' && this.actors.get(x.actorId)!.kind !== 'media').pop();
    return side?.actorId;
  }

  /** "US Secretary of State Laura Whitcombe": the country that opens the title. */
  private titleAffiliation(start: number): string | undefined {
    const near = this.mentions.filter((x) => x.end <= start && start - x.end <= 45).pop();
    if (!near || ['person', 'media'].includes(this.actors.get(near.actorId)!.kind)) return undefined;
    const between = this.text.slice(near.end, start);
    return /^(?:['’]s)?(?:\s+(?:\p{Lu}[\p{L}.-]*|of|for|the|and|special|chief|deputy|senior|top|former|acting|presidential|foreign|defence|defense|peace|lead|head|national|security|intelligence|military|state|interior|finance|prime|vice|envoy|minister|negotiator|mediator|adviser|advisor|aide|spokesman|spokeswoman|spokesperson|ambassador|coordinator|representative|official|commander|president|secretary|chairman|leader))*\s+$/u.test(between) ? near.actorId : undefined;
  }

  private possessiveAffiliation(before: string): string | undefined {
    // ("Qatar's Prime Minister and Foreign Minister Sheikh …": a longer run when it is all title words.)
    const m = /(\p{Lu}[\p{L}.-]*(?: \p{Lu}[\p{L}.-]*){0,3})['’]s\s(?:(?:[\p{L}-]+\s){0,3}|(?:(?:\p{Lu}[\p{L}-]*|and|of|for)\s){4,8})$/u.exec(before);
    if (!m) return undefined;
    // "Iran's chief negotiator": the longest known name that ends right before the possessive.
    const words = m[1].split(' ');
    for (let k = 0; k < words.length; k++) {
      const key = this.forms.get(formKey(words.slice(k).join(' ')));
      const actor = key ? this.actors.get(key.actorKey) : undefined;
      if (actor) return actor.kind !== 'person' ? actor.id : undefined;
    }
    return undefined;
  }

  /** "Israeli Broadcasting Authority (KAN)": the acronym becomes an alias. */
  private acronymAfter(actor: Actor, end: number) {
    const m = /^\s\(([A-Z]{2,6})\)/.exec(this.text.slice(end, end + 10));
    if (m && !this.forms.has(m[1])) this.forms.set(m[1], { actorKey: actor.id });
  }

  private findOrCreate(name: string, kind: ActorKind): Actor {
    const key = this.forms.get(formKey(name));
    if (key) return this.resolve(key.actorKey);
    const actor = this.addActor(name, kind);
    this.forms.set(formKey(name), { actorKey: actor.id });
    return actor;
  }

  /** Same surname and compatible first names: one person ("Witkoff", "Steve Witkoff", "Stephen Witkoff"). */
  private findOrCreatePerson(name: string): Actor {
    const key = this.forms.get(formKey(name));
    if (key) return this.resolve(key.actorKey);
    const parts = name.split(/\s+/);
    const surname = parts[parts.length - 1];
    for (const actor of this.actors.values()) {
      if (actor.kind !== 'person') continue;
      const other = actor.name.split(/\s+/);
      const same = (x: string, y: string) => x === y || x.toLowerCase() === y.toLowerCase();
      // ("Pak Dimas" before "Dimas Prasetyo", "Abiy" before "Abiy Ahmed": a name told alone first may be the given one.)
      const givenFirst = other.length === 1 && parts.length >= 2 && same(other[0], parts[0]);
      if (!same(other[other.length - 1], surname) && !(parts.length === 1 && other.some((w) => same(w, surname))) && !givenFirst) continue;
      const compatible = parts.length === 1 || other.length === 1 || other[0].slice(0, 3) === parts[0].slice(0, 3);
      if (!compatible) continue;
      if (parts.length > other.length) {
        actor.aliases.add(actor.name);
        actor.name = name;
      }
      this.forms.set(formKey(name), { actorKey: actor.id });
      this.addSurnameForm(actor);
      return actor;
    }
    const person = this.addActor(name, 'person');
    this.forms.set(formKey(name), { actorKey: person.id });
    this.addSurnameForm(person);
    return person;
  }

  /** "the security cabinet": the body that holds cabinet meetings. */
  scanCabinets() {
    for (const m of this.text.matchAll(/\b(?:([A-Z][\p{L}]+) )?(security|war) cabinet\b/gu)) {
      const start = m.index! + (m[1] && !this.forms.has(formKey(m[1])) ? m[1].length + 1 : 0);
      const end = m.index! + m[0].length;
      const cabinet = this.findOrCreate(`${m[2]} cabinet`, 'body');
      for (const x of this.mentions.filter((x) => x.start >= start && x.end <= end)) {
        const country = this.actors.get(x.actorId)!;
        if (country.kind === 'government') cabinet.affiliation ??= country.id;
        this.removeMention(x);
      }
      this.addMention(cabinet, start, end);
    }
    // "Turkey's cabinet", "the Lebanese Council of Ministers": a government's cabinet is a body of its own, and "the
    // cabinet" told after it is the same one (when the story names only one).
    const national: Actor[] = [];
    const unowned: [number, number][] = [];
    for (const m of this.text.matchAll(/\b(?:(?:federal|full|caretaker|national)\s)?(?:[Cc]abinet|Council of Ministers)\b(?!\s(?:secretar|minister|member|colleague|reshuffle|post|portfolio|office|level|room|decision)\w*)/g)) {
      const start = m.index!, end = start + m[0].length;
      if (this.covered(start, end)) continue;
      const owner = this.mentions.find((x) => x.end <= start && /^(?:['’]s)?\s$/.test(this.text.slice(x.end, start)) && this.actors.get(x.actorId)!.kind === 'government');
      if (!owner) { unowned.push([start, end]); continue; }
      const government = this.actors.get(owner.actorId)!;
      const cabinet = this.findOrCreate(`Cabinet of ${government.name}`, 'body');
      cabinet.affiliation ??= government.id;
      cabinet.aliases.add('cabinet');
      cabinet.aliases.add(this.text.slice(owner.start, end));
      this.addMention(cabinet, start, end, false);
      if (!national.includes(cabinet)) national.push(cabinet);
    }
    if (national.length === 1) for (const [start, end] of unowned) this.addMention(national[0], start, end, false);
  }

  /** "families of Israeli captives" and the like: groups that are audiences or sides. */
  scanGroups() {
    const re = /\b(?:the )?(?:(families|relatives) of (?:the )?((?:[A-Z][\p{L}]+ )?(?:captives|hostages|prisoners|detainees|abductees|soldiers|victims))|(hostage families))\b/gu;
    for (const m of this.text.matchAll(re)) {
      const name = m[0].replace(/^the /, '');
      const demonym = /\b([A-Z][\p{L}]+) /u.exec(m[2] ?? '')?.[1] ?? '';
      const key = `group:${(m[1] ?? 'families').toLowerCase()}:${demonym}`;
      const existing = this.forms.get(key);
      const group = existing ? this.resolve(existing.actorKey) : this.addActor(name, 'group');
      this.forms.set(key, { actorKey: group.id });
      const start = m.index! + (m[0].length - name.length);
      const overlapping = this.mentions.filter((x) => x.start >= start && x.end <= start + name.length);
      this.mentions = this.mentions.filter((x) => !overlapping.includes(x));
      for (const x of overlapping) {
        const a = this.actors.get(x.actorId)!;
        a.mentions = a.mentions.filter(([s]) => s !== x.start);
      }
      this.addMention(group, start, start + name.length);
    }
  }

  /** "the US envoy", "the Israeli prime minister": a person the article has introduced with that role. */
  scanRoleReferences() {
    const people = [...this.actors.values()].filter((a) => a.kind === 'person' && a.roles.size > 0);
    if (people.length === 0) return;
    // "secretary of state" is also "the Secretary".
    const held = new Set(people.flatMap((p) => [...p.roles].flatMap((r) => [r, r.split(' of ')[0]])));
    // "the Omani minister" is the Omani foreign minister: an office's last word names it with its country before it.
    const heads = new Set([...held].map((r) => r.split(' ').pop()!).filter((h) => !held.has(h)));
    const roles = [...new Set([...held, ...heads])].sort((a, b) => b.length - a.length);
    const anyCase = (r: string) => r.replace(/\./g, '\\.').replace(/\b(\p{L})/gu, (c) => `[${c}${c.toUpperCase()}]`);
    const re = new RegExp(`\\b(?:the|The) ((?:\\p{Lu}[\\p{L}.]+ ){0,2}?)(${roles.map(anyCase).join('|')})\\b(?![ -]\\p{Lu})`, 'gu');
    for (const m of this.text.matchAll(re)) {
      const role = m[2].toLowerCase();
      const qualifier = m[1].trim();
      const country = qualifier ? this.forms.get(formKey(qualifier.replace(POSSESSIVE, ''))) : undefined;
      const countryId = country ? this.resolve(country.actorKey).id : undefined;
      if (heads.has(role) && !countryId) continue;
      // "the Secretary" is the Secretary of State; "the Minister" with a foreign minister and a minister of state in the
      // story names neither, but "the Foreign Minister" after two of them is the one named last ("Readout of … meeting
      // with Foreign Minister Bayramov … The Foreign Minister expressed").
      // ("the shadow foreign secretary" or "the deputy foreign minister" holds another office.)
      const named = (r: string) => r === role || (r.endsWith(` ${role}`) && !OTHER_OFFICE.test(r.slice(0, -role.length)));
      const holds = (p: Actor) => [...p.roles].some((r) => named(r) || r.startsWith(`${role} of `));
      const candidates = people.filter((p) => holds(p) && (!countryId || p.affiliation === countryId));
      const lastBefore = (p: Actor) => Math.max(-1, ...this.mentions.filter((x) => x.actorId === p.id && x.end <= m.index!).map((x) => x.start));
      const sameRole = candidates.every((p) => [...p.roles].some(named));
      const nearest = candidates.length > 1 && sameRole ? candidates.reduce((a, b) => (lastBefore(b) > lastBefore(a) ? b : a)) : undefined;
      if (candidates.length !== 1 && !(nearest && lastBefore(nearest) >= 0)) continue;
      const start = m.index! + 4;
      const end = m.index! + m[0].length;
      const inner = this.mentions.filter((x) => x.start >= start && x.end <= end);
      this.mentions = this.mentions.filter((x) => !inner.includes(x));
      this.addMention(nearest ?? candidates[0], start, end);
    }
  }

  /** "the government": the one government the article names as "X's government" or "the X government". */
  scanGovernmentReferences() {
    const owners = new Set<string>();
    for (const x of this.mentions) {
      const actor = this.actors.get(x.actorId)!;
      if (actor.kind !== 'government') continue;
      if (/^(?:['’]s)?\sgovernment\b/.test(this.text.slice(x.end, x.end + 14)) || /\bgovernment of (?:the )?$/i.test(this.text.slice(Math.max(0, x.start - 20), x.start))) owners.add(actor.id);
    }
    if (owners.size !== 1) return;
    const owner = this.actors.get([...owners][0])!;
    for (const m of this.text.matchAll(/\b(?:the|The) (government)\b(?! of\b)(?!['’]s? (?:chief|lead) negotiator)/g)) {
      const start = m.index! + 4;
      if (this.covered(start, start + 10)) continue;
      this.addMention(owner, start, start + 10);
    }
  }

  /** "the army", "the military": the one army the article names ("Sudan's army", "the Sudanese Armed Forces"). */
  scanArmyReferences() {
    const armies = [...this.actors.values()].filter((a) => a.kind === 'armed_group' && a.mentions.length > 0 && /\b(?:army|armed forces|military|defen[cs]e forces)\b/i.test([a.name, ...a.aliases].join(' ')));
    if (armies.length !== 1) return;
    for (const m of this.text.matchAll(/\b(?:the|The) (army|military)\b(?!['’]s? (?:chief|spokesman|spokesperson))/g)) {
      const start = m.index! + 4;
      if (!this.covered(start, start + m[1].length)) this.addMention(armies[0], start, start + m[1].length, false);
    }
  }

  /**
   * A government's own release rarely says whose minister its minister is: ministers without a country belong to the
   * government its headline opens with ("New Zealand to facilitate …"), or, for a UK "Foreign Secretary … MP", to Britain.
   */
  scanReleaseIssuer() {
    const head = this.text.slice(0, 500);
    if (!/\b(?:MEDIA RELEASE|PRESS RELEASE|Media [Rr]elease|Press [Rr]elease|MEDIA STATEMENT|Media [Ss]tatement|FOR IMMEDIATE RELEASE|News story)\b|\b(?:Rt\.? Hon\.?|The Hon\.|Hon\.)\s/.test(head)) return;
    const government = (id: string) => this.actors.get(id)!.kind === 'government';
    const opening = this.mentions.find((m) => m.start < 500 && government(m.actorId) && /(?:^|\n)\s*$/.test(this.text.slice(Math.max(0, m.start - 3), m.start)));
    const people = [...this.actors.values()].filter((a) => a.kind === 'person' && !a.affiliation);
    const british = people.some((p) => p.roles.has('foreign secretary')) && /\bMP\b|Rt\.? Hon/.test(this.text)
      ? this.mentions.find((m) => this.actors.get(m.actorId)!.name === 'United Kingdom') : undefined;
    const issuer = opening?.actorId ?? british?.actorId;
    if (!issuer) return;
    for (const p of people) {
      if ([...p.roles].some((r) => /\b(?:minister|secretary|premier|president)\b/.test(r))) p.affiliation = issuer;
    }
  }

  /** "The channel also reported": the outlet named last before it. */
  scanOutletReferences() {
    for (const m of this.text.matchAll(/\b(?:the|The) (channel|newspaper|broadcaster|agency|paper|daily|website|outlet|network|station)\b/g)) {
      const start = m.index! + 4;
      if (this.covered(start, start + m[1].length)) continue;
      const previous = this.mentions
        .filter((x) => x.end <= m.index! && this.actors.get(x.actorId)!.kind === 'media')
        .sort((a, b) => b.start - a.start)[0];
      if (previous) this.addMention(this.actors.get(previous.actorId)!, start, start + m[1].length, false);
    }
  }

  finish(): ActorIndex {
    this.mentions.sort((a, b) => a.start - b.start);
    for (const actor of this.actors.values()) actor.mentions.sort((a, b) => a[0] - b[0]);
    return { actors: this.actors, mentions: this.mentions };
  }
}

/** What a named body is, by its last word: "Sudan News Agency" is an outlet, "the Royal Solomon Islands Police Force" no armed group. */
function orgKind(name: string, head: string): ActorKind {
  if (head === 'Agency' && /\b(?:News|Press)\s/.test(name)) return 'media';
  return /\bPolice\b/.test(name) ? 'organization' : ORG_HEADS[head];
}

function toKind(kind: string): ActorKind {
  return (ACTOR_KINDS as readonly string[]).includes(kind) ? (kind as ActorKind) : 'other';
}

export function findActors(text: string, sentences: Sentence[], tokens: Token[], gazetteer: GazetteerActor[]): ActorIndex {
  const builder = new Builder(text, sentences, tokens, gazetteer);
  builder.scanForms();
  builder.scanNameRuns();
  // Surnames and acronyms learnt from the runs are found everywhere else in the text.
  builder.scanForms();
  builder.scanGroups();
  builder.scanCabinets();
  builder.scanRoleReferences();
  builder.scanOutletReferences();
  builder.scanGovernmentReferences();
  builder.scanArmyReferences();
  builder.scanReleaseIssuer();
  return builder.finish();
}
