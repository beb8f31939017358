// Behaviours the held-out articles asked for: dates read in wire copy, live blogs and timelines,
// headlines that repeat the story, purpose talks inside a visit, nested attribution.
import { describe, expect, it } from 'vitest';
import { findDates, makeClock, parseDates } from '../../../src-main/extract/dates';
import { extractArticle } from '../../../src-main/extract';

/** The name of an actor of an extraction result, by id. */
const actorName = (r: ReturnType<typeof extractArticle>, id: string | null) => r.actors.find((a) => a.id === id)?.name;
/** The type and start of each event an article yields. */
const eventsIn = (...args: Parameters<typeof extractArticle>) => extractArticle(...args).events.map((e) => [e.type, e.start]);
/** Each text with the events it proposes, as [type, start] pairs. */
const expectEventsIn = (opts: Parameters<typeof extractArticle>[1], rows: [text: string, events: [string, string][]][]) => {
  for (const [text, events] of rows) expect(eventsIn(text, opts)).toEqual(events);
};
const first = (sentence: string, published: string, zone = 'UTC') => findDates(sentence, 0, sentence.length, makeClock(published, zone))[0];

describe('dates in varied styles', () => {
  it('reads a weekday after a comma and "next Thursday" as the Thursday of next week', () => {
    expect(first('Özdemir spoke with his counterpart, on Wednesday.', '2025-04-03').from).toBe('2025-04-02');
    expect(first('"We will meet again next Thursday," he said.', '2024-11-12').from).toBe('2024-11-21');
  });

  it('reads "on Monday last" as last Monday, and "on last Monday" too', () => {
    expect(first('She held consultations with her Indian counterpart on Monday last.', '2026-05-13', 'Asia/Kolkata').from).toBe('2026-05-11');
    expect(first('They met on last Thursday.', '2026-05-13').from).toBe('2026-05-07');
  });

  it('"later on Monday" said on a Monday is that day, and "earlier on Friday" said on a Friday too; other days as usual', () => {
    expect(first('The two leaders will hold their own meeting in Tokyo later on Monday, before both fly home.', '2026-05-25T00:40:00+09:00', 'Asia/Tokyo').from).toBe('2026-05-25');
    expect(first('Earlier on Friday, the envoy met the foreign minister.', '2026-03-06').from).toBe('2026-03-06');
    expect(first('They will meet again later on Friday.', '2026-03-04').from).toBe('2026-03-06');
    expect(first('Later on Friday, the minister visited the port.', '2026-03-14').from).toBe('2026-03-13');
  });

  it('does not take a length of time for a date', () => {
    expect(first('They held talks for six hours today.', '2025-03-12')).toMatchObject({ from: '2025-03-12', precision: 'day' });
    expect(findDates('after three days of discussions', 0, 31, makeClock('2025-01-09'))).toEqual([]);
    expect(first('She met Li for about 80 minutes on Sunday morning, before the session.', '2026-05-25T00:40:00+09:00', 'Asia/Tokyo').from).toBe('2026-05-24');
  });

  it('"later in the evening" is the evening of the day told just before', () => {
    const text = 'President Kamau yesterday hosted the opening session of the talks in Nairobi. Later in the evening, he spoke by telephone with President Deng.';
    const r = extractArticle(text, { published: '2026-04-23T07:00:00+03:00', timezone: 'Africa/Nairobi' });
    const call = r.events.find((e) => text.slice(e.evidence[0], e.evidence[1]).includes('telephone'))!;
    expect(call.start).toBe('2026-04-22');
  });

  it('undated quotes in a report of the day before (a dawn release, next-day wire copy) default to that day', () => {
    const text = 'GABORONE, 12 May (Wire) - Mediators from three countries yesterday opened talks between the government and the opposition alliance.\n\n'
      + '"We have come to listen," chief mediator Ruth Kgosi told reporters.';
    const r = extractArticle(text, { published: '2026-05-12T06:30:00+02:00', timezone: 'Africa/Gaborone' });
    expect(r.statements[0]).toMatchObject({ date: '2026-05-11', approximate: true });
    // A lede of today leaves them on the day of the report.
    const today = extractArticle(text.replace('yesterday', 'today'), { published: '2026-05-12T16:30:00+02:00', timezone: 'Africa/Gaborone' });
    expect(today.statements[0]).toMatchObject({ date: '2026-05-12', approximate: true });
  });

  it('one time stamp at the top is the hour of publication: it dates no statement; a dateline\'s own date is not the news day', () => {
    const release = 'MEDIA RELEASE\n05:45 hrs, Monday 3 August 2026\n\nForeign Minister Justin Tkatchenko yesterday hosted talks with Senator Penny Wong in Port Moresby.\n\n'
      + 'Senator Wong said Australia regarded Papua New Guinea as "our closest neighbour".';
    const r = extractArticle(release, { published: '2026-08-03', timezone: 'Pacific/Port_Moresby' });
    expect(r.statements.map((x) => x.date)).toEqual(['2026-08-02']);
    const wire = 'Prague, 15.05.2026 (CTK) – The foreign ministers of the Visegrad Group on Thursday agreed to back EU mediation.\n\n'
      + '"We are offering our weight," Jiri Rehor said.';
    const w = extractArticle(wire, { published: '2026-05-15', timezone: 'Europe/Prague' });
    expect(w.statements.map((x) => x.date)).toEqual(['2026-05-14']);
  });

  it('a day heading with a note after it ("On Friday 13 June (so far)") still dates its section', () => {
    const text = 'Key developments\n\nOn Wednesday 11 June\n\nThe envoy met both leaders.\n\nOn Friday 13 June (so far)\n\nIn an interview early on Friday, Kemal Aslan said he saw a long summer ahead.';
    const r = extractArticle(text, { published: '2025-06-13T08:15:00+01:00', timezone: 'Europe/London' });
    expect(r.statements.find((s) => s.text.includes('long summer'))?.date).toBe('2025-06-13');
  });

  it('a live blog that runs past its first day: the next day\'s heading dates its stamps, and an entry\'s title proposes no event', () => {
    const text = 'LIVE: Grain corridor talks in Istanbul\nPublished 3 Mar 2025\n\nTuesday 4 March\n\n23:40 GMT\nTalks end after nine hours, to resume next week\n\n'
      + 'Turkey\'s defence ministry said the delegations of Russia and Ukraine had agreed a draft text.\n\nMonday 3 March\n\n'
      + '14:05 GMT\nTalks under way\n\nThe meeting of Russian and Ukrainian delegations got under way at about 14:00 GMT in Istanbul.';
    const r = extractArticle(text, { published: '2025-03-03', timezone: 'Asia/Qatar' });
    expect(r.statements[0].date).toBe('2025-03-04T02:40:00+03:00');
    expect(r.events.filter((e) => e.start?.startsWith('2025-03-1'))).toEqual([]);
  });

  it('dates a timeline entry that opens with a bare year, and reads stamps on separate lines apart', () => {
    expect(first('2021 – Exploratory contacts begin in Kuala Lumpur.', '2024-10-08')).toMatchObject({ from: '2021-01-01', to: '2021-12-31', precision: 'year' });
    const text = 'Talks resume tomorrow morning.\n\n18:20 GMT – Hamas said it had replied.';
    const r = extractArticle(text, { published: '2025-03-12T18:50:00+00:00', timezone: 'Africa/Cairo' });
    expect(r.statements[0].date).toBe('2025-03-12T20:20:00+02:00');
  });
});

describe('names in varied styles', () => {
  it('an intelligence service before its chief ("Shin Bet chief Ronen Bar") is a body, not a person', () => {
    const r = extractArticle('An Israeli delegation led by Shin Bet chief Ronen Bar landed in Doha. Mossad director David Barnea stayed home.', { published: '2024-12-17' });
    expect(r.actors.filter((a) => a.name === 'Shin Bet' || a.name === 'Mossad').map((a) => a.kind)).toEqual(['body', 'body']);
    expect(r.actors.filter((a) => a.kind === 'person').map((a) => a.name).sort()).toEqual(['David Barnea', 'Ronen Bar']);
  });

  it('"Yesterday" or "Today" opening a sentence is not part of the name after it', () => {
    const r = extractArticle('Yesterday Vera Grabe spoke by phone with Pablo Beltrán. Today Gustavo Petro travels to Caracas.', { published: '2024-05-20', timezone: 'America/Bogota' });
    expect(r.actors.filter((a) => a.kind === 'person').map((a) => a.name).sort()).toEqual(['Gustavo Petro', 'Pablo Beltrán', 'Vera Grabe']);
  });

  it('hyphenated vice-presidential titles stay out of a name ("First Vice-President Riek Machar", "Vice-Premier Ding Xuexiang")', () => {
    const r = extractArticle('The talks were mediated by former Nigerian Vice-President Yemi Osinbajo and First Vice-President Riek Machar. Chinese Vice-Premier Ding Xuexiang attended.', { published: '2026-03-06' });
    expect(r.actors.filter((a) => a.kind === 'person').map((a) => a.name)).toEqual(['Yemi Osinbajo', 'Riek Machar', 'Ding Xuexiang']);
  });

  const names = (text: string) => extractArticle(text, { published: '2026-03-10', timezone: 'UTC' }).actors.map((a) => `${a.name}:${a.kind}`);

  it('reads organisations named in Romance languages and the words that finish an English one', () => {
    const found = names('Lucía Mora, a researcher at the Bogotá-based Centro de Estudios para la Reconciliación, said the talks stalled. '
      + 'The government spoke through the state-run Agence Gabonaise d\'Information. Kerem Ulus heads the Caspian programme at the Bosphorus Institute for Eurasian Studies.');
    expect(found).toEqual(expect.arrayContaining(['Centro de Estudios para la Reconciliación:organization', "Agence Gabonaise d'Information:media"]));
    expect(found.filter((n) => n.startsWith('Eurasian Studies'))).toEqual([]);
  });

  it('a capital that sent a delegation stands for its government ("Delegations from Kyiv and Moscow")', () => {
    expect(names('Delegations from Kyiv and Moscow met face to face in Istanbul on Tuesday.')).toEqual(expect.arrayContaining(['Ukraine:government', 'Russia:government']));
    expect(names('The minister flew back from Kyiv on Tuesday.').filter((n) => n.startsWith('Ukraine'))).toEqual([]);
  });

  it('a monitor and a news agency are outlets; a feast names no one', () => {
    const found = names('Gulf Mediation Monitor\n\nSpeaking to the Sudan News Agency on Monday, Ahmed Saleh said a deal before Eid al-Fitr would count as a success.');
    expect(found).toEqual(expect.arrayContaining(['Gulf Mediation Monitor:media', 'Sudan News Agency:media', 'Ahmed Saleh:person']));
    expect(found.filter((n) => n.startsWith('Eid'))).toEqual([]);
  });

  it('post-nominal honours, UN titles and an office\'s place stay out of a name', () => {
    const found = names('The Secretary for Foreign Affairs, Dame Lucy Kerenga, DBE, told the Post-Courier the talks went well. '
      + 'UN Under-Secretary-General Rosemary DiCarlo also spoke, and Senior Adviser for Africa Massad Boulos said he was hopeful.');
    expect(found).toEqual(expect.arrayContaining(['Lucy Kerenga:person', 'Rosemary DiCarlo:person', 'Massad Boulos:person']));
    expect(found.filter((n) => /^(?:DBE|Under|Africa Massad)/.test(n))).toEqual([]);
  });

  it('an edition of a known outlet is its own outlet; a sea, a currency and a Portuguese particle are not split or misread', () => {
    const found = names('Speaking to Al Jazeera Mubasher on Monday, Anselmo dos Reis Lobato said trade had passed US$ 400 million and the South China Sea was calm.');
    expect(found).toEqual(expect.arrayContaining(['Al Jazeera Mubasher:media', 'Anselmo dos Reis Lobato:person']));
    expect(found.filter((n) => /^(?:Al Jazeera|United States|China|Anselmo):/.test(n))).toEqual([]);
  });
});

describe('events in varied styles', () => {

  it('"a further round" is a round of talks', () => {
    expectEventsIn({ published: '2026-05-14', timezone: 'Europe/Belgrade' }, [
      ['On 14 September 2023 a further round in Brussels collapsed within hours.', [['talks', '2023-09-14']]],
    ]);
  });

  it('a meeting that "traditionally takes place" or "usually meets" is a custom, not a meeting', () => {
    expectEventsIn({ published: '2026-09-12', timezone: 'Pacific/Fiji' }, [
      ['The Leaders\' Retreat traditionally takes place on the last full day of the Forum week and, since the Forum\'s founding in 1971, has been the space where leaders settle matters.', []],
      ['The council usually meets on the first Monday of the month.', []],
    ]);
  });

  it('a leaders\' retreat is a meeting, and the cabinet that "meets on Tuesday" or "will be held" on a date is a cabinet meeting', () => {
    expectEventsIn({ published: '2026-09-12', timezone: 'Pacific/Fiji' }, [
      ['The Leaders\' Retreat was held on Thursday at the Airai conference centre.', [['talks', '2026-09-10']]],
      ['The Office of the Prime Minister said Cabinet would be briefed on the outcomes of the Forum when it meets on Tuesday.', [['cabinet_meeting', '2026-09-15']]],
      ['The next Cabinet, on Tuesday 15 September, will be held in Lautoka.', [['cabinet_meeting', '2026-09-15']]],
    ]);
  });

  it('a correction takes back no event, and a visit considered with no dates set is none', () => {
    expectEventsIn({ published: '2024-12-17T23:00:00Z', timezone: 'Europe/London' }, [
      ['21:40 GMT\nCorrection: An earlier version of our 11:15 GMT post said that Mossad director David Barnea had travelled to Doha. The delegation is led by Shin Bet chief Ronen Bar.', []],
      ['Government sources told NHK that Takaichi is also considering a visit to China within the year, although no dates have been set.', []],
    ]);
  });
  it('a second verb of the same subject makes the subject a participant of its meeting', () => {
    const text = 'Portugal\'s foreign minister, Ana Duarte, landed in Luanda on Monday and went straight into talks with President Joaquim Tavares.';
    const r = extractArticle(text, { published: '2025-02-12', timezone: 'Africa/Luanda' });
    const talks = r.events.find((e) => e.type === 'talks')!;
    expect(talks.participants.map((id) => actorName(r, id))).toEqual(expect.arrayContaining(['Ana Duarte', 'Joaquim Tavares']));
  });

  it('a person named once in full is then known by a given name ("Abiy and Isaias held talks")', () => {
    const text = 'Prime Minister Dawit Alemu of Ethiopia flew to Asmara to see President Tesfay Kidane. On Monday Dawit and Tesfay held talks at the palace.';
    const r = extractArticle(text, { published: '2025-02-12', timezone: 'Africa/Asmara' });
    const talks = r.events.find((e) => e.type === 'talks' && text.slice(e.evidence[0], e.evidence[1]).includes('held talks'))!;
    expect(talks.participants.map((id) => actorName(r, id))).toEqual(expect.arrayContaining(['Dawit Alemu', 'Tesfay Kidane']));
    // A given name that is also a country stays the country.
    const jordan = extractArticle('Jordan Hale met officials in Amman. Jordan said the talks would go on.', { published: '2025-02-12', timezone: 'UTC' });
    expect(jordan.actors.find((a) => a.name === 'Jordan Hale')?.aliases ?? []).not.toContain('Jordan');
  });

  it('a meeting told in the first person has the speaker among its participants', () => {
    const text = '"I met President Okello in Kampala on Tuesday and we agreed on a second round," Foreign Minister Lena Brandt told reporters.';
    const r = extractArticle(text, { published: '2025-02-13', timezone: 'Africa/Kampala' });
    const talks = r.events.find((e) => e.type === 'talks')!;
    expect(talks.start).toBe('2025-02-11');
    expect(talks.participants.map((id) => actorName(r, id))).toEqual(expect.arrayContaining(['Lena Brandt', 'Okello']));
  });

  it('reads travel in release style ("is due in", "departs for"), numbered sessions, "officials discussed", and a cabinet title as no sitting', () => {
    const opts = { published: '2026-05-06T06:30:00+12:00', timezone: 'Pacific/Auckland' };
    const type = (text: string) => eventsIn(text, opts);
    expect(type('The Nordic envoy, Karin Holm, is due in Suva on Friday for meetings with Fijian ministers.')).toEqual([['visit', '2026-05-08']]);
    expect(type('Minister Tavita departs for Apia this morning and will hold talks with Prime Minister Lemalu tomorrow.'))
      .toEqual(expect.arrayContaining([['visit', '2026-05-06']]));
    expect(type('The ministers reviewed progress since the Fourth Session of the Joint Commission, held in Nadi in August 2024.'))
      .toEqual([['talks', '2024-08-01']]);
    expect(type('Tongan and Samoan officials discussed fisheries access in Nukuʻalofa last week, a source said.')).toHaveLength(1);
    expect(type('The Prime Cabinet Secretary and Cabinet Secretary for Trade, Hon. Mele Fifita, welcomed the delegation.')
      .filter(([t]) => t === 'cabinet_meeting')).toEqual([]);
    expect(type('The review is due in May.')).toEqual([]);
  });

  it('a sentence about the event itself ("The round, held on …, co-chaired by A and B") adds its people to it', () => {
    const text = 'Laos and Cambodia wrapped up two days of border consultations in Vientiane on Tuesday.\n\n'
      + 'The ninth round of talks, held on Monday and Tuesday at the National Assembly guest house, was co-chaired by Lao Deputy Foreign Minister '
      + 'Khamsing Vongsa and Cambodian Secretary of State Lü Sopheap.\n\nLü, who arrived on Sunday, also called on the Lao prime minister.';
    const r = extractArticle(text, { published: '2025-09-10', timezone: 'Asia/Vientiane' });
    const round = r.events.find((e) => e.type === 'talks')!;
    expect(round.participants.map((id) => actorName(r, id))).toEqual(expect.arrayContaining(['Khamsing Vongsa', 'Lü Sopheap']));
  });

  it('a government in extraordinary session and a cabinet sitting are cabinet meetings; calling on His Excellency is a meeting; flying back is no visit', () => {
    const opts = { published: '2026-03-11', timezone: 'Europe/Belgrade' };
    const types = (text: string) => eventsIn(text, opts);
    expect(types("Kurti's government met in extraordinary session last Thursday to approve a negotiating mandate.")).toEqual([['cabinet_meeting', '2026-03-05']]);
    expect(types("Prime Minister Ana Brnabić set out the line at Monday's cabinet sitting.")).toEqual([['cabinet_meeting', '2026-03-09']]);
    expect(types('On Tuesday the visiting minister called on His Excellency Milan Kovač, President of the Republic.')).toEqual([['talks', '2026-03-10']]);
    const r = extractArticle('Foreign Minister Ana Ilić on Tuesday held talks with visiting Chinese Foreign Minister Wang Yi in Belgrade.', opts);
    expect(r.events.map((e) => [e.type, e.participants.map((id) => actorName(r, id))])).toEqual([['talks', expect.arrayContaining(['Ana Ilić', 'Wang Yi'])]]);
    expect(types('"The door is open," Mr Touray told reporters on Tuesday before flying back to Abuja.').filter(([t]) => t === 'visit')).toEqual([]);
  });

  it('a cabinet that "will hold a special session on Sunday", sectoral ministers meeting as talks, trips, and prisoners released as an event', () => {
    const opts = { published: '2026-01-15', timezone: 'Asia/Beirut' };
    const types = (text: string) => eventsIn(text, opts);
    expect(types("Lebanon's cabinet will hold a special session on Sunday to review the draft.")).toEqual([['cabinet_meeting', '2026-01-18']]);
    expect(types('EU foreign ministers will meet in Luxembourg on Monday, with Syria on the agenda.')).toEqual([['talks', '2026-01-19']]);
    expect(types('Envoy Celso Amorim prepared the ground last week with trips to Caracas and Georgetown.').map(([t]) => t)).toEqual(['visit']);
    expect(types('Iran and Bahrain each released 14 detainees on Tuesday in an exchange at a military airfield.')).toEqual([['other', '2026-01-13']]);
    // A topic, not an event: no exchange took place.
    expect(types('The envoy hopes to see progress on a prisoner exchange mechanism.')).toEqual([]);
  });

  it('a government\'s regular session, hosting both leaders, a numbered consultation, a bilateral, a call "by phone", leaders who gather, prisoners returned', () => {
    const opts = { published: '2026-05-05', timezone: 'Asia/Jakarta' };
    const types = (text: string) => eventsIn(text, opts);
    expect(types('Novak said he would inform the Czech government about the results at its regular meeting on Monday.')).toEqual([['cabinet_meeting', '2026-05-11']]);
    expect(types('On April 28th 2026 President Alvarez hosted both leaders at the palace.')).toEqual([['talks', '2026-04-28']]);
    expect(types('On Monday the two deputy prime ministers met at the border near Ijevan.')).toEqual([['talks', '2026-05-04']]);
    expect(types('Minh co-chaired the ninth Vietnam–Indonesia political consultation in Jakarta on Tuesday with Wicaksono.')).toEqual([['talks', '2026-05-05']]);
    expect(types('Sugiono and Foreign Minister Hoang Khanh also discussed the code by phone on Saturday.')).toEqual([['talks', '2026-05-02']]);
    expect(types('On Tuesday Zelensky left the building for a bilateral with Starmer.')).toEqual([['talks', '2026-05-05']]);
    expect(types('The previous exchange, on 25 January, returned 150 Ukrainians.')).toEqual([['other', '2026-01-25']]);
  });

  it('a cabinet that approves, appoints or is summoned has met', () => {
    const types = (text: string) => eventsIn(text, { published: '2026-06-12', timezone: 'Asia/Bangkok' });
    expect(types('January 14 - The Thai cabinet approves revised terms of reference for the dialogue panel.')).toEqual([['cabinet_meeting', '2026-01-14']]);
    expect(types("Israel's security cabinet has been summoned for 9 p.m. tonight to review the draft.").map(([t]) => t)).toEqual(['cabinet_meeting']);
  });

  it('shuttle diplomacy between two sides is talks with the mediator and both sides', () => {
    const r = extractArticle('Ingrid Sæther, the UN envoy, spent Tuesday shuttling between the Northern Council and the Southern Front.', { published: '2025-02-12', timezone: 'UTC' });
    expect(r.events).toHaveLength(1);
    expect(r.events[0]).toMatchObject({ type: 'talks', start: '2025-02-11' });
    expect(r.events[0].participants.map((id) => actorName(r, id))).toEqual(expect.arrayContaining(['Ingrid Sæther', 'Northern Council', 'Southern Front']));
  });

  it('a roster sentence after a meeting names who attended it', () => {
    const text = 'Water ministers met behind closed doors in Vientiane on Tuesday. The session, chaired by Laos\'s Minister of Energy, Phonesay Vilaysack, '
      + 'brought together Thailand\'s Deputy Minister, Anucha Siriwat, and Cambodia\'s Secretary of State, Sok Pheakdey. Also present was Dr Maria Lind of Sweden.';
    const r = extractArticle(text, { published: '2025-02-12', timezone: 'Asia/Vientiane' });
    expect(r.events).toHaveLength(1);
    const names = r.events[0].participants.map((id) => actorName(r, id));
    expect(names).toEqual(expect.arrayContaining(['Phonesay Vilaysack', 'Anucha Siriwat', 'Sok Pheakdey', 'Thailand', 'Cambodia', 'Maria Lind']));
    // Without a meeting just before, a roster adds nothing.
    expect(extractArticle('Also present was Dr Maria Lind of Sweden.', { published: '2025-02-12', timezone: 'UTC' }).events).toEqual([]);
  });

  it('one visit for "will travel to X for talks", and "two days of talks that ended on Monday" as a range', () => {
    const r = extractArticle('Kastrati will travel to Washington on Thursday for talks with U.S. officials, his office said.', { published: '2024-11-12', timezone: 'Europe/Brussels' });
    expect(r.events.map((e) => e.type)).toEqual(['visit']);
    const t = extractArticle('Delegations from Fatah and Hamas held two days of talks in Cairo that ended on Monday.', { published: '2024-10-14', timezone: 'Africa/Cairo' });
    expect(t.events[0]).toMatchObject({ start: '2024-10-13', end: '2024-10-14' });
  });

  it('a headline adds to the story instead of proposing a twin', () => {
    const text = 'Armenia and Azerbaijan to meet again\n\nArmenian and Azerbaijani negotiators met in Geneva on Sunday for a fourth round of talks on the border.';
    const r = extractArticle(text, { published: '2024-03-03', timezone: 'Europe/Zurich' });
    expect(r.events).toHaveLength(1);
    expect(r.statements).toHaveLength(0);
  });
});

describe('nested attribution', () => {
  it('"quoted him as telling" speaks for the person the sentence began with, or else the one the story is about', () => {
    const text = 'Chinese Premier Li Qiang attended the summit in Tokyo.\n\nXinhua quoted him as telling the summit that Beijing opposes bloc confrontation.\n\n'
      + 'Sheikh Mohammed met Wang Yi on Tuesday, and QNA later quoted him as saying the parties had shown "a seriousness we have not seen".';
    const r = extractArticle(text, { published: '2026-05-25', timezone: 'Asia/Tokyo' });
    expect(r.statements.map((s) => [actorName(r, s.speaker), s.reportedBy.map((id) => actorName(r, id))])).toEqual([['Li Qiang', ['Xinhua']], ['Mohammed', ['Qatar News Agency']]]);
  });

  it('a Spanish double surname is known by its first part; ", and that …" goes on with what was said', () => {
    const text = 'Venezuelan negotiator Iván Lozada Brito met the mediators on Monday.\n\n'
      + 'Lozada, in statements to EFE, said that Caracas had offered a verification mechanism, and that the Guyanese delegation had promised to study it.';
    const r = extractArticle(text, { published: '2025-02-04', timezone: 'Europe/Madrid' });
    expect(r.statements.map((s) => actorName(r, s.speaker))).toEqual(['Iván Lozada Brito']);
  });

  it('the verbs of releases ("thanked", "recalled that") report statements; an MEP title stays out of the name', () => {
    const opts = { published: '2026-03-14', timezone: 'Asia/Colombo' };
    const r = extractArticle('Minister Ali Moosa thanked Sri Lanka for the support extended to Maldivian students. '
      + 'He recalled that both leaders had agreed to open a ferry route. Croatian MEP Ivana Šarić told HINA the talks were useful.', opts);
    expect(r.statements.map((s) => actorName(r, s.speaker))).toEqual(['Ali Moosa', 'Ali Moosa', 'Ivana Šarić']);
  });

  it('"Q: / A:" answers are the interviewee\'s; "Quotes attributable to X:" makes the quoted paragraphs under it X\'s', () => {
    const qa = 'Amina Diallo, the AU envoy, spoke to us by phone on Sunday.\n\nQ: Where do things stand?\n\nA: Both sides want a pause. I am hopeful.\n\n'
      + 'Q: And the army?\n\nA: The army has not said no.';
    const r = extractArticle(qa, { published: '2026-11-16', timezone: 'Africa/Nairobi' });
    expect(new Set(r.statements.map((s) => actorName(r, s.speaker)))).toEqual(new Set(['Amina Diallo']));
    expect(r.statements.some((s) => s.text.includes('Where do things stand'))).toBe(false);
    const release = 'Ministers met in Suva.\n\nQuotes attributable to the Hon Mark Devlin MP:\n\n"We will keep turning up."\n\n"Labour mobility changes lives."\n\n'
      + 'Quotes attributable to Senator the Hon Carol Ash:\n\n"The Pacific owns this answer."\n\nMedia contact: press office.';
    const q = extractArticle(release, { published: '2026-08-14', timezone: 'Australia/Sydney' });
    expect(q.statements.map((s) => [actorName(q, s.speaker), s.text])).toEqual([
      ['Mark Devlin', 'We will keep turning up.'], ['Mark Devlin', 'Labour mobility changes lives.'], ['Carol Ash', 'The Pacific owns this answer.']]);
  });

  it('"Axios, citing two US officials, reports that …" and "X quotes a source as saying": the source speaks, the outlet carries it', () => {
    const opts = { published: '2026-11-17', timezone: 'Europe/London' };
    const said = (text: string) => { const r = extractArticle(text, opts); return r.statements.map((s) => [actorName(r, s.speaker), s.reportedBy.map((id) => actorName(r, id))]); };
    expect(said('Axios, citing two US officials, reports that Washington has urged Israel to accept the compromise.')).toEqual([['United States', ['Axios']]]);
    expect(said('Al-Qahera News quotes a high-level Egyptian source as saying progress has been made.')).toEqual([['Egypt', ['Al Qahera News']]]);
  });

  it('what was said leaves out where and when it was said ("said in a statement carried by KCNA late Wednesday that …")', () => {
    const r = extractArticle('Kim Yo-jong said in a press statement carried by KCNA late Wednesday that the North would watch with cold eyes.',
      { published: '2026-10-08', timezone: 'Asia/Seoul' });
    expect(r.statements.map((s) => s.text)).toEqual(['the North would watch with cold eyes']);
    const quiet = extractArticle('Several participants said privately that a deal before the holiday would count as a success.', { published: '2026-02-12', timezone: 'Asia/Qatar' });
    expect(quiet.statements.map((s) => s.text)).toEqual(['a deal before the holiday would count as a success']);
  });

  it('an interview\'s bare reply and the interviewee\'s own account of a meeting are no statements, but the meeting has the interviewee', () => {
    const qa = 'Amina Diallo, the AU envoy, spoke to us by phone on Sunday.\n\nQ: Did you see the president?\n\nA: Yes.\n\n'
      + 'Q: Where?\n\nA: I met President Kiir in Juba on Tuesday. He is ready to host technical talks, and that matters.';
    const r = extractArticle(qa, { published: '2026-11-16', timezone: 'Africa/Nairobi' });
    expect(r.statements.map((s) => s.text)).toEqual(['He is ready to host technical talks, and that matters.']);
    const meeting = r.events.find((e) => e.start === '2026-11-10')!;
    expect(meeting.participants.map((id) => actorName(r, id))).toEqual(expect.arrayContaining(['Amina Diallo', 'Kiir']));
  });

  it('"according to two sources briefed on the talks" and "has posted on X that" report statements; so does "judged that"', () => {
    const opts = { published: '2026-03-13', timezone: 'Europe/London' };
    const said = (text: string) => { const r = extractArticle(text, opts); return r.statements.map((s) => actorName(r, s.speaker) ?? null); };
    expect(said('The round ran past midnight, according to two sources briefed on the talks.')).toEqual([null]);
    expect(said('Morgan Ortagus, the US deputy special envoy, has posted on X that the delegations are getting down to work.')).toEqual(['Morgan Ortagus']);
    expect(said('Guest of BFMTV this morning, Jean-Noël Barrot judged that the decision changes nothing.')).toEqual(['Jean-Noël Barrot']);
  });

  it('an unnamed source speaks with no speaker; one placed by a demonym speaks for its side, an outlet in the aside carries it', () => {
    const opts = { published: '2026-02-12', timezone: 'UTC' };
    const western = extractArticle('A Western diplomat following the process said the mediators wanted small, checkable steps.', opts);
    expect(western.statements).toHaveLength(1);
    expect(western.statements[0].speaker).toBeNull();
    const placed = extractArticle('A Malian diplomat, speaking to the BBC on condition of anonymity, said the junta would not object.', opts);
    expect(placed.statements.map((s) => [actorName(placed, s.speaker), s.reportedBy.map((id) => actorName(placed, id))])).toEqual([['Mali', ['BBC']]]);
  });

  it('"was cited by X as warning" and "quoted by X as": speaker and outlet', () => {
    const r = extractArticle('Former adviser Shlomo Ben-Ḥayyim was cited by Israel Hayom as warning that Israel would act. The first round was described by an Iranian official quoted by IRNA as "a start".', { published: '2025-04-03' });
    const name = (id: string | null) => actorName(r, id);
    expect(r.statements.map((s) => [name(s.speaker), s.reportedBy.map(name)])).toEqual([
      ['Shlomo Ben-Ḥayyim', ['Israel Hayom']],
      ['Iran', ['IRNA']],
    ]);
  });
});

describe('live blogs with day headings, wire abbreviations, release honorifics', () => {
  it('dates the stamps and relative words under an earlier day heading against that day', () => {
    const text = [
      'Talks in Astana - live', '', 'Wednesday 10 September', '', '09:10 GMT', 'Day two of the talks is under way.', '',
      'Tuesday 9 September', '', '17:50 GMT', '"We came to talk," Mammadli told reporters.', '', '07:00 GMT', 'Ghukasyan flew in last night.',
    ].join('\n');
    const r = extractArticle(text, { published: '2025-09-10T16:45:00+00:00', timezone: 'Europe/London' });
    expect(r.statements.map((s) => s.date)).toEqual(['2025-09-09T18:50:00+01:00']);
    const dates = findDates(text, text.indexOf('Ghukasyan'), text.length, makeClock('2025-09-09T23:59:00+01:00', 'Europe/London'));
    expect(dates[0].from).toBe('2025-09-08');
  });

  it('keeps "Feb. 27" in its sentence and reads "agreed to meet again in October" as this year\'s October', () => {
    const r = extractArticle('Prime Minister Stefan Galabov is said to have told partners at a closed meeting on Feb. 27 that he would wait.', { published: '2025-03-04', timezone: 'Europe/Sofia' });
    expect(r.statements).toHaveLength(1);
    expect(r.statements[0].evidence[1]).toBeGreaterThan(100);
    expect(first('The two ministers have agreed to meet again in October.', '2025-09-10').from).toBe('2025-10-01');
    expect(first('"We must meet again," she told the Cyprus Mail on Monday.', '2025-03-18').from).toBe('2025-03-17');
  });

  it('takes "H.E. Mme" for an honorific and a minister\'s portfolio for no one', () => {
    const text = 'The Hon. Aroha Tipene-Blair met the Minister of Foreign Affairs, International Cooperation and External Trade, the Hon. Marcellino Kalsakau-Tari, and the French Ambassador, H.E. Mme Solène Aubertin-Garrigues, in Port Vila on Thursday.';
    const r = extractArticle(text, { published: '2025-06-14', timezone: 'Pacific/Efate' });
    const people = r.actors.filter((a) => a.kind === 'person').map((a) => a.name);
    expect(people.sort()).toEqual(['Aroha Tipene-Blair', 'Marcellino Kalsakau-Tari', 'Solène Aubertin-Garrigues']);
  });
});

describe('events told relative to each other', () => {
  const names = (r: ReturnType<typeof extractArticle>, ids: string[]) => ids.map((id) => actorName(r, id));

  it('counts "the following day", "that same day" and "a week later" from the date told before, and "a day after" back from the report', () => {
    const r = extractArticle('EU envoy Ingrid Solvang arrived in Asmara on Monday. The following day she was received by President Yemane Habtezion.', { published: '2025-06-14', timezone: 'Africa/Nairobi' });
    expect(r.events.map((e) => [e.type, e.start])).toEqual([['visit', '2025-06-09'], ['talks', '2025-06-10']]);
    expect(names(r, r.events[1].participants)).toEqual(expect.arrayContaining(['Ingrid Solvang', 'Yemane Habtezion']));
    expect(first('Delegations met in Algiers on 3 February and again in Niamey a week later.', '2025-02-19').from).toBe('2025-02-03');
    const later = findDates('They met on 3 February and again a week later.', 0, 46, makeClock('2025-02-19'));
    expect(later.map((d) => d.from)).toEqual(['2025-02-03', '2025-02-10']);
    expect(first('The announcement comes a day after Ms Tipene-Blair held talks.', '2025-06-14').from).toBe('2025-06-13');
  });

  it('two visits in one sentence stay two, and a visit told with "she" is hers', () => {
    const r = extractArticle('Iranian envoy Hamid Rezaeifar flew to Doha on Monday to brief Qatari officials, while Emirati envoy Rashid Al Suwaidi travelled the same day to Riyadh for consultations with the Saudi foreign ministry. EU envoy Ingrid Solvang spoke to reporters. She ended her tour in Nairobi on Friday.', { published: '2025-06-19', timezone: 'Asia/Dubai' });
    const visits = r.events.filter((e) => e.type === 'visit');
    expect(visits.map((v) => [v.start, names(r, v.participants)])).toEqual([
      ['2025-06-16', ['Hamid Rezaeifar', 'Iran', 'Qatar']],
      ['2025-06-16', ['Rashid Al Suwaidi', 'United Arab Emirates', 'Saudi Arabia']],
      ['2025-06-13', ['Ingrid Solvang', 'European Union', 'Kenya']],
    ]);
  });

  it('does not read "the first round in six years" as a date six years ahead', () => {
    expect(findDates('the first formal round in six years', 0, 35, makeClock('2025-06-14'))).toEqual([]);
  });
});

describe('statements in fresh styles', () => {
  it('a participle before a noun ("North Korea\'s repeated missile launches") reports nothing', () => {
    const r = extractArticle('After the summit, Takaichi said the three countries "bear a heavy responsibility." She said she had raised North Korea\'s repeated ballistic missile launches with both leaders.', { published: '2026-05-25', timezone: 'Asia/Tokyo' });
    expect(r.statements.map((s) => actorName(r, s.speaker))).toEqual(['Takaichi', 'Takaichi']);
  });

  const opts = { published: '2025-08-21', timezone: 'Asia/Phnom_Penh' };
  const said = (text: string, o = opts) => {
    const r = extractArticle(text, o);
    const name = (id: string | null) => actorName(r, id);
    return r.statements.map((s) => ({ speaker: name(s.speaker), date: s.date, reportedBy: s.reportedBy.map(name) }));
  };

  it('an opening "Speaking to X on Wednesday," gives the outlet and the date', () => {
    expect(said('Vietnam\'s Deputy Minister Trần Quốc Đạt spoke first. Speaking to VnExpress after Wednesday\'s session, he said farmers "cannot wait".'))
      .toEqual([{ speaker: 'Trần Quốc Đạt', date: '2025-08-20', reportedBy: ['VnExpress'] }]);
  });

  it('the person of "X, a researcher at Y, was cited by Z as warning", and an office word inside a name', () => {
    expect(said('Aïssata Diallo Maïga, a researcher at the Timbuktu Institute in Dakar, was cited by BBC Afrique as warning that the text "says a great deal".'))
      .toEqual([{ speaker: 'Aïssata Diallo Maïga', date: '2025-08-21', reportedBy: ['BBC Afrique'] }]);
    expect(said('Settlements Minister Hila Ben-Ami later posted on X that she "could not look the reservists in the eye".').map((s) => s.speaker)).toEqual(['Hila Ben-Ami']);
  });

  it('"has said little" and "briefed the minister by telephone" are no statements; "told X late on Tuesday" is dated', () => {
    expect(said('Envoy Karim Benhaddou himself has said little in public.')).toEqual([]);
    expect(said('Earlier this week Ms Aroha Tipene-Blair also briefed Australia\'s foreign minister by telephone.')).toEqual([]);
    expect(said('Chief negotiator Ilija Trajanovski told broadcaster Sitel TV late on Tuesday that his government would not accept it.', { published: '2025-03-04', timezone: 'Europe/Skopje' })[0].date).toBe('2025-03-04');
  });
});

const opts0 = { published: '2025-08-21', timezone: 'Asia/Phnom_Penh' };

describe('more of what a date or a participant can be', () => {
  it('reads "late November", "Early 2020", "mid-October" and "the second week of July" as parts of the period', () => {
    expect(first('The council will meet in late November.', '2025-08-21')).toMatchObject({ from: '2025-11-20', to: '2025-11-30', approximate: true });
    expect(first('Early 2020 - Crossing points close.', '2025-03-18')).toMatchObject({ from: '2020-01-01', to: '2020-04-30', approximate: true });
    expect(first('Mid-October 2024 - The leaders travel to New York.', '2025-03-18')).toMatchObject({ from: '2024-10-10', to: '2024-10-20' });
    expect(first('Summer 2023 – A row breaks out.', '2025-03-18')).toMatchObject({ from: '2023-06-01', to: '2023-08-31', approximate: true });
    expect(first('Talks are expected in the second week of July.', '2025-06-14')).toMatchObject({ from: '2025-07-08', to: '2025-07-14', approximate: true });
    expect(findDates('The talks ran well past midnight.', 0, 33, makeClock('2025-02-19'))).toEqual([]);
  });

  it('dates a cabinet meeting by its "meeting that stretched late Thursday night", and talks by their day, not "since Monday"', () => {
    const r = extractArticle("Israel's security cabinet signed off on the framework in a meeting that stretched late Thursday night, Channel 12 reported.", { published: '2025-03-14T10:40:00+02:00', timezone: 'Asia/Jerusalem' });
    expect(r.events.map((e) => [e.type, e.start])).toEqual([['cabinet_meeting', '2025-03-13']]);
    const t = extractArticle('Vietnamese minister Trần Quốc Đạt, who has been in Phnom Penh since Monday, sat down with minister Ouk Sâmnang for a working lunch on Tuesday.', opts0);
    expect(t.events.find((e) => e.type === 'talks')?.start).toBe('2025-08-19');
  });

  it('"the two leaders" are the people of the talks told before; a street and "heads to the airport" are neither actor nor visit', () => {
    const text = 'Greek Cypriot leader Stavros Kyprianides and Turkish Cypriot leader Erhan Dervişoğlu met in Nicosia on 3 March.\n\nJuly 2024: The two leaders sit down for a working dinner at the Ledra Palace.';
    const r = extractArticle(text, { published: '2025-03-18', timezone: 'Asia/Nicosia' });
    const names = (ids: string[]) => ids.map((id) => actorName(r, id));
    expect(names(r.events[1].participants)).toEqual(expect.arrayContaining(['Stavros Kyprianides', 'Erhan Dervişoğlu']));
    expect(r.actors.map((a) => a.name)).not.toContain('Ledra Palace');
    const h = extractArticle('"It is hard," Foreign Minister Aram Ghukasyan tells Armenpress as he heads to the airport.', { published: '2025-09-10', timezone: 'Asia/Yerevan' });
    expect(h.events).toEqual([]);
  });
});

describe('organisations named at length', () => {
  it('keeps "for X and Y (ACRONYM)" and a leading "Families of the" in the name, but not a sentence-opening "Members of the"', () => {
    const r = extractArticle('Almost a year after the Patriotic Front for Aïr and Azawagh (FPAA) took up arms, the FPAA is talking. The Families of the Abducted Council welcomed the vote. Members of the National Council said little.', { published: '2025-02-19' });
    const names = r.actors.map((a) => a.name);
    expect(names).toEqual(expect.arrayContaining(['Patriotic Front for Aïr and Azawagh', 'Families of the Abducted Council', 'National Council']));
    expect(r.actors.find((a) => a.name === 'Patriotic Front for Aïr and Azawagh')?.mentions.length).toBeGreaterThanOrEqual(2);
  });

  it('keeps a body named for a pair of ideals whole, and two names joined by "and" apart', () => {
    const r = extractArticle('Rebels from the Justice and Equality Movement met envoys in Doha. The National Unity and Reconciliation Commission said so. '
      + "Officials of Turkey's Justice and Development Party attended. Hamas and Security Council members spoke.", { published: '2025-02-19' });
    const names = r.actors.map((a) => a.name);
    expect(names).toEqual(expect.arrayContaining(['Justice and Equality Movement', 'National Unity and Reconciliation Commission', 'Justice and Development Party', 'Turkey', 'Hamas']));
    expect(names.filter((n) => /^(?:Equality Movement|Reconciliation Commission|The National|Development Party)$|Hamas and/.test(n))).toEqual([]);
  });
});

describe('anonymous sources placed by a capital', () => {
  it('"In Asmara, a spokesperson for the foreign ministry said" is Eritrea\'s when the article names Eritrea', () => {
    const r = extractArticle('Eritrea has kept silent. In Asmara, a spokesperson for the foreign ministry called the meeting "frank and useful".', { published: '2025-06-14', timezone: 'Africa/Asmara' });
    expect(r.statements.map((s) => actorName(r, s.speaker))).toEqual(['Eritrea']);
  });
});

describe('a ministry press release', () => {
  const text = [
    'MINISTRY OF FOREIGN AFFAIRS', 'REPUBLIC OF INDONESIA', '', 'PRESS RELEASE', 'No. 41/PR/VI/2025', '',
    'Indonesia and Malaysia Push for Early Conclusion of Sulawesi Sea Boundary', '',
    "Jakarta, 10 June 2025 – Foreign Minister Ratna Kusumawardhani received the Minister of Foreign Affairs of Malaysia, His Excellency Dato' Seri Haris Mokhtar, on Monday (9/6). The two Ministers reviewed the outcome of the 42nd Technical Meeting on Maritime Boundaries.",
    '', "Dato' Seri Haris said Malaysia would \"spare no effort\". The Government of National Unity (GNU) welcomed the meeting.",
  ].join('\n');
  const r = extractArticle(text, { published: '2025-06-10T06:15:00+07:00', timezone: 'Asia/Jakarta' });

  it('names people without their honorifics and finds no people in title-case headings', () => {
    expect(r.actors.filter((a) => a.kind === 'person').map((a) => a.name).sort()).toEqual(['Haris Mokhtar', 'Ratna Kusumawardhani']);
    expect(r.actors.find((a) => a.name === 'Government of National Unity')?.kind).toBe('government');
    expect(r.statements.map((s) => actorName(r, s.speaker))).toContain('Haris Mokhtar');
  });

  it('takes "Jakarta, 10 June 2025 –" for a dateline, so the meeting is dated by "on Monday"', () => {
    expect(r.events.find((e) => e.type === 'talks')?.start).toBe('2025-06-09');
  });

  it('reads bulleted key dates', () => {
    expect(first('• 13 December 2018 – The Stockholm Agreement is concluded.', '2025-03-18')).toMatchObject({ from: '2018-12-13' });
    expect(first('- 2018: Talks collapse.', '2025-03-18')).toMatchObject({ from: '2018-01-01', precision: 'year' });
  });
});

describe('statements: openers, appositives, channels', () => {
  const said = (text: string, published = '2024-05-16', timezone = 'Europe/London') => {
    const r = extractArticle(text, { published, timezone });
    const name = (id: string | null) => actorName(r, id);
    return r.statements.map((s) => ({ speaker: name(s.speaker), date: s.date, reportedBy: s.reportedBy.map(name) }));
  };

  it('dates by an adverbial opener ("In a statement on Wednesday,") but not by a date in the main clause before the comma', () => {
    expect(said("Turkey's foreign minister Kaan Demirel spoke first. In a statement on Wednesday, Mr Demirel's ministry said Ankara would welcome contact.")[0]?.date).toBe('2024-05-15');
    expect(said('US Secretary of State Laura Whitcombe will travel to Doha on Friday to push the talks forward, the State Department said.', '2024-05-07', 'Asia/Qatar')[0]?.date).not.toBe('2024-05-10');
  });

  it('takes the name before "a former UN official who …," and the subject of "declined … but said"', () => {
    expect(said('Baroness Amesbury, a former UN official who sits on the Lords committee, told the Guardian that the plan was sound.'))
      .toEqual([{ speaker: 'Amesbury', date: '2024-05-16', reportedBy: ['The Guardian'] }]);
    expect(said('A spokesperson for the ICRC in Amman declined to give figures but said logistics were "ready".', '2025-03-18', 'Asia/Amman').map((s) => s.speaker)).toEqual(['International Committee of the Red Cross']);
  });

  it('"According to the Minister\'s office, the Ambassador conveyed that …" is the ambassador\'s', () => {
    const text = "France's Ambassador to Vanuatu, H.E. Mme Solène Aubertin-Garrigues, attended. According to the Minister's office, the Ambassador conveyed that Paris \"warmly welcomes\" the offer.";
    expect(said(text, '2025-06-14', 'Pacific/Efate').map((s) => s.speaker)).toEqual(['Solène Aubertin-Garrigues']);
  });
});

describe('event words that are not events, and clauses that share a date', () => {
  const opts = { published: '2024-09-19', timezone: 'Europe/Istanbul' };
  it('"a negotiated arrangement", "walked out of the venue", "head back to the table" propose nothing', () => {
    for (const text of ['Ethiopia remains committed to a negotiated arrangement, the statement said.', 'The envoy, Elnur Mammadli, walked out of the venue on Thursday.', 'Cyprus leaders head back to the table.']) {
      expect(extractArticle(text, opts).events).toEqual([]);
    }
  });

  it('a meeting joined by "and" to a dated arrival shares its date, and the lede that names the parties stays the evidence', () => {
    const r = extractArticle('Foreign Secretary Harriet Calloway landed on Tuesday 14 May and went straight into a two-hour meeting with the Greek Cypriot leader, Nikos Hadjipetrou.', { published: '2024-05-16', timezone: 'Europe/London' });
    expect(r.events.find((e) => e.type === 'talks')?.start).toBe('2024-05-14');
    const text = 'ANKARA (AP) — Ethiopia and Somalia ended two days of Turkish-brokered negotiations in Ankara on Thursday without a deal, officials said.\n\nThe talks were the second round.\n\nA third round is planned.\n\nThis week\'s meeting was the second round of the Ankara process.';
    const lede = extractArticle(text, opts).events.find((e) => e.type === 'talks')!;
    expect(text.slice(...lede.evidence)).toMatch(/^ANKARA/);
  });
});

describe('quotations longer than their attribution', () => {

  it('"X said:" takes in the quoted paragraph below it', () => {
    const text = 'Foreign Secretary Eleanor Whitcombe said:\n\n"A stable Lebanon is in Britain\'s interest. We will keep working for it."\n\nNotes to editors';
    const r = extractArticle(text, { published: '2025-03-03', timezone: 'Europe/London' });
    expect(r.statements).toHaveLength(1);
    expect(r.statements[0]).toMatchObject({ text: "A stable Lebanon is in Britain's interest. We will keep working for it.", direct: true });
    expect(text.slice(...r.statements[0].evidence)).toContain('A stable Lebanon');
  });

  it('a quotation opened sentences before "he said" is one statement, and "its foreign ministry said" is the side named before', () => {
    const text = 'Government negotiator Usec. Ramon Nuñez was upbeat. "Decommissioning is the hard part. Everything else is paperwork," he said.';
    const r = extractArticle(text, { published: '2025-02-02', timezone: 'Asia/Manila' });
    expect(r.statements.map((s) => [actorName(r, s.speaker), s.text])).toEqual([['Ramon Nuñez', 'Decommissioning is the hard part. Everything else is paperwork']]);
    const u = extractArticle('Abu Dhabi has brokered a dozen exchanges, and its foreign ministry said in a statement on Wednesday that it was ready.', { published: '2025-03-14' });
    expect(u.statements.map((s) => actorName(u, s.speaker))).toEqual(['United Arab Emirates']);
  });
});

describe('references and dates from the third batch', () => {
  it('"the army" is the one army the article names; "the Minister for the Middle East" is the one introduced so', () => {
    const r = extractArticle("Sudan's army and the RSF will meet in Jeddah on Monday. The army insists that civilians come first.", { published: '2025-03-28', timezone: 'Africa/Khartoum' });
    const saf = r.actors.find((a) => a.name === 'Sudanese Armed Forces')!;
    expect(saf.mentions).toHaveLength(2);
    const m = extractArticle('Yesterday, the Minister for the Middle East, Callum Ardross MP, spoke to the Israeli foreign minister. The Minister for the Middle East visited Beirut in January 2025.', { published: '2025-03-03', timezone: 'Europe/London' });
    const visit = m.events.find((e) => e.type === 'visit')!;
    expect(visit.participants.map((id) => actorName(m, id))).toContain('Callum Ardross');
    expect(m.events.find((e) => e.type === 'talks')?.start).toBe('2025-03-02');
  });

  it('a date set a fortnight ahead in a past-tense clause stays this year; "later in the day" is the day told before', () => {
    expect(first('The two sides set a Jan. 23 date to revive the talks.', '2025-01-09').from).toBe('2025-01-23');
    expect(first('The two sides met on Dec. 12 in Mexico City.', '2025-01-09').from).toBe('2024-12-12');
    const d = findDates('She met the prime minister on Monday. Later in the day she travelled south.', 0, 75, makeClock('2025-03-05'));
    expect(d.map((x) => x.from)).toEqual(['2025-03-03', '2025-03-03']);
  });

  it('"spoke to Reuters" is no call', () => {
    expect(extractArticle('Envoy Torstein Hval spoke to Reuters on Wednesday.', { published: '2025-01-09' }).events).toEqual([]);
  });
});

describe("a government's own release", () => {
  it('gives its ministers the government its headline opens with', () => {
    const text = 'MEDIA RELEASE\n\nNew Zealand welcomes progress on Fiji–Tonga boundary\n\nThe Rt Hon. Helen Marama-Scott, Minister of Foreign Affairs, today met Fiji\'s Minister for Foreign Affairs, the Hon. Ratu Seru Vakalolo, in Suva.';
    const r = extractArticle(text, { published: '2024-03-05', timezone: 'Pacific/Auckland' });
    const talks = r.events.find((e) => e.type === 'talks')!;
    expect(talks.participants.map((id) => actorName(r, id))).toEqual(expect.arrayContaining(['Helen Marama-Scott', 'New Zealand', 'Fiji']));
  });
});

describe('meetings to come and dated passing mentions', () => {
  const events = (text: string, published = '2025-09-10') => eventsIn(text, { published, timezone: 'Europe/London' });

  it('"is due to see X on Thursday" is a meeting; "wants to see Russia withdraw" is not', () => {
    expect(events('EU envoy Birgitta Halvorsen is due to see Aram Ghukasyan on Thursday.')).toEqual([['talks', '2025-09-11']]);
    expect(events('Ukraine wants to see Russia withdraw its troops.')).toEqual([]);
  });

  it('a passing mention with a date of its own is an event: "at their last session in Port Moresby in April"', () => {
    expect(events('Sir Gerald Mateo said the parties had made progress at their last session in Port Moresby in April.', '2024-06-12')).toEqual([['talks', '2024-04-01']]);
    expect(events('People familiar with the negotiations said little.')).toEqual([]);
  });
});

describe('dates a sentence or a list does not spell out', () => {
  it('reads numeric dates day first where the zone writes them so, and dotted dates always day first', () => {
    const when = (text: string, zone: string) => findDates(text, 0, text.length, makeClock('2025-10-06', zone), parseDates(text, makeClock('2025-10-06', zone))).map((d) => [d.from, d.to]);
    expect(when('Talks were held in Oslo from 01.10.2025 to 04.10.2025.', 'Europe/Oslo')).toEqual([['2025-10-01', '2025-10-04']]);
    expect(when('Press release | Date: 06/10/2025', 'Europe/Oslo')).toEqual([['2025-10-06', '2025-10-06']]);
    expect(when('Press release | Date: 06/10/2025', 'America/New_York')).toEqual([['2025-06-10', '2025-06-10']]);
    expect(when('The next round opens on 12.01.2026.', 'America/Chicago')).toEqual([['2026-01-12', '2026-01-12']]);
  });

  const names = (r: ReturnType<typeof extractArticle>, ids: string[]) => ids.map((id) => actorName(r, id));

  it('a date opening its clause takes the tense of the verb after it, and "that afternoon" is the same day', () => {
    const text = 'On Thursday he will hold talks with Prime Minister Tevita Fonua in Suva. That afternoon the two ministers will be joined by Japan\'s foreign minister for a trilateral meeting.';
    const r = extractArticle(text, { published: '2025-03-04T05:45', timezone: 'Pacific/Auckland' });
    expect(r.events.map((e) => e.start)).toEqual(['2025-03-06', '2025-03-06']);
  });

  it('a bare year heading gives its year to the entries under it, and each entry is an event of its own', () => {
    const text = 'Timeline: the Arvandi talks\n\nThe talks, launched in 2022 with Norway as guarantor, have moved between Oslo and Geneva.\n\n2022\n\n'
      + 'Oct. 4 – In Oslo, government and Arvandi Front representatives announce that formal negotiations will resume in November.\n\n'
      + 'Nov. 21 – Dec. 2 – The first round of talks is held in Geneva.\n\n2023\n\nFeb. 13 – The second round opens in Oslo.';
    const r = extractArticle(text, { published: '2025-01-18', timezone: 'Europe/Oslo' });
    const talks = r.events.filter((e) => e.type === 'talks').map((e) => [e.start, e.end]);
    // The first entry announces the talks of November: the resumed negotiations are dated, not the announcement.
    expect(talks).toEqual([['2022-01-01', '2022-12-31'], ['2022-11-01', '2022-11-30'], ['2022-11-21', '2022-12-02'], ['2023-02-13', '2023-02-13']]);
  });

  it('dates a statement by its speaker\'s last words, the day its paragraph told of, or else the report\'s day (approximate)', () => {
    const text = 'Hanna Lind struck a harsher tone on Monday. Presiding over a meeting of her cabinet, she accused the rebels of stalling. '
      + '"The door is closing," she said.\n\nJonas Berg said the rebels would answer within a week.';
    const r = extractArticle(text, { published: '2024-01-17', timezone: 'Europe/Stockholm' });
    const by = (name: string) => r.statements.filter((s) => names(r, [s.speaker!])[0] === name).map((s) => [s.date, s.approximate]);
    expect(by('Hanna Lind')).toEqual([['2024-01-15', false], ['2024-01-15', false]]);
    expect(by('Jonas Berg')).toEqual([['2024-01-17', true]]);
  });

  it('a participle opener dates the statement', () => {
    const r = extractArticle('Opening a cabinet meeting in Yerevan on Thursday, Pashinyan said his government would not be rushed.', { published: '2025-11-18', timezone: 'Asia/Yerevan' });
    expect(r.statements[0]).toMatchObject({ date: '2025-11-13', approximate: false });
  });
});

describe('event words from a fourth batch', () => {
  const types = (text: string, published = '2025-11-03', timezone = 'Africa/Khartoum') => eventsIn(text, { published, timezone });

  it('reads "cabinet met", a meeting of the Council of Ministers and "At its Monday meeting, Cabinet agreed" as cabinet meetings', () => {
    expect(types("Sudan's army-aligned cabinet met in Port Sudan this afternoon to review the talks.")).toEqual([['cabinet_meeting', '2025-11-03']]);
    expect(types('Presiding over a meeting of his Council of Ministers on Monday, President Ramos accused the opposition of stalling.', '2024-01-17', 'America/Caracas'))
      .toEqual([['cabinet_meeting', '2024-01-15']]);
    expect(types('At its regular Monday meeting yesterday, Cabinet agreed to a relief package for Tonga.', '2025-03-04', 'Pacific/Auckland'))
      .toEqual([['cabinet_meeting', '2025-03-03']]);
  });

  it('reads "held a call with", "the first Jeddah round", "will arrive in" and "flew in from" as events', () => {
    expect(types('She also held a call with the RSF leader, Mohamed Hamdan Dagalo, on Sunday morning.')).toEqual([['talks', '2025-11-02']]);
    expect(types('The first Jeddah round, in May 2023, produced a declaration on protecting civilians.')).toEqual([['talks', '2023-05-01']]);
    expect(types('The UN envoy, Hélène Morvan, will arrive in Jeddah on Wednesday to join the mediators.')).toEqual([['visit', '2025-11-05']]);
    expect(types('The army delegation flew in from Port Sudan on Sunday.')).toEqual([['visit', '2025-11-02']]);
  });

  it('a question proposes no event unless it is dated', () => {
    expect(types('Explainer: Can another Jeddah round halt Sudan\'s war?')).toEqual([]);
  });
});

describe('speakers behind a description', () => {
  it('a sentence that opens with its speaker keeps that speaker through every aside', () => {
    const said = (text: string) => {
      const r = extractArticle(text, { published: '2025-06-12', timezone: 'America/New_York' });
      return r.statements.map((s) => actorName(r, s.speaker));
    };
    expect(said('Rosemary DiCarlo, who briefed the Council on behalf of Hans Grundberg, Special Envoy of the Secretary-General for Yemen, said the window was narrow.'))
      .toEqual(['Rosemary DiCarlo']);
    expect(said('Joyce Msuya, Assistant Secretary-General for Humanitarian Affairs, said funding had fallen.')).toEqual(['Joyce Msuya']);
    expect(said('The representative of the United Kingdom, penholder on Yemen, welcomed the envoy\'s shuttle diplomacy.')).toEqual(['United Kingdom']);
  });

  it('"X, who … met Y, told EFE" is X speaking; "calling them …" reports; a question without quotes reports nothing', () => {
    const said = (text: string) => {
      const r = extractArticle(text, { published: '2025-11-18', timezone: 'America/Sao_Paulo' });
      return r.statements.map((s) => actorName(r, s.speaker));
    };
    expect(said('Celso Amorim, who on 10 November travelled to Georgetown to meet Irfaan Ali, told EFE that both parties were willing.')).toEqual(['Celso Amorim']);
    expect(said('Diosdado Cabello, the interior minister, goes further, calling the detainees "mercenaries."')).toEqual(['Diosdado Cabello']);
    expect(said('What is the Kremlin saying?')).toEqual([]);
  });

  it('"Speaking to the Meridian," names an outlet, not a person', () => {
    const r = extractArticle('Speaking to the Meridian during a break, Lt Gen Osman al-Tayeb said the army had come to end the war.', { published: '2025-11-03', timezone: 'Africa/Khartoum' });
    expect(r.actors.find((a) => a.name.endsWith('Meridian'))?.kind).toBe('media');
    expect(r.statements[0].reportedBy.map((id) => actorName(r, id))).toEqual(['Meridian']);
  });

  const said = (text: string) => {
    const r = extractArticle(text, { published: '2025-11-18', timezone: 'Asia/Baku' });
    return r.statements.map((s) => [actorName(r, s.speaker), s.date]);
  };

  it('takes the name before "Russia\'s envoy …," or "chief spokesman of …," as the speaker', () => {
    expect(said("Mikhail Ulyanov, Russia's permanent representative in Vienna, was quoted by TASS as saying the talks were useful.")[0][0]).toBe('Mikhail Ulyanov');
    expect(said('Zabihullah Mujahid, chief spokesman of the Afghan interim government, said on Thursday that the talks were useful.')).toEqual([['Zabihullah Mujahid', '2025-11-13']]);
  });

  it('"wanted the border described by 2027" is one statement, not dated 2027', () => {
    expect(said('Rövşən Qasımov, who heads the Azerbaijani delegation, spoke first. He said Baku wanted the entire border described by 2027.'))
      .toEqual([['Rövşən Qasımov', '2025-11-18']]);
  });
});

describe('talks referred to in passing', () => {
  it('"call on the Prime Minister", "had spoken over the phone" and "had dined with" are talks; "called on X to" is not', () => {
    const events = (text: string) => eventsIn(text, { published: '2026-03-03', timezone: 'Asia/Kolkata' });
    expect(events('Wang is scheduled to call on Prime Minister Narendra Modi on Wednesday morning.')).toEqual([['talks', '2026-03-04']]);
    expect(events('Wang Yi and Ajit Doval had spoken over the phone last Friday to finalise the agenda.')).toEqual([['talks', '2026-02-27']]);
    expect(events('The two leaders had dined with Maria Holguin at a lakeside hotel on Monday evening.')).toEqual([['talks', '2026-03-02']]);
    expect(events('Rahul Gandhi called on Prime Minister Narendra Modi to explain the deal on Monday.')).toEqual([]);
  });

  it('"the Guyanese leader" is the one Guyanese leader the article named', () => {
    const text = "Guyana's President Irfaan Ali met Celso Amorim in Georgetown on 10 November. Brazilian President Luiz Inácio Lula da Silva spoke by telephone on Sunday with the Guyanese leader.";
    const r = extractArticle(text, { published: '2025-11-18', timezone: 'America/Sao_Paulo' });
    expect(r.events[1].participants.map((id) => actorName(r, id))).toEqual(expect.arrayContaining(['Luiz Inácio Lula da Silva', 'Irfaan Ali', 'Guyana']));
  });

  it('"in Utrecht, the Netherlands" says where, not who', () => {
    const r = extractArticle('The round was prepared at an exploratory meeting between Norway and the NDFP in Utrecht, the Netherlands, on 17 June.', { published: '2025-10-06', timezone: 'Europe/Oslo' });
    expect(r.events[0].participants.map((id) => actorName(r, id))).not.toContain('Netherlands');
  });

  it('"In the run-up to the Oslo talks, State Secretary X travelled to Manila": X is the visitor', () => {
    const r = extractArticle('In the run-up to the Oslo talks, State Secretary Andreas Motzfeldt Kravik travelled to Manila on 8 September.', { published: '2025-10-06', timezone: 'Europe/Oslo' });
    const visit = r.events.find((e) => e.type === 'visit')!;
    expect(visit.participants.map((id) => actorName(r, id))).toEqual(expect.arrayContaining(['Andreas Motzfeldt Kravik', 'Philippines']));
  });

  it('"received the heads of the two panels" and "discussed it by telephone with" are talks; "the first round since 2017" is not dated 2017', () => {
    const events = (text: string) => eventsIn(text, { published: '2025-10-06', timezone: 'Europe/Oslo' });
    expect(events('On 03.10.2025, Foreign Minister Espen Barth Eide received the heads of the two negotiating panels.')).toEqual([['talks', '2025-10-03']]);
    expect(events('On 30.09.2025, he also discussed the process by telephone with the Philippine Secretary of Foreign Affairs, Theresa Lazaro.')).toEqual([['talks', '2025-09-30']]);
    expect(events('Norway hosted formal negotiations in Oslo from 01.10.2025 to 04.10.2025. It was the first formal round to be held in Norway since 2017.'))
      .toEqual([['talks', '2025-10-01']]);
  });

  it('an undated meeting takes the day its paragraph just told of, not one from another paragraph', () => {
    const dated = (text: string) => eventsIn(text, { published: '2026-02-19', timezone: 'Asia/Muscat' });
    expect(dated('Iran\'s foreign minister, Abbas Araghchi, flew to Muscat on Sunday. He and Badr Albusaidi held three hours of talks at the foreign ministry.'))
      .toEqual([['visit', '2026-02-15'], ['talks', '2026-02-15']]);
    expect(dated('Iran\'s foreign minister, Abbas Araghchi, flew to Muscat on Sunday.\n\nHe and Badr Albusaidi held three hours of talks at the foreign ministry.'))
      .toEqual([['visit', '2026-02-15'], ['talks', null]]);
  });

  it('a visit to "Fiji and Tonga" has both hosts', () => {
    const r = extractArticle('Winston Peters will travel to Fiji and Tonga tomorrow.', { published: '2025-03-04', timezone: 'Pacific/Auckland' });
    expect(r.events[0].participants.map((id) => actorName(r, id))).toEqual(expect.arrayContaining(['Winston Peters', 'Fiji', 'Tonga']));
  });

  const events = (text: string) => eventsIn(text, { published: '2025-11-03', timezone: 'Africa/Khartoum' });

  it('"met to review the talks" and "is co-chairing the talks" propose no talks of their own', () => {
    expect(events("Sudan's cabinet met in Port Sudan this afternoon to review the talks.")).toEqual([['cabinet_meeting', '2025-11-03']]);
    expect(events('Riyadh is co-chairing the talks with Washington.')).toEqual([]);
  });

  it('a key-events line and the entry that tells the same cabinet meeting are one event', () => {
    expect(events('Key events\n\nCabinet meets in Port Sudan\n\n14:05 GMT – Sudan\'s cabinet met in Port Sudan this afternoon, the state news agency Suna reported.'))
      .toEqual([['cabinet_meeting', '2025-11-03']]);
  });
});

describe('live blogs stamped without a colon, with a summary on top', () => {
  const text = 'Gaza talks live\n\nSummary\n- A Hamas delegation met the Qatari prime minister in Doha on Wednesday.\n- Israel\'s security cabinet is due to convene tonight.\n\n'
    + '1345 GMT – Hamas team met Qatari PM for three hours\nThe Hamas delegation, led by Khalil al-Hayya, held a three-hour meeting with Sheikh Mohammed bin Abdulrahman Al Thani in Doha on Wednesday.\n\n'
    + '0905 GMT – Dermer lands in Cairo\nRon Dermer said he was "cautiously hopeful".';
  const r = extractArticle(text, { published: '2025-07-16T17:42', timezone: 'UTC' });

  it('reads "1345 GMT –" as the stamp of its entry', () => {
    expect(r.statements.map((s) => s.date)).toEqual(['2025-07-16T09:05:00+00:00']);
  });

  it('takes the summary lines and entry titles as repeats, not events of their own', () => {
    // The talks are told once; the cabinet meeting only the summary tells of is still proposed.
    expect(r.events.map((e) => [e.type, e.start])).toEqual([['talks', '2025-07-16'], ['cabinet_meeting', '2025-07-16']]);
    expect(r.events[0].evidence[0]).toBe(text.indexOf('The Hamas delegation'));
  });
});

describe('outlets and quotations told at one remove', () => {
  const said = (text: string) => {
    const r = extractArticle(text, { published: '2026-03-03', timezone: 'Asia/Kolkata' });
    const name = (id: string | null) => actorName(r, id);
    return r.statements.map((s) => ({ speaker: name(s.speaker), reportedBy: s.reportedBy.map(name), text: s.text }));
  };

  it('"According to Turkish officials quoted by Anadolu," is Turkey speaking through Anadolu', () => {
    expect(said('According to Turkish officials quoted by the Anadolu news agency, the working groups will meet in Abu Dhabi next week.'))
      .toEqual([{ speaker: 'Turkey', reportedBy: ['Anadolu'], text: 'the working groups will meet in Abu Dhabi next week' }]);
  });

  it('"he was quoted as saying" goes on with the person and the outlet before', () => {
    expect(said('Wang Yi said China and India should be partners, PTI reported. "When the dragon and the elephant walk together, the Global South benefits," he was quoted as saying.'))
      .toEqual([
        { speaker: 'Wang Yi', reportedBy: ['Press Trust of India'], text: 'China and India should be partners' },
        { speaker: 'Wang Yi', reportedBy: ['Press Trust of India'], text: 'When the dragon and the elephant walk together, the Global South benefits' },
      ]);
  });

  it('"X, in an interview with Anadolu that was carried by AZERTAC, said" names both outlets', () => {
    expect(said('Hikmet Hajiyev, in an interview with Turkey\'s Anadolu Agency that was carried Tuesday by AZERTAC, said there was no technical obstacle.')[0].reportedBy)
      .toEqual(['Anadolu', 'AZERTAC']);
  });
});

describe('names of states, bodies and outlets', () => {
  const actors = (text: string) => extractArticle(text, { published: '2025-10-17', timezone: 'UTC' }).actors.map((a) => [a.name, a.kind]);

  it('knows the Democratic Republic of Congo, CELAC and an intelligence service', () => {
    expect(actors('The Democratic Republic of Congo and Rwanda signed the deal.')).toEqual(expect.arrayContaining([['Democratic Republic of the Congo', 'government']]));
    expect(actors('Representatives of the Community of Latin American and Caribbean States attended.')).toEqual([['CELAC', 'body']]);
    expect(actors("Dermer met officials at the headquarters of Egypt's General Intelligence Service.")).toEqual(expect.arrayContaining([['General Intelligence Service', 'body']]));
  });

  it('a nationality that only says where an outlet or a language is from names no state', () => {
    expect(actors('Delcy Rodríguez denied it in an interview with the Spanish daily El País.').map(([name]) => name)).not.toContain('Spain');
    expect(actors('Translated from Spanish\n\nThe ministers met in Brasilia.').map(([name]) => name)).not.toContain('Spain');
  });
});

describe('event words that report nothing new', () => {
  const events = (text: string) => eventsIn(text, { published: '2025-11-19', timezone: 'Europe/Berlin' });

  it('a date before the reporting verb dates the words, not the meeting they hope for', () => {
    expect(events('Zelenskyy, in his nightly video address on Tuesday, said Ukraine\'s team was ready to meet "in any format".')).toEqual([]);
  });

  it('"received the British, French and German ambassadors" is a meeting with all three', () => {
    const r = extractArticle('Badr Albusaidi received the British, French and German ambassadors in Muscat on Monday.', { published: '2026-02-19', timezone: 'Asia/Muscat' });
    expect(r.events[0].participants.map((id) => actorName(r, id))).toEqual(['Badr Albusaidi', 'United Kingdom', 'France', 'Germany']);
  });

  it('"the deadline can be met" and "four negotiating tracks" are no meetings', () => {
    expect(events('Amos Hochstein said he was confident the deadline can be met.')).toEqual([]);
    expect(events('Four negotiating tracks, four very different moods.')).toEqual([]);
  });

  it('"those meetings" refer back rather than take the paragraph\'s day', () => {
    const text = 'On March 23, US and Ukrainian officials met in Riyadh, and with the Russian side a day later. Saudi Arabia hosted those meetings but did not take part in them.';
    expect(events(text)).toEqual([['talks', '2025-03-23']]);
  });
});

describe('a readout that names people by their office', () => {
  const text = 'Secretary of State Marco Rubio spoke today with Armenian Foreign Minister Ararat Mirzoyan. The Secretary underscored that the United States remains committed to peace.\n\n'
    + 'Secretary of State Marco Rubio met today with Azerbaijani Foreign Minister Jeyhun Bayramov in Washington. The Foreign Minister expressed Azerbaijan\'s view that the constitution must change. '
    + 'The Secretary reaffirmed the commitment of the United States to a lasting peace.';
  const r = extractArticle(text, { published: '2025-12-02', timezone: 'America/New_York' });
  const name = (id: string | null) => actorName(r, id);

  it('"Readout of Secretary Rubio\'s Call with …" names Rubio, not "Rubio\'s Call"; "Lloyd\'s Market Association" is an organisation', () => {
    const names = (text: string) => extractArticle(text, { published: '2025-12-02', timezone: 'America/New_York' }).actors.map((a) => [a.name, a.kind]);
    expect(names("Readout of Secretary Rubio's Call with Armenian Foreign Minister Mirzoyan\n\nSecretary of State Marco Rubio spoke today with Ararat Mirzoyan."))
      .not.toContainEqual(["Rubio's Call", 'person']);
    expect(names("A spokesman for the Lloyd's Market Association in London said rates had risen.")).toContainEqual(["Lloyd's Market Association", 'organization']);
  });

  it('"The Secretary" is the Secretary of State, and "The Foreign Minister" the one named last', () => {
    expect(r.statements.map((s) => name(s.speaker))).toEqual(['Marco Rubio', 'Jeyhun Bayramov', 'Marco Rubio']);
  });
});

describe('an interview set out as a transcript', () => {
  const text = 'Tone Kjærvik Berg is Norway\'s special envoy for Sudan. Jonas Haraldsen interviewed her in Oslo on Wednesday, 2 April.\n\n'
    + 'NIMS: Where do things stand?\n\nBerg: Honestly, both sides are still betting on the battlefield. That sounds modest.\n\n'
    + 'NIMS: And the army?\n\nBerg: General Abdel Fattah al-Burhan received me on 6 March. He told me, "We will not sit with them."';
  const r = extractArticle(text, { published: '2025-04-07', timezone: 'Europe/Oslo' });
  const name = (id: string | null) => actorName(r, id);

  it('takes an answer as the interviewee\'s words, on the day of the interview; questions are no statements', () => {
    const berg = r.statements.filter((s) => name(s.speaker) === 'Tone Kjærvik Berg');
    expect(berg.map((s) => [s.text, s.date])).toEqual([
      ['Honestly, both sides are still betting on the battlefield. That sounds modest.', '2025-04-02'],
      ['General Abdel Fattah al-Burhan received me on 6 March.', '2025-04-02'],
    ]);
    expect(r.statements.map((s) => name(s.speaker))).toContain('Abdel Fattah al-Burhan');
  });
});

describe('events from readouts, wires and pages of several items', () => {
  const events = (text: string, published = '2025-10-14', zone = 'Europe/Moscow') => eventsIn(text, { published, timezone: zone });

  it('"three rounds … – on May 16, June 2 and July 23" are three rounds', () => {
    expect(events('Russian and Ukrainian delegations have held three rounds of direct talks in Istanbul this year - on May 16, June 2 and July 23 - which produced prisoner exchanges.'))
      .toEqual([['talks', '2025-05-16'], ['talks', '2025-06-02'], ['talks', '2025-07-23']]);
  });

  it('"spoke today with", "spoke again the following week by video link" and "received me" are talks', () => {
    expect(events('Secretary of State Marco Rubio spoke today with Armenian Foreign Minister Ararat Mirzoyan.', '2025-12-02', 'America/New_York')).toEqual([['talks', '2025-12-02']]);
    expect(events('General Abdel Fattah al-Burhan received me on 6 March and was very direct.', '2025-04-07', 'Europe/Oslo')).toEqual([['talks', '2025-03-06']]);
  });

  it('a title-cased line further down the page is a headline, not an event of its own', () => {
    expect(events('Qatar Hosts New Round of Talks Between DR Congo Government and AFC/M23', '2025-10-14', 'Asia/Qatar')).toEqual([]);
  });
});

describe('meetings told by how long they lasted or how they were held', () => {
  const events = (text: string) => eventsIn(text, { published: '2025-07-14', timezone: 'Europe/Brussels' });

  it('"spoke for more than an hour", "spent four hours with", "a videoconference with", "hosted a delegation", "due to sit down with"', () => {
    expect(events('Maroš Šefčovič and Howard Lutnick spoke for more than an hour on Saturday, two officials said.')).toEqual([['talks', '2025-07-12']]);
    expect(events('Kaja Kallas spent four hours with Wang Yi in Brussels on Wednesday.')).toEqual([['talks', '2025-07-09']]);
    expect(events('EU trade ministers will hold a videoconference with Maroš Šefčovič this afternoon.')).toEqual([['talks', '2025-07-14']]);
    expect(events('Hassan Rashad hosted a Hamas delegation headed by Khalil al-Hayya in Cairo on Monday.')).toEqual([['talks', '2025-07-14']]);
    expect(events("Šefčovič is due to sit down with Howard Lutnick on Wednesday morning.")).toEqual([['talks', '2025-07-16']]);
  });
});

describe('a debate set out as a record', () => {
  const text = 'Sudan: Peace Talks\nVolume 760: debated on Tuesday 14 January 2025\n\n'
    + 'Emily Thornberry (Islington South and Finsbury) (Lab):\nWill the Minister make a statement on the talks?\n\n'
    + 'The Minister for Development (Anneliese Dodds):\nI am grateful for the question. The United Kingdom backs a single mediation track.\n\n'
    + 'Emily Thornberry:\nDoes the Minister share that assessment?';
  const r = extractArticle(text, { published: '2025-01-14', timezone: 'Europe/London' });

  it('gives each paragraph under a speaker label to that member, questions included, dated by the sitting', () => {
    expect(r.statements.map((s) => [actorName(r, s.speaker), s.text, s.date])).toEqual([
      ['Emily Thornberry', 'Will the Minister make a statement on the talks?', '2025-01-14'],
      ['Anneliese Dodds', 'I am grateful for the question.', '2025-01-14'],
      ['Anneliese Dodds', 'The United Kingdom backs a single mediation track.', '2025-01-14'],
      ['Emily Thornberry', 'Does the Minister share that assessment?', '2025-01-14'],
    ]);
  });
});

describe('titles without full stops and nouns that look like verbs', () => {
  const text = 'Foreign Minister Datuk Seri Mohamad Hasan said the statement was signed by Defence Minister Gen Tea Seiha at a ceremony witnessed by ASEAN member states. '
    + 'Later, Tea Seiha met Samdech Thipadei Hun Manet. Hun Manet thanked him.';
  const r = extractArticle(text, { published: '2025-08-07', timezone: 'Asia/Kuala_Lumpur' });

  it('"Gen" and "Samdech Thipadei" are titles, so one person each', () => {
    const people = r.actors.filter((a) => a.kind === 'person').map((a) => a.name);
    expect(people).toEqual(expect.arrayContaining(['Mohamad Hasan', 'Tea Seiha', 'Hun Manet']));
    expect(people).not.toContain('Gen Tea Seiha');
    expect(people).not.toContain('Samdech Thipadei Hun Manet');
  });

  it('"Wang" after "Wang Yi" is Wang Yi, the family name coming first', () => {
    const w = extractArticle('Chinese Foreign Minister Wang Yi met Kaja Kallas on Wednesday. Xinhua quoted Wang as saying that Europe should see China as a partner.', { published: '2025-07-14', timezone: 'Europe/Brussels' });
    expect(w.statements.map((s) => [actorName(w, s.speaker), s.reportedBy.map((id) => actorName(w, id))])).toEqual([['Wang Yi', ['Xinhua']]]);
  });

  it('"member states" is no reporting verb', () => {
    expect(r.statements.map((s) => actorName(r, s.speaker))).toEqual(['Mohamad Hasan']);
  });
});

describe('a digest of wire items, and rounds listed by month', () => {
  const events = (text: string, published = '2025-07-16', zone = 'Asia/Qatar') => eventsIn(text, { published, timezone: zone });

  it('"Previous rounds were held in January, March and May" are three rounds', () => {
    // (A bare "May" is not read as a month: chrono leaves the modal verb alone.)
    const r = extractArticle('US and Taliban officials met in Doha on Tuesday. Previous rounds were held in January, March and June.', { published: '2025-07-16', timezone: 'Asia/Qatar' });
    expect(r.events.map((e) => [e.start, e.participants.map((id) => actorName(r, id))])).toEqual([
      ['2025-07-15', ['United States', 'Taliban']], ['2025-01-01', ['United States', 'Taliban']], ['2025-03-01', ['United States', 'Taliban']], ['2025-06-01', ['United States', 'Taliban']],
    ]);
  });

  it('a word of a body\'s name is no event', () => {
    expect(events('The Truth and Dialogue Commission was founded in 2003.')).toEqual([]);
  });

  it('a line without a full stop over its item is a headline', () => {
    const text = 'Digest\n\nChina, Philippines hold South China Sea consultations in Xiamen\n\n'
      + 'BEIJING, Sept 3 (Reuters) - Chinese and Philippine diplomats held a round of consultations on the South China Sea in Xiamen on Tuesday, the foreign ministry said.';
    expect(events(text, '2025-09-03', 'Asia/Shanghai')).toEqual([['talks', '2025-09-02']]);
  });
});

describe('meetings listed, done one after another, or only wished for', () => {
  const events = (text: string) => eventsIn(text, { published: '2026-02-13', timezone: 'Europe/Istanbul' });

  it('"previously met in Istanbul on May 16, June 2 and July 23 last year" is three meetings', () => {
    expect(events('Russian and Ukrainian delegations previously met in Istanbul on May 16, June 2 and July 23 last year.'))
      .toEqual([['talks', '2025-05-16'], ['talks', '2025-06-02'], ['talks', '2025-07-23']]);
  });

  it('"received the Ukrainian delegation and then held a separate meeting with the Russian delegation" is two meetings', () => {
    expect(events('On Wednesday, Hakan Fidan received the Ukrainian delegation and then held a separate meeting with the Russian delegation.')).toHaveLength(2);
  });

  it('"keep seeking dialogue" is no meeting, "the Belgrade-Pristina dialogue" is', () => {
    expect(events('Chung Dong-young said Wednesday that South Korea will keep seeking dialogue with North Korea.')).toEqual([]);
    expect(events('Aleksandar Vucic and Albin Kurti met on Monday in Brussels for the Belgrade-Pristina dialogue.')).toEqual([['talks', '2026-02-09']]);
  });
});

describe('agency copy with honorifics', () => {
  it('"His Highness affirmed" is the prince just named; "declared independence" reports no words; "arrived here" is a visit', () => {
    const text = 'Riyadh, Jan 20, 2025, SPA -- His Royal Highness Prince Faisal bin Farhan, Minister of Foreign Affairs, received Ramtane Lamamra today. '
      + 'His Highness affirmed the Kingdom\'s support for all initiatives aimed at restoring security. Kosovo declared independence from Serbia in 2008.';
    const r = extractArticle(text, { published: '2025-01-20', timezone: 'Asia/Riyadh' });
    expect(r.statements.map((s) => actorName(r, s.speaker))).toEqual(['Faisal bin Farhan']);
    const v = extractArticle('Qatar\'s Minister of State Mohammed Al-Khulaifi, who arrived here on Saturday, met Ishaq Dar.', { published: '2026-01-11', timezone: 'Asia/Karachi' });
    expect(v.events.map((e) => e.type)).toContain('visit');
  });
});

describe('whose cabinet met, and meetings said in other words', () => {
  const partiesOf = (text: string, published: string, timezone: string) => {
    const r = extractArticle(text, { published, timezone });
    return r.events.map((e) => [e.type, e.participants.map((id) => actorName(r, id)).sort()]);
  };

  it('"presiding over a meeting of his Council of Ministers" is the chair of the sentence before, and his country\'s', () => {
    const text = 'Venezuela\'s President Nicolás Maduro spoke on Sunday.\n\nMr. Maduro struck a harsher tone on Monday. '
      + 'Presiding over a meeting of his Council of Ministers, he said the talks would go on.';
    expect(partiesOf(text, '2024-01-16', 'America/Caracas')).toContainEqual(['cabinet_meeting', ['Nicolás Maduro', 'Venezuela']]);
  });

  it('a cabinet meeting in a capital, or under its dateline, is that country\'s; "Opening a Cabinet meeting…, he" is the chair', () => {
    const inCapital = 'Armenian Prime Minister Nikol Pashinyan spoke on Monday about Armenia.\n\nPashinyan struck a harsher tone. '
      + 'Opening a Cabinet meeting in Yerevan on Thursday, he said his government would wait.';
    expect(partiesOf(inCapital, '2025-11-14', 'Asia/Yerevan')).toContainEqual(['cabinet_meeting', ['Armenia', 'Nikol Pashinyan']]);
    const underDateline = 'SEOUL, March 3 (Yonhap) -- South Korea will keep seeking dialogue with the North.\n\n'
      + 'Presiding over a Cabinet meeting on Tuesday, President Lee called for calm.';
    expect(partiesOf(underDateline, '2026-03-03', 'Asia/Seoul')).toContainEqual(['cabinet_meeting', ['Lee', 'South Korea']]);
  });

  it('a publication stamp in the form of a timeline entry is no event; an entry with words is', () => {
    expect(eventsIn('March 19, 2025 - 21:40\n\nTimeline:\nMarch 2024 - Negotiators agree on a framework', { published: '2025-03-19', timezone: 'Asia/Ho_Chi_Minh' }))
      .toEqual([['other', '2024-03-01']]);
  });

  it('"co-chaired the 10th meeting", "called on H.E. Dr. …", "flew into Cairo" and "a brief stop in Riyadh" are events', () => {
    expectEventsIn({ published: '2026-12-05', timezone: 'Asia/Kolkata' }, [
      ['On 4th December, 2026, the minister and Secretary de la Fuente co-chaired the 10th meeting of the Joint Commission.', [['talks', '2026-12-04']]],
      ['On Friday, the minister called on H.E. Dr. Claudia Sheinbaum Pardo, President of Mexico, at the Palacio Nacional.', [['talks', '2026-12-04']]],
      ['Qatar\'s Prime Minister flew into Cairo on Wednesday afternoon.', [['visit', '2026-12-02']]],
      ['On Thursday, Kamali made a brief, unannounced stop in Riyadh on his way back from Oman.', [['visit', '2026-12-03']]],
    ]);
  });
});

describe('a live blog that runs past midnight', () => {
  const blog = (order: 'newest' | 'oldest') => {
    const entries = [
      ['17:10 GMT', "Peskov: 'no premature conclusions'", 'Kremlin spokesman Dmitry Peskov told reporters in Moscow that the talks were "businesslike".'],
      ['22:10 GMT', 'Talks resume', 'The delegations went back into the palace, the Turkish foreign ministry said.'],
      ['00:15 GMT', "Koval: 'agreement in principle'", 'Dmytro Koval, who leads Ukraine\'s delegation, has just come out to speak to reporters. "We have agreement in principle on 1,200 for 1,200," he said.'],
      ['01:20 GMT', 'Good night', 'The overnight session ended shortly before 4am Istanbul time, according to Turkish officials.'],
    ].map(([stamp, title, body]) => `${stamp}\n${title}\n${body}`);
    return `Prisoner talks in Istanbul – live\n\n${(order === 'newest' ? entries.reverse() : entries).join('\n\n')}`;
  };

  it('dates the entries after midnight on the next day, newest first or oldest first', () => {
    for (const order of ['newest', 'oldest'] as const) {
      const r = extractArticle(blog(order), { published: '2026-02-10', timezone: 'Europe/London' });
      const dayOf = (speaker: string) => r.statements.filter((s) => actorName(r, s.speaker) === speaker).map((s) => s.date?.slice(0, 10));
      expect(dayOf('Dmytro Koval')).toEqual(['2026-02-11']);
      expect(dayOf('Turkey')).toEqual(order === 'newest' ? ['2026-02-11', '2026-02-10'] : ['2026-02-10', '2026-02-11']);
    }
  });

  it('takes the line under a stamp for the entry\'s title: its quotation is no statement of its own', () => {
    const r = extractArticle(blog('newest'), { published: '2026-02-10', timezone: 'Europe/London' });
    expect(r.statements.map((s) => actorName(r, s.speaker)).sort()).toEqual(['Dmitry Peskov', 'Dmytro Koval', 'Turkey', 'Turkey']);
  });
});

describe('a broadcast interview transcript', () => {
  const transcript = 'Meridian TV | Programme transcript\nThe interview was recorded in Cairo on Saturday 7 November.\n\n'
    + 'CLAIRE WHITLOCK: My guest this week is Egypt\'s foreign minister, Hisham Abdel-Meguid. Minister, thank you for joining us.\n\n'
    + 'ABDEL-MEGUID: Thank you, Claire. It is a pleasure.\n\n'
    + 'WHITLOCK: Twenty-four million Sudanese face acute hunger. Is this process going anywhere?\n\n'
    + 'ABDEL-MEGUID: This round is more serious than the one that collapsed in August.\n\n'
    + 'WHITLOCK: Critics say Egypt is not a neutral broker. Is that fair?\n\n'
    + 'ABDEL-MEGUID: I reject completely the suggestion that Egypt is supplying weapons to any party.\n';

  it('gives the guest\'s answers to the person a capitalised label names, and the host\'s lines to nobody', () => {
    const r = extractArticle(transcript, { published: '2026-11-08', timezone: 'Africa/Cairo' });
    expect(r.statements.map((s) => [actorName(r, s.speaker), s.text])).toEqual([
      ['Hisham Abdel-Meguid', 'This round is more serious than the one that collapsed in August.'],
      ['Hisham Abdel-Meguid', 'I reject completely the suggestion that Egypt is supplying weapons to any party.'],
    ]);
  });
});

describe('meetings a chronology and a briefing put in other words', () => {
  const opts = { published: '2026-03-09', timezone: 'Europe/London' };

  it('"hold an unscheduled conversation" is talks; "At its regular Thursday session, the government approves" is a cabinet meeting on the entry\'s day', () => {
    expect(eventsIn('Timeline:\n• January 21, 2026: Pashinyan and Aliyev hold an unscheduled conversation in Davos.\n'
      + '• February 19, 2026: At its regular Thursday session, the Armenian government approves a draft of the new constitution.', opts))
      .toEqual([['talks', '2026-01-21'], ['cabinet_meeting', '2026-02-19']]);
  });

  it('"signed on Dec. 11, 2024", "received the intelligence chiefs", "chaired a session of", "last month\'s round" are events', () => {
    expectEventsIn(opts, [
      ['The declaration was signed on Dec. 11, 2024 by the two leaders.', [['other', '2024-12-11']]],
      ['Ibrahim Kalin received the intelligence chiefs of both countries in Ankara on Monday.', [['talks', '2026-03-09']]],
      ['This morning in Amman, the Deputy Special Envoy, Chiara Benedetti, chaired a session of the Military Coordination Committee.', [['talks', '2026-03-09']]],
      ['Progress was slow after last month\'s inconclusive round in Edinburgh.', [['talks', '2026-02-01']]],
    ]);
  });
});

describe('outlets named in an opening phrase', () => {
  it('"As quoted by Bernama," and "In remarks carried by the Juba-based Eye Radio on Sunday," carry what follows', () => {
    const text = 'As quoted by Bernama, Malaysian Foreign Minister Mohamad Hasan said Kuala Lumpur wanted any engagement to be inclusive.\n\n'
      + 'In remarks carried by the Juba-based Eye Radio on Sunday, Hon. Deng Garang Akol, spokesperson of the delegation, said Juba was ready.';
    const r = extractArticle(text, { published: '2026-03-09', timezone: 'Africa/Nairobi' });
    expect(r.statements.map((s) => [actorName(r, s.speaker), s.reportedBy.map((id) => actorName(r, id))]))
      .toEqual([['Mohamad Hasan', ['Bernama']], ['Deng Garang Akol', ['Eye Radio']]]);
  });
});

describe('the outlet that publishes the article', () => {
  it('is the one "told this newspaper" or "in a comment to this publication" means, named in the header or the dateline', () => {
    const header = 'Chronology: Armenia and Azerbaijan\'s long road to a treaty\nSouth Caucasus Monitor — Backgrounder\n\n'
      + 'Armenia and Azerbaijan are due to meet in Abu Dhabi on March 17. "The text is done," said Laurence Broers, a Caucasus specialist, in a comment to this publication.';
    const r = extractArticle(header, { published: '2026-03-12', timezone: 'Asia/Tbilisi' });
    expect(r.statements.map((s) => s.reportedBy.map((id) => actorName(r, id)))).toEqual([['South Caucasus Monitor']]);
    const dateline = 'JEDDAH (Arab News) — Delegations met again on Thursday. A Sudanese official told this newspaper that the talks would go on.';
    const d = extractArticle(dateline, { published: '2026-02-12', timezone: 'Asia/Riyadh' });
    expect(d.statements.map((s) => s.reportedBy.map((id) => actorName(d, id)))).toEqual([['Arab News']]);
  });
});

describe('who speaks when the subject carries a clause, an office or honorifics', () => {
  const speakers = (text: string) => {
    const r = extractArticle(text, { published: '2026-03-09', timezone: 'Africa/Nairobi' });
    return { speakers: r.statements.map((s) => actorName(r, s.speaker)), actors: r.actors.map((a) => a.name) };
  };

  it('"A senior Japanese official who accompanied Iwaya told" is the official\'s side, not Iwaya', () => {
    expect(speakers('Japanese Foreign Minister Takeshi Iwaya met Wang Yi on Sunday. A senior Japanese official who accompanied Iwaya told reporters that the talks had been constructive.').speakers)
      .toEqual(['Japan']);
  });

  it('"H.E. Dr. William Samoei Ruto, C.G.H., President … and Commander-in-Chief of the Kenya Defence Forces, has confirmed" is Ruto; "Port Sudan-based" is no actor', () => {
    const r = speakers('H.E. Dr. William Samoei Ruto, C.G.H., President of the Republic of Kenya and Commander-in-Chief of the Kenya Defence Forces, has confirmed that Nairobi will host the talks. '
      + 'Sudan\'s Port Sudan-based government, however, said in a statement that it rejected the plan.');
    expect(r.speakers).toEqual(['William Samoei Ruto', 'Sudan']);
    expect(r.actors).toContain('Kenya Defence Forces');
    expect(r.actors.filter((a) => /Commander|based/.test(a))).toEqual([]);
  });
});

describe('an office named by its country', () => {
  it('"The Omani minister" is the Omani foreign minister named before; "the minister" alone names nobody new', () => {
    const r = extractArticle('Omani Foreign Minister Badr Albusaidi spoke to Abbas Araghchi by phone on Monday. The Omani minister said the sultanate would host the next round.',
      { published: '2026-02-18', timezone: 'Asia/Muscat' });
    expect(r.statements.map((s) => actorName(r, s.speaker))).toEqual(['Badr Albusaidi']);
  });
});

describe('title case in headlines', () => {
  it('"Philippines Concludes Hosting of …" names no person the story goes on to use', () => {
    const r = extractArticle('PRESS RELEASE\n\nPhilippines Concludes Hosting of ASEAN-China Talks in Cebu\n\nThe Philippines hosted the 47th meeting of the working group in Cebu on 12 March, the Department of Foreign Affairs said.',
      { published: '2026-03-13', timezone: 'Asia/Manila' });
    expect(r.actors.map((a) => a.name)).not.toContain('Concludes Hosting');
    expect(r.actors.map((a) => a.name)).toContain('Philippines');
  });
});

describe('capitalised nouns that are no names', () => {
  it('"ASEAN Member States", "a China Coast Guard vessel", "the 2018 Ethiopian Fiscal Year", "Corps Commander-level talks" name no person', () => {
    const r = extractArticle('Delegations from all eleven ASEAN Member States took part. A China Coast Guard vessel fired water cannon on 8 March. '
      + 'Power generated in the 2018 Ethiopian Fiscal Year is exported. It came two days after the 24th round of Corps Commander-level talks.',
    { published: '2026-03-13', timezone: 'Asia/Manila' });
    expect(r.actors.filter((a) => a.kind === 'person').map((a) => a.name)).toEqual([]);
  });
});

describe('a speaker set off by where and when he spoke', () => {
  it('"Dr S Jaishankar, speaking at a think-tank event in Delhi on Thursday evening, said" is dated by the aside; "Speaking in Bern on Monday," by the opener', () => {
    const r = extractArticle('External affairs minister Dr S Jaishankar, speaking at a think-tank event in Delhi on Thursday evening, said the border was calm.\n\n'
      + 'Speaking in Bern on Monday, Federal Councillor Ignazio Cassis said Switzerland was ready.', { published: '2026-06-19', timezone: 'Asia/Kolkata' });
    expect(r.statements.map((s) => [actorName(r, s.speaker), s.date])).toEqual([['S Jaishankar', '2026-06-18'], ['Ignazio Cassis', '2026-06-15']]);
  });
});

describe('rounds and sessions in translated and agency copy', () => {
  it('"the tenth cycle", "signed the \\"Mexico Agreement …\\"", "received Director-General Feng", "held a separate three-hour session with" are events', () => {
    expectEventsIn({ published: '2026-12-03', timezone: 'America/Mexico_City' }, [
      ['The tenth cycle of the Table took place in Havana in September.', [['talks', '2026-09-01']]],
      ['On Wednesday, the two delegations signed the "Mexico Agreement on Humanitarian Relief for Catatumbo".', [['other', '2026-12-02']]],
      ['Secretary Lazaro received Director-General Feng in Cebu on 11 March.', [['talks', '2026-03-11']]],
      ['Saudi mediators held a separate three-hour session with the RSF delegation on Wednesday night.', [['talks', '2026-12-02']]],
    ]);
  });
});

describe('a digest of numbered items', () => {
  it('takes "3. JEDDAH — Sudan talks resume" for the item\'s heading, which proposes nothing of its own', () => {
    const text = 'Morning Brief\n\n1. DOHA — Gaza talks run past midnight\n\nThe latest round of talks between Israel and Hamas ended at 1:30 a.m. local time today.\n\n'
      + '2. YEREVAN — Border commissions meet again\n\nThe Armenian and Azerbaijani state commissions held their fourteenth meeting on Friday at the border.';
    const r = extractArticle(text, { published: '2027-02-09', timezone: 'Europe/London' });
    expect(r.events.map((e) => text.slice(e.evidence[0], e.evidence[0] + 12))).toEqual(['The latest r', 'The Armenian']);
  });
});

describe('outlets told in passing', () => {
  it('"Speaking later to Sky News,", ", speaking to the APA news agency," and "In statements to teleSUR," name the outlet', () => {
    const text = 'Darren Jones spoke on Tuesday. Speaking later to Sky News, Darren Jones said the talks had gone well.\n\n'
      + 'Rzayev, speaking to the APA news agency, said Baku expected the treaty to be signed.\n\n'
      + 'In statements to teleSUR, Deputy Minister Ramón Quintero affirmed that his country would host the next cycle.';
    const r = extractArticle(text, { published: '2027-02-09', timezone: 'Europe/London' });
    expect(r.statements.map((s) => s.reportedBy.map((id) => actorName(r, id)))).toEqual([['Sky News'], ['APA'], ['teleSUR']]);
  });
});

describe('the day of words a report leaves undated', () => {
  const dateOf = (text: string, published: string, timezone: string) => extractArticle(text, { published, timezone }).statements.map((s) => s.date?.slice(0, 10));

  it('a readout of talks today during a stay "from December 3 to 5" dates them today, not the day before', () => {
    expect(dateOf('On December 4, Sergey Lavrov held talks in Moscow with Hakan Fidan, who is in Russia on a working visit from December 3 to 5.\n\n'
      + 'Sergey Lavrov noted that Russia appreciates the balanced position of Türkiye.', '2026-12-04', 'Europe/Moscow')).toEqual(['2026-12-04']);
  });

  it('a transcript\'s "Date of event: 10.03.2026" dates the answers under it', () => {
    expect(dateOf('Joint press conference\nTranscript | Date of event: 10.03.2026 | Published: 11.03.2026\n\n'
      + 'Foreign Minister Ingrid Brekke: Norway\'s commitment does not depend on the news cycle.\n\n'
      + 'Moderator Kari Lunde: Thank you. Next question.\n\nForeign Minister Ingrid Brekke: We are in this for the long haul.', '2026-03-11', 'Europe/Oslo'))
      .toEqual(['2026-03-10', '2026-03-10']);
  });

  it('a dawn release\'s "Mr Peters says" is the day it goes out, though its news is of the day before', () => {
    expect(dateOf('Cabinet agreed yesterday to back the compact.\n\nForeign Minister Winston Peters says the draft is the product of a year of negotiation.',
      '2026-03-10T05:50', 'Pacific/Auckland')).toEqual(['2026-03-10']);
  });
});

describe('sources without names, and outlets that cite them', () => {
  const said = (text: string) => {
    const r = extractArticle(text, { published: '2026-03-14', timezone: 'Asia/Karachi' });
    return r.statements.map((s) => [actorName(r, s.speaker) ?? null, s.reportedBy.map((id) => actorName(r, id)), s.date?.slice(0, 10)]);
  };

  it('"As Semana reported, quoting a commander," makes an unknown masthead an outlet, and what follows its report', () => {
    expect(said('As Semana reported last week, quoting a commander, the group says it will not end the retentions. As Mirzoyan said, the talks were hard.'))
      .toEqual([[null, ['Semana'], '2026-03-14'], ['Mirzoyan', [], '2026-03-14']]);
  });

  it('a source named after the quotation ("…," said the source, who declined to be identified) speaks unnamed', () => {
    expect(said('Officials met in Islamabad. "Nobody walked out," said the source, who declined to be identified because the talks are confidential.'))
      .toEqual([[null, [], '2026-03-14']]);
  });

  it('"Diplomatic sources told Dawn", "Reuters reported last week, citing two people …, that", "Saba, quoting an official, said"', () => {
    expect(said('Diplomatic sources told Dawn on Friday that Turkish officials had circulated a draft.')).toEqual([[null, ['Dawn'], '2026-03-13']]);
    expect(said('Reuters reported on Thursday, citing two people familiar with the matter, that the Treasury had drafted a narrower license.'))
      .toEqual([[null, ['Reuters'], '2026-03-12']]);
    expect(said('The Saba news agency, quoting an unnamed official, said on Friday that salaries would be paid.')).toEqual([[null, ['Saba'], '2026-03-13']]);
  });

  it('"said the next session had been set for March 24": the day is what was said, not when', () => {
    expect(said('Speaking at the weekly briefing on Friday, spokesperson Shafqat Ali Khan said the next session had been set for March 24.'))
      .toEqual([['Shafqat Ali Khan', [], '2026-03-13']]);
  });

  it('"Foreign Minister Motta (through interpreter):" labels his answer', () => {
    const r = extractArticle('Joint press conference with Foreign Minister Ingrid Brekke and Foreign Minister Andrés Motta\n\n'
      + 'Foreign Minister Brekke: Norway stands ready to help the parties.\n\nForeign Minister Motta (through interpreter): We will not negotiate through the press.\n',
    { published: '2026-03-11', timezone: 'Europe/Oslo' });
    expect(r.statements.map((s) => [actorName(r, s.speaker), s.text])).toContainEqual(['Andrés Motta', 'We will not negotiate through the press.']);
  });
});

describe('a cabinet that met, in a clause of its own', () => {
  it('"the federal cabinet, which met on Tuesday", "the council of ministers met" are cabinet meetings, each on its day', () => {
    const opts = { published: '2024-10-02', timezone: 'Africa/Mogadishu' };
    expect(eventsIn('He said the federal cabinet, which met on Tuesday with the prime minister in the chair, had been briefed on the round.\n\n'
      + 'The federal cabinet, at its weekly meeting last Thursday chaired by the prime minister, approved a committee.', opts))
      .toEqual([['cabinet_meeting', '2024-10-01'], ['cabinet_meeting', '2024-09-26']]);
    expect(eventsIn('The Somaliland council of ministers met in an emergency session on Monday.', opts)).toEqual([['cabinet_meeting', '2024-09-30']]);
  });
});

describe('meetings over days one after another, and meetings to open', () => {
  it('"met in Siem Reap on Monday and Tuesday" is one meeting over both days; "The two-day meeting opens on Wednesday" is next Wednesday', () => {
    const r = extractArticle('The Joint Boundary Commission met in Siem Reap on Monday and Tuesday.\n\nThe two-day meeting of the Forum opens in Suva on Wednesday.',
      { published: '2026-05-14', timezone: 'Asia/Phnom_Penh' });
    expect(r.events.map((e) => [e.start, e.end])).toEqual([['2026-05-11', '2026-05-12'], ['2026-05-20', '2026-05-20']]);
  });

  it('"the result of two days of talks" told on Friday ended on Friday', () => {
    const r = extractArticle('The delegations left the palace on Friday night. That alone may be the result of two days of Turkish-mediated talks.',
      { published: '2026-10-18', timezone: 'Europe/Istanbul' });
    expect(r.events.map((e) => [e.start, e.end])).toEqual([['2026-10-15', '2026-10-16']]);
  });
});

describe('an hour before the day it falls on, and a timeline entry\'s year', () => {
  it('"shortly after 02:00 Kyiv time on Wednesday" is Wednesday', () => {
    expect(first('The meeting broke up shortly after 02:00 Kyiv time on Wednesday.', '2025-10-16', 'Europe/Kyiv').from).toBe('2025-10-15');
  });

  it('"2020 — … after talks mediated by South Sudan": the talks take the entry\'s year', () => {
    expect(eventsIn('Timeline:\n2020 — In Juba, the government signs a peace agreement with the rebels after talks mediated by South Sudan.',
      { published: '2026-04-18', timezone: 'Africa/Nairobi' })).toEqual([['other', '2020-01-01'], ['talks', '2020-01-01']]);
  });
});

describe('meetings without a day', () => {
  it('"at a mutually convenient date", "no date has been set" and talks a quotation speaks of are no events', () => {
    const opts = { published: '2026-03-10', timezone: 'Europe/London' };
    expect(eventsIn('Both sides agreed to hold the next meeting of the Joint Commission in New Delhi at a mutually convenient date.', opts)).toEqual([]);
    expect(eventsIn('Mr Martin is expected to make a separate visit to Derry and Belfast, although no date has been set.', opts)).toEqual([]);
    expect(eventsIn('"Both sides are negotiating against the clock, and the clock is the election," Mejía said.', opts)).toEqual([]);
  });
});

describe('a meeting\'s transcript', () => {
  it('gives the paragraphs after "Vladimir Putin: …" to him up to the next label, an office before a name included, dated the day it is published', () => {
    const text = 'Meeting with President of the United Arab Emirates Mohamed bin Zayed Al Nahyan\n\nFebruary 18, 2026, 15:40\n\n'
      + 'Vladimir Putin held talks with President Mohamed bin Zayed Al Nahyan, who arrived late last night.\n\n'
      + 'Vladimir Putin: Your Highness, my dear friend,\n\nI am very glad to welcome you to Moscow once again.\n\nTrade between our countries continues to grow.\n\n'
      + 'President of the United Arab Emirates Mohamed bin Zayed Al Nahyan (retranslated): Relations between our countries are built on mutual respect.\n\n'
      + 'The Emirates will continue to facilitate exchanges.\n';
    const r = extractArticle(text, { published: '2026-02-18', timezone: 'Europe/Moscow' });
    expect(r.statements.map((s) => [actorName(r, s.speaker), s.text, s.date])).toEqual([
      ['Vladimir Putin', 'I am very glad to welcome you to Moscow once again.', '2026-02-18'],
      ['Vladimir Putin', 'Trade between our countries continues to grow.', '2026-02-18'],
      ['Mohamed bin Zayed Al Nahyan', 'Relations between our countries are built on mutual respect.', '2026-02-18'],
      ['Mohamed bin Zayed Al Nahyan', 'The Emirates will continue to facilitate exchanges.', '2026-02-18'],
    ]);
  });
});

describe('a stretch of years', () => {
  it('"the most important document in 30 years" is the stretch before the report, not a year to come', () => {
    const d = first('Fidan called it "the most important document for the South Caucasus in 30 years."', '2026-09-24', 'Europe/Istanbul');
    expect([d.to, d.approximate]).toEqual(['2026-09-24', true]);
  });
});

describe('a meeting before the one the story tells of', () => {
  it('"Since our meeting here in the Kremlin in August" does not date the talks held today', () => {
    expect(eventsIn('Vladimir Putin held talks with President Mohamed bin Zayed Al Nahyan, who is in Russia on a working visit.\n\n'
      + 'Vladimir Putin: Your Highness, my dear friend,\n\nSince our meeting here in the Kremlin in August, a great deal has happened.',
    { published: '2026-02-18', timezone: 'Europe/Moscow' })).toEqual([['talks', null], ['visit', null], ['talks', '2025-08-01']]);
  });
});

describe('an outlet that carries a speaker on', () => {
  it('"He added that …" in the paragraph after "Mujahid told Tolo News" is carried by Tolo News too', () => {
    const r = extractArticle('Taliban spokesman Zabihullah Mujahid told Tolo News on Saturday that the Islamic Emirate does not allow anyone to use Afghan soil.\n\n'
      + 'He added that Afghanistan welcomed China\'s constructive role.', { published: '2025-11-03', timezone: 'Asia/Karachi' });
    expect(r.statements.map((s) => [actorName(r, s.speaker), s.reportedBy.map((id) => actorName(r, id))]))
      .toEqual([['Zabihullah Mujahid', ['Tolo News']], ['Zabihullah Mujahid', ['Tolo News']]]);
  });

  it('"Peskov, quoted by AFP, said" is carried by AFP', () => {
    const r = extractArticle('Kremlin spokesman Dmitry Peskov, quoted by AFP, said the suspension of aid would do more for a settlement.', { published: '2026-03-04', timezone: 'Europe/Paris' });
    expect(r.statements.map((s) => s.reportedBy.map((id) => actorName(r, id)))).toEqual([['AFP']]);
  });
});

describe('the day of an interview', () => {
  it('"We spoke in her Geneva office on 27 January" dates the answers, not the day it was published', () => {
    const r = extractArticle('Interview by Owen Pritchard\nPublished 10 February 2026\n\nLéa Marchetti-Baumann has facilitated meetings for years. '
      + 'We spoke in her Geneva office on 27 January.\n\nQ: Do you still believe that quiet is the method?\n\nA: Quiet is the method, and it has worked for both commissions.\n\n'
      + 'Q: What comes next?\n\nA: The commissions will need a written mandate before they can agree on any site.\n',
    { published: '2026-02-10', timezone: 'Europe/Zurich' });
    expect(r.statements.map((s) => [actorName(r, s.speaker), s.date])).toEqual([['Léa Marchetti-Baumann', '2026-01-27'], ['Léa Marchetti-Baumann', '2026-01-27']]);
  });
});

describe('what a meeting came after', () => {
  it('"The meeting in Seoul came a day after Kim Yo-jong denounced …" gives the meeting neither her day nor her', () => {
    const r = extractArticle('The meeting in Seoul came a day after Kim Yo-jong, the sister of North Korean leader Kim Jong-un, denounced the planned drills.',
      { published: '2026-11-30', timezone: 'Asia/Seoul' });
    expect(r.events.filter((e) => e.start === '2026-11-29')).toEqual([]);
  });
});

describe('a stretch of time, a summary line, room to act', () => {
  it('"over the past year" is the year up to publication, not the calendar year before', () => {
    expect(first('The army has regained much of central Sudan over the past year.', '2026-11-30', 'America/New_York'))
      .toMatchObject({ from: '2025-11-30', to: '2026-11-30', approximate: true });
    expect(first('Talks collapsed last year.', '2026-11-30')).toMatchObject({ from: '2025-01-01', to: '2025-12-31' });
  });

  it('the meeting a relative clause measures "over the past year" is the meeting just told of; talks "taking place" in a quotation date nothing', () => {
    const lede = 'Envoys for the army and the Rapid Support Forces met face to face late Sunday in Jeddah.\n\n';
    expectEventsIn({ published: '2026-11-30', timezone: 'America/New_York' }, [
      [`${lede}The meeting marks a shift for a military that has regained much of central Sudan over the past year.`, [['talks', '2026-11-29']]],
      [`${lede}An army spokesman, Nabil Abdalla, told Al Hadath television on Sunday afternoon that "no negotiations are taking place," hours before the envoys sat down.`,
        [['talks', '2026-11-29']]],
    ]);
  });

  it('a summary line under the headline that names no one is the body\'s event of that date', () => {
    expectEventsIn({ published: '2026-11-30', timezone: 'America/New_York' }, [[
      'Sudan Rivals Hold First Direct Talks in Jeddah\n- Second round tentatively planned for Dec. 7, one person said\n\n'
      + 'Envoys for the army and the Rapid Support Forces met face to face late Sunday in Jeddah. A second round with the Rapid Support Forces is tentatively planned for Dec. 7.',
      [['talks', '2026-11-29'], ['talks', '2026-12-07']]]]);
  });

  it('"more room to negotiate" is no event', () => {
    expectEventsIn({ published: '2026-11-30', timezone: 'America/New_York' }, [[
      "Diplomats say the army's gains have given Abdel Fattah al-Burhan more room to negotiate with the Rapid Support Forces.", []]]);
  });
});

describe("a meeting named by its day", () => {
  it('"told reporters after Saturday\'s opening session" refers to the round told of; "Tuesday\'s meeting was prepared in a phone call" tells of the call', () => {
    expectEventsIn({ published: '2026-03-14', timezone: 'Asia/Qatar' }, [[
      'Negotiators for the Democratic Republic of Congo and the M23 armed group sat down in Doha on Saturday for a fresh round of Qatari-mediated talks.\n\n'
      + '"The gaps are narrower than they appear," Abdullah Al-Suwaidi told reporters after Saturday\'s opening session.',
      [['talks', '2026-03-14']]]]);
    expect(eventsIn('The delimitation commissions of Armenia and Azerbaijan met in Qazax on Tuesday.\n\n'
      + "Tuesday's meeting was prepared in a phone call on Sunday between Ararat Mirzoyan and Jeyhun Bayramov.",
    { published: '2025-11-19', timezone: 'Asia/Baku' })).toHaveLength(2);
  });
});

describe('a round referred to by its number', () => {
  it('undated, "That first round ended without a joint statement" is the round just told of; "that a third session was likely" is one to come', () => {
    const opts = { published: '2025-05-22', timezone: 'Europe/Warsaw' };
    expectEventsIn(opts, [
      ['Radosław Sikorski, Jan Lipavský and Andrii Sybiha met on Wednesday in Rzeszów.\n\nThe three ministers last met in this format in Prague on 4 March, '
        + "when the agenda was dominated by financing. That first round ended without a joint statement after disagreement over the EU's Ukraine Facility.",
      [['talks', '2025-05-21'], ['talks', '2025-03-04']]],
    ]);
    const r = extractArticle('The two sides met in Pretoria last month under African Union auspices, in a session chaired by Thandiwe Mokoena-Ndlovu.\n\n'
      + 'Mokoena-Ndlovu told reporters on Monday that both delegations had been practical and that a third session was likely.', opts);
    expect(r.events.map((e) => [e.type, e.start])).toEqual([['talks', '2025-04-01'], ['talks', null]]);
  });
});

describe('names with particles', () => {
  it('"Ursula von der Leyen" is one name, and "Von der Leyen" opening a sentence is she', () => {
    const r = extractArticle('The leaders were hosted by António Costa and Ursula von der Leyen, the Commission president. Von der Leyen said the summit was a turning point.',
      { published: '2026-05-19', timezone: 'Europe/Brussels' });
    expect(r.actors.filter((a) => a.kind === 'person').map((a) => a.name)).toEqual(['António Costa', 'Ursula von der Leyen']);
    expect(actorName(r, r.statements[0].speaker)).toBe('Ursula von der Leyen');
  });
});

describe('a given name that is also a month', () => {
  it('"Jan Lipavský" is a person, in a list of ministers and after a title', () => {
    const r = extractArticle('Radosław Sikorski, Jan Lipavský and Andrii Sybiha met on Wednesday. Czech Foreign Minister Jan Lipavský said the groups would start work in June.',
      { published: '2025-05-22', timezone: 'Europe/Warsaw' });
    expect(r.actors.filter((a) => a.kind === 'person').map((a) => a.name)).toEqual(['Radosław Sikorski', 'Jan Lipavský', 'Andrii Sybiha']);
    expect(eventsIn('The talks resumed on Jan 12 in Prague.', { published: '2025-05-22', timezone: 'Europe/Prague' })).toEqual([['talks', '2025-01-12']]);
  });
});

describe('a name after its office', () => {
  it.each([
    ['ECOWAS Commission President Omar Alieu Touray said the meeting had produced a basis for a settlement.', 'Omar Alieu Touray'],
    ['UN Under-Secretary-General for Humanitarian Affairs Tom Fletcher has warned that the system is at breaking point.', 'Tom Fletcher'],
    ['Minister of Foreign Affairs and Trade Winston Peters said the visit would deepen ties.', 'Winston Peters'],
    ['The Minister for Pacific Affairs Pat Conroy said the visit would deepen ties.', 'Pat Conroy'],
  ])('%s', (text, person) => {
    const r = extractArticle(text, { published: '2026-05-14', timezone: 'Europe/London' });
    expect(actorName(r, r.statements[0].speaker)).toBe(person);
  });
});

describe('a span of days, and a meeting named by whose it was', () => {
  it('"held from 10 to 12 June" and "between 3 and 5 March 2025" are days, not hours', () => {
    expect(first('The meeting, held from 10 to 12 June at a hotel on Manila Bay, was the fourth round.', '2026-06-13', 'Europe/London'))
      .toMatchObject({ from: '2026-06-10', to: '2026-06-12', precision: 'day' });
    expect(first('They met between 3 and 5 March 2025 in Geneva.', '2026-06-13', 'Europe/London')).toMatchObject({ from: '2025-03-03', to: '2025-03-05' });
  });

  it('"The senior officials’ meeting, held …" is the talks just told of; "this week\'s trip with a visit to Athens" tells of a new visit', () => {
    expectEventsIn({ published: '2026-06-13', timezone: 'Europe/London' }, [[
      'Negotiators from the ASEAN member states and China wrapped up three days of talks in Manila on Friday.\n\n'
      + 'The senior officials’ meeting, held from 10 to 12 June at a hotel on Manila Bay, was the fourth round this year under the Philippines’ chairmanship.',
      [['talks', '2026-06-10']]]]);
    const visits = eventsIn('The Foreign Secretary, Harriet Calloway, travelled to Nicosia on Thursday.\n\n'
      + "Lord Fenwick, the Europe minister, paved the way for this week's trip with a visit to Athens a fortnight ago, where he held talks with the Greek foreign minister.",
    { published: '2024-05-03', timezone: 'Europe/London' });
    expect(visits.map(([type]) => type)).toEqual(['visit', 'visit']);
    expect(visits[0][1]).toBe('2024-05-02');
  });
});

describe('a clause that shares the time before it', () => {
  it('"last met in Moscow on 12 August 2025, when the UAE president paid a state visit" dates the visit too', () => {
    expectEventsIn({ published: '2026-03-12', timezone: 'Europe/Moscow' }, [[
      'The two leaders last met in Moscow on 12 August 2025, when the UAE president paid a state visit to Russia.',
      [['talks', '2025-08-12'], ['visit', '2025-08-12']]]]);
  });
});

describe('the last time, named by place and year', () => {
  it('"the first alliance summit hosted by Türkiye since Istanbul in 2004" is not dated 2004', () => {
    expect(eventsIn('NATO leaders are meeting in Ankara for the first alliance summit hosted by Türkiye since Istanbul in 2004.',
      { published: '2026-07-07', timezone: 'Europe/Istanbul' }).filter(([, start]) => start?.startsWith('2004'))).toEqual([]);
  });
});

describe('a plan without a date', () => {
  it('"a ministerial meeting next year, but no date has been discussed" is no event; "a fourth round in October, though no date has been set" is one', () => {
    expectEventsIn({ published: '2026-11-18', timezone: 'Asia/Qatar' }, [
      ['Officials have also floated the idea of a ministerial-level meeting next year, but no date has been discussed.', []],
      ['Diplomats expect a fourth round of talks in Doha in December, though no date has been set.', [['talks', '2026-12-01']]],
    ]);
  });
});

describe('outlets named between the verb and what was said', () => {
  it('", cited by the Bangkok Post, that" and ", in remarks carried by … AKP and republished by the Khmer Times, that" carry the statement', () => {
    const r = extractArticle('The Second Army Region said in a statement on Saturday, cited by the Bangkok Post, that troops would respond proportionately.\n\n'
      + "Cambodia's defence ministry spokeswoman, Chhum Sreyneang, said on Friday evening, in remarks carried by the state news agency AKP and republished by the Khmer Times, that Cambodia would welcome any partner.",
    { published: '2026-11-08', timezone: 'Asia/Bangkok' });
    expect(r.statements.map((s) => s.reportedBy.map((id) => actorName(r, id)))).toEqual([['Bangkok Post'], ['Agence Kampuchea Presse', 'Khmer Times']]);
  });
});

describe('what someone would not say', () => {
  it('"He declined to say when." and "He did not say whether …" are no statements', () => {
    const r = extractArticle('Sir Philip Marlow told MPs that Sudan had been discussed at a meeting in early September. He declined to say when. '
      + 'He did not say whether the RSF had been consulted.', { published: '2025-11-19', timezone: 'Europe/London' });
    expect(r.statements.map((s) => actorName(r, s.speaker))).toEqual(['Philip Marlow']);
  });
});

describe('an intention for the coming weeks', () => {
  it('"he plans to visit Abu Dhabi and Cairo in the coming weeks" is not on the timeline', () => {
    expect(eventsIn('Anders Halvorsen met both delegations in Jeddah on Friday. He plans to visit Abu Dhabi and Cairo in the coming weeks.',
      { published: '2026-04-14', timezone: 'America/New_York' }).filter(([type]) => type === 'visit')).toEqual([]);
  });
});

describe('a meeting told by a livelier verb', () => {
  it('"have huddled on the margins" is a meeting of the three', () => {
    const r = extractArticle('Keir Starmer, Friedrich Merz and Emmanuel Macron have huddled on the margins to coordinate on air defence.',
      { published: '2026-07-07', timezone: 'Europe/Istanbul' });
    expect(r.events.map((e) => [e.type, e.participants.map((id) => actorName(r, id)).slice(0, 3)]))
      .toEqual([['talks', ['Keir Starmer', 'Friedrich Merz', 'Emmanuel Macron']]]);
  });
});

describe('talk of a meeting that has no day', () => {
  it('"open to talks", "rarely travels to Oman", "a meeting … floated, now looks unlikely" are no events', () => {
    expectEventsIn({ published: '2026-11-08', timezone: 'Asia/Muscat' }, [
      ['Russia has repeatedly said it is open to talks while demanding that Ukraine withdraw.', []],
      ['Sheikh Abdullah bin Zayed rarely travels to Oman on short notice.', []],
      ['A meeting between Kurti and Vučić before the end of the year, which some diplomats have floated, now looks unlikely.', []],
    ]);
  });
});

describe('meetings that did not happen, or are only the time of something else', () => {
  it('"A sixth round was called off" is no event', () => {
    expectEventsIn({ published: '2027-02-20', timezone: 'Europe/London' }, [
      ['A sixth round of talks was called off after Israel launched strikes on Iran in June.', []],
      ['November 2026: A planned high-level meeting in Brussels is postponed indefinitely after a row over border crossings.', []],
    ]);
  });

  it('"wrote on X on Thursday evening, before entering the meeting" is the time of the post; "Two days after the Muscat meeting, X sat down with Y" is a new one', () => {
    expectEventsIn({ published: '2027-08-27', timezone: 'Asia/Jerusalem' }, [
      ['The security cabinet convened late on Thursday in Tel Aviv.\n\nFinance Minister Ronit Shaked wrote on X on Thursday evening, before entering the meeting, '
        + 'that "no signature will replace an Israeli finger on the trigger."', [['cabinet_meeting', '2027-08-26']]],
    ]);
    expectEventsIn({ published: '2026-11-19', timezone: 'Asia/Muscat' }, [
      ['Iranian and US envoys met in Muscat on Sunday. Two days after the Muscat meeting, Kazem Gharibabadi sat down with Rafael Grossi in Vienna.',
        [['talks', '2026-11-15'], ['talks', '2026-11-17']]],
    ]);
  });
});

describe('a time counted from another event', () => {
  it('"On 29 October, a week before Siem Reap, … hosted a meeting" is 29 October', () => {
    expectEventsIn({ published: '2026-11-08', timezone: 'Asia/Singapore' }, [[
      'On 29 October, a week before Siem Reap, Chinese Vice Foreign Minister Liang Weiguo hosted deputy ministers for an informal trilateral meeting in Kunming.',
      [['talks', '2026-10-29']]]]);
  });
});

describe('a place named before a meeting', () => {
  it('"after the Siem Reap border talks" makes no person of Siem Reap', () => {
    const r = extractArticle("Beijing's quiet channel meets Bangkok's red line after the Siem Reap border talks\n\n"
      + 'When Thai and Cambodian defence chiefs sat down in Siem Reap last Thursday, both delegations arrived with instructions.', { published: '2026-11-08', timezone: 'Asia/Singapore' });
    expect(r.actors.filter((a) => a.kind === 'person')).toEqual([]);
  });
});

describe('a live page stamped "Posted at"', () => {
  it('"Posted at 07:48" stamps its entry: the entry title "Talks under way" is no event of its own', () => {
    const page = 'Iran-US talks: live\n\nPosted at 09:10\n\nSecond session\n\nThe delegations of Iran and the United States met again in Muscat after lunch.\n\n'
      + 'Posted at 07:48\n\nTalks under way\n\nThe talks began at about 11:30 local time, according to Omani officials.';
    expect(eventsIn(page, { published: '2027-02-20', timezone: 'Europe/London' })).toHaveLength(1);
  });

  it('one "Posted 23:40 Muscat time" line is the hour of publication and dates no statement', () => {
    const r = extractArticle('Foreign Minister meets Iranian delegation\nPosted 23:40 Muscat time\n\n'
      + 'Foreign Minister Badr Albusaidi told the Oman News Agency that "the doors remain open to every sincere effort at dialogue."',
    { published: '2026-11-25', timezone: 'Asia/Muscat' });
    expect(r.statements.map((s) => s.date)).toEqual(['2026-11-25']);
  });
});

describe('an honorific written without stops', () => {
  it('"HE President Felix Tshisekedi" is Felix Tshisekedi', () => {
    const r = extractArticle('DOHA, 14th October, 2025 (QNA) -- HE Minister of State Mohammed Al Khulaifi met HE President Felix Tshisekedi.',
      { published: '2025-10-14', timezone: 'Asia/Qatar' });
    expect(r.actors.filter((a) => a.kind === 'person').map((a) => a.name)).toEqual(['Mohammed Al Khulaifi', 'Felix Tshisekedi']);
  });
});

describe('words around a name that are not the name', () => {
  it('"I\'m Clea Vandamme", "His Majesty Sultan Haitham bin Tarik" and "21 Dominica Drive"', () => {
    const r = extractArticle("I'm Clea Vandamme. Sayyid Badr conveyed the greetings of His Majesty Sultan Haitham bin Tarik to the President. "
      + 'The ministry is at 21 Dominica Drive, Kingston.', { published: '2025-07-14', timezone: 'Asia/Muscat' });
    expect(r.actors.filter((a) => a.kind === 'person').map((a) => a.name)).toEqual(['Clea Vandamme', 'Badr', 'Sultan Haitham bin Tarik']);
  });
});

describe('an outlet described by its country', () => {
  it('"has told Iranian state TV, IRIB, that" is carried by IRIB, and Iran is not its audience', () => {
    const r = extractArticle("Iran's Foreign Minister Mohsen Farahani has told Iranian state TV, IRIB, that the talks were held in a calm atmosphere.",
      { published: '2027-02-20', timezone: 'Europe/London' });
    expect(r.statements.map((s) => [actorName(r, s.speaker), s.audience.map((id) => actorName(r, id)), s.reportedBy.map((id) => actorName(r, id))]))
      .toEqual([['Mohsen Farahani', [], ['IRIB']]]);
  });
});

describe('who a statement is addressed to', () => {
  it('"said Phnom Penh wanted" addresses no one; "told Thai officials that" addresses Thailand', () => {
    const r = extractArticle("Gen Chea Sophal, speaking after Thursday's opening session, said Phnom Penh wanted the observer team to see every metre of the line. "
      + 'Sophal told Thai officials that Cambodia was ready.', { published: '2026-11-08', timezone: 'Asia/Singapore' });
    expect(r.statements.map((s) => s.audience.map((id) => actorName(r, id)))).toEqual([[], ['Thailand']]);
  });
});

describe('event words from a fifth batch', () => {
  it('reads the negotiating table, a summons, a dated swap, "convened X and Y" and "spoke at length with" as events', () => {
    expectEventsIn({ published: '2025-12-03', timezone: 'Asia/Riyadh' }, [
      ["Negotiators for Sudan's military and the RSF sat at the same table in Jeddah on Wednesday.", [['talks', '2025-12-03']]],
      ['The delegations are due back at the table in Havana on 16 March.', [['talks', '2026-03-16']]],
      ['In Riga, the Latvian foreign ministry on Monday summoned the chargé d\'affaires of Belarus over balloon incursions.', [['other', '2025-12-01']]],
      ['The African Union panel convened the federal government and the Tigray People\'s Liberation Front in Addis Ababa on Monday.', [['talks', '2025-12-01']]],
      ['On Tuesday I spoke at length with General al-Burhan by phone.', [['talks', '2025-12-02']]],
    ]);
    expectEventsIn({ published: '2026-02-12', timezone: 'Europe/Kyiv' }, [['It was the second exchange this year after a swap on 16 January.', [['other', '2026-01-16']]]]);
  });

  it('reads "the round opened", "a first, lower-level round", "saw a delegation" and a government meeting for its cabinet session', () => {
    expectEventsIn({ published: '2026-11-10', timezone: 'Europe/Tallinn' }, [
      ['The round opened Tuesday with proximity sessions in Jeddah.', [['talks', '2026-11-10']]],
      ['A first, lower-level round of the process, held in Ankara on 3 March, produced little.', [['talks', '2026-03-03']]],
      ['A: I saw an RSF delegation in Nairobi on 26 January.', [['talks', '2026-01-26']]],
      ['The government meets at 1100 this morning for its regular Tuesday cabinet session.', [['cabinet_meeting', '2026-11-10']]],
      ['The two ministers met on Monday before the cabinet session.', [['talks', '2026-11-09']]],
    ]);
  });

  it('takes a timeline entry that only reports words as no event, and one that reports an act as one', () => {
    expectEventsIn({ published: '2026-04-14', timezone: 'Asia/Tbilisi' }, [
      ["Timeline:\n\nAugust 2024 – Mirzoyan says 13 of the treaty's 17 articles have been fully agreed.\n", []],
      ['Timeline:\n\nMarch 2023 – Restoration of relations announced in Beijing under Chinese auspices.\n', [['other', '2023-03-01']]],
    ]);
  });

  it('leaves out a swap only spoken of, the table one is pushed back to, and a meeting a spokeswoman confirmed', () => {
    expectEventsIn({ published: '2026-04-14', timezone: 'Asia/Tbilisi' }, [
      ['He did not give a date for a swap.', []],
      ['Germany pushes Serbia and Kosovo back to the table', []],
      ['The spokeswoman confirmed the meeting, saying the agenda would cover the border.', []],
    ]);
  });

  it('does not date an event by what it came "two weeks after", but does by the hour it ended "shortly after"', () => {
    expectEventsIn({ published: '2026-03-06', timezone: 'Europe/Brussels' }, [
      ['Chinese and Philippine officials met in Manila on Tuesday. The meeting came barely two weeks after Manila lodged a diplomatic protest, on 18 February, over water cannon.',
        [['talks', '2026-03-03']]],
      ['The security cabinet broke up shortly after 1:30 a.m. without a vote.', [['cabinet_meeting', '2026-03-06T01:30:00+01:00']]],
    ]);
  });

  it('does not date an event by the "since" clause of a "first time"', () => {
    expectEventsIn({ published: '2026-05-16', timezone: 'Europe/Istanbul' }, [
      ['It is the first time Russian and Ukrainian officials have sat at the same table since the grain arrangement lapsed in July 2023.', [['talks', null as unknown as string]]],
    ]);
  });
});

describe('an interview answer', () => {
  it('is one statement with the sentences that only elaborate it; a sentence naming a side or a day is a claim of its own', () => {
    const text = 'Mediator says talks will resume\n\nLena Haugland, the UN envoy for Sudan, spoke to us in Geneva on Friday, 10 April.\n\n'
      + 'Q: How far apart are the parties?\n\nA: The army wants guarantees first. That is what negotiations are for. In this war nothing is small. '
      + 'The talks resume in Jeddah on 16 April.\n\nQ: Will you be there?\n\nA: My team travels to Riyadh first to settle the arrangements.\n';
    const r = extractArticle(text, { published: '2026-04-13', timezone: 'Europe/Zurich' });
    expect(r.statements.map((s) => s.text)).toEqual([
      'The army wants guarantees first. That is what negotiations are for. In this war nothing is small.',
      'The talks resume in Jeddah on 16 April.',
      'My team travels to Riyadh first to settle the arrangements.',
    ]);
  });
});

describe('an outlet citing its sources', () => {
  const said = (text: string) => {
    const r = extractArticle(text, { published: '2026-01-20', timezone: 'Europe/London' });
    return r.statements.map((s) => [actorName(r, s.speaker), s.reportedBy.map((id) => actorName(r, id)), s.text]);
  };

  it('gives the claim to whom the outlet cites, in the middle or at the end of the sentence', () => {
    expect(said('Axios reports, citing two US officials, that the envoy will travel to Cairo on Thursday.'))
      .toEqual([['United States', ['Axios'], 'the envoy will travel to Cairo on Thursday']]);
    expect(said('An Israeli delegation landed in Cairo this afternoon, Reuters reports, citing two Egyptian security sources.'))
      .toEqual([['Egypt', ['Reuters'], 'An Israeli delegation landed in Cairo this afternoon']]);
  });

  it('carries the words of sources it quotes without placing them', () => {
    expect(said('The news agency Reuters quoted council diplomats as saying a draft press statement had been blocked.'))
      .toEqual([[undefined, ['Reuters'], 'a draft press statement had been blocked']]);
  });

  it('reads the subject before how an outlet reached it, and the outlet carries the words', () => {
    expect(said('An M23 spokesman, reached by Radio Okapi, dismissed the Luanda meeting as "a conversation between governments".'))
      .toEqual([['M23', ['Radio Okapi'], 'a conversation between governments']]);
  });

  it('takes "the person said" as an unplaced source, and "responds that" as words', () => {
    expect(said('A person briefed on the talks declined to give details. The person said the American team "did not reject the list out of hand."').map(([who]) => who))
      .toEqual([undefined]);
    expect(said("Eritrea's information ministry responds that it will not be drawn into \"talk of ports\".").map(([who]) => who)).toEqual(['Eritrea']);
  });

  it('gives the words to the person a "whose" clause hangs on, not to a place inside it', () => {
    expect(said('"Every week my son is still in El Rodeo," Patricia Lund, whose son, an engineer from Houston, was arrested in January, said after the meeting.')
      .map(([who]) => who)).toEqual(['Patricia Lund']);
  });

  it('gives sources that name no side to the side the report is about', () => {
    expect(said("Israel's security cabinet broke up before midnight without a vote, Channel 12 reported, citing two ministers.").map(([who]) => who))
      .toEqual(['Israel']);
  });
});

describe('"the ministry said"', () => {
  it('is the side whose ministry the story named last', () => {
    const r = extractArticle('In Riga, the Latvian foreign ministry last night summoned the envoy of Belarus. Belarus denied any incursion. '
      + 'In a statement issued at 2200 yesterday, the ministry said Latvia would "not accept these provocations".', { published: '2026-11-10', timezone: 'Europe/Riga' });
    expect(r.statements.map((s) => [actorName(r, s.speaker), s.text])).toEqual([['Belarus', 'any incursion'], ['Latvia', 'not accept these provocations']]);
  });
});

describe('names that are no one', () => {
  it('"Nobody" opening a quotation is no person, and the Tamil Tigers are an armed group', () => {
    const r = extractArticle('"Nobody told me what they were discussing," Eikeland said. The Tamil Tigers agreed to a truce.', { published: '2026-02-01', timezone: 'Europe/Oslo' });
    expect(r.actors.map((a) => [a.name, a.kind])).toEqual([['Eikeland', 'person'], ['Tamil Tigers', 'armed_group']]);
  });
});

describe('what stands around a name', () => {
  it('drops "MLA" and "TD" after a name, and takes a portfolio the office lists for no person', () => {
    const names = (text: string) => extractArticle(text, { published: '2026-05-20', timezone: 'Asia/Kolkata' }).actors.filter((a) => a.kind === 'person').map((a) => a.name);
    expect(names('The party legacy spokesman, Dónall Ó Murchú MLA, said the case mattered. Mary Kelly TD agreed.')).toEqual(['Dónall Ó Murchú', 'Mary Kelly']);
    expect(names('EAM held talks with H.E. Dr. Hossam Farid, Minister of Foreign Affairs, Emigration and Egyptian Expatriates, in Cairo.')).toEqual(['Hossam Farid']);
  });

  it('parts the body an office is of from the person who holds it ("Chairman of the State Duma Vyacheslav Volodin")', () => {
    const r = extractArticle('Tomorrow I will meet Chairman of the State Duma Vyacheslav Volodin and Speaker of the National Assembly Tran Thanh Man.',
      { published: '2026-03-12', timezone: 'Europe/Moscow' });
    expect(r.actors.map((a) => [a.name, a.kind])).toEqual([['State Duma', 'body'], ['Vyacheslav Volodin', 'person'], ['National Assembly', 'body'], ['Tran Thanh Man', 'person']]);
  });

  it('knows parties whose names read like a person\'s ("Sinn Féin\'s legacy spokesman")', () => {
    const r = extractArticle("Sinn Féin's legacy spokesman said the DUP agreed. Likud ministers objected.", { published: '2024-10-15', timezone: 'Europe/Dublin' });
    expect(r.actors.map((a) => [a.name, a.kind])).toEqual([['Sinn Féin', 'organization'], ['Democratic Unionist Party', 'organization'], ['Likud', 'organization']]);
  });

  it('takes "Federal Councillor" for an office, not a person', () => {
    const r = extractArticle('The Secretary-General also met Ignazio Cassis, Federal Councillor and Head of the Federal Department of Foreign Affairs of Switzerland.',
      { published: '2026-05-14', timezone: 'Europe/Zurich' });
    const names = r.actors.map((a) => a.name);
    expect(names).not.toContain('Federal Councillor');
    expect(names).toContain('Ignazio Cassis');
  });
});

describe('a surname that is also a group in the lexicon', () => {
  it('stays the person\'s ("Thérèse Kayikwamba Wagner", "Ms Wagner"), and the group after a known name stays the group', () => {
    const r = extractArticle("Congo's Foreign Minister Thérèse Kayikwamba Wagner met Rwanda's Olivier Nduhungirehe in Luanda. "
      + 'The Russian Wagner group was not mentioned, Ms Wagner said.', { published: '2026-06-17', timezone: 'Africa/Kinshasa' });
    expect(r.actors.map((a) => [a.name, a.kind])).toEqual(expect.arrayContaining([['Thérèse Kayikwamba Wagner', 'person'], ['Wagner Group', 'armed_group']]));
    expect(r.statements.map((s) => actorName(r, s.speaker))).toEqual(['Thérèse Kayikwamba Wagner']);
  });
});

describe('a briefing note\'s key points', () => {
  it('are its chronology when each opens with its date, not a summary repeating entries', () => {
    const r = extractArticle('Briefing Note 14/2026\nDate: 4 March 2026\n\nKey points:\n\n'
      + '• 28 January 2026 — Nikos Christodoulides and Tufan Erhürman met for three hours in the buffer zone.\n\n'
      + '• 5 February 2026 — In an interview with Kıbrıs Postası, Erhürman said the meeting had produced "the most concrete result in years".\n',
    { published: '2026-03-04', timezone: 'Europe/Brussels' });
    expect(r.events.map((e) => [e.type, e.start])).toEqual([['talks', '2026-01-28']]);
    expect(r.statements.map((s) => [actorName(r, s.speaker), s.date])).toEqual([['Tufan Erhürman', '2026-02-05']]);
  });
});

describe('a press conference transcript', () => {
  it('gives "CS MWANGI:" and "FM HAUGLAND:" lines to the people the article names', () => {
    const r = extractArticle('Joint press conference by Cabinet Secretary Daniel Mwangi and Foreign Minister Ingrid Haugland, Nairobi, 11 September 2026\n\n'
      + 'CS MWANGI: The parties have agreed to meet again in Nairobi on 5 October.\n\nFM HAUGLAND: Norway is proud to co-chair this process with Kenya.\n',
    { published: '2026-09-11', timezone: 'Africa/Nairobi' });
    expect(r.statements.map((s) => actorName(r, s.speaker))).toEqual(['Daniel Mwangi', 'Ingrid Haugland']);
  });
});

describe('what a statement speaks of', () => {
  it('"said the meeting had produced" refers to a meeting, and "the most concrete result in years" dates nothing', () => {
    expectEventsIn({ published: '2026-03-04', timezone: 'Europe/Brussels' }, [
      ['Erhürman said the meeting had produced "the most concrete result in years".', []],
      ['Erhürman said the meeting in Nicosia on Monday had produced results.', [['talks', '2026-03-02']]],
    ]);
  });
});

describe('a UN release headline', () => {
  it('"Secretary-General, Opening Geneva Proximity Talks on Sudan, Urges …" names no person "Opening Geneva Proximity"', () => {
    const r = extractArticle('Secretary-General, Opening Geneva Proximity Talks on Sudan, Urges Parties to Agree Nationwide Humanitarian Truce\n\n'
      + 'The following was issued today by the Spokesperson for UN Secretary-General António Guterres:\n\n'
      + 'The Secretary-General said that "the people of Sudan have waited far too long".\n', { published: '2026-05-14', timezone: 'America/New_York' });
    expect(r.actors.filter((a) => a.kind === 'person').map((a) => a.name)).toEqual(['António Guterres']);
    expect(r.statements.map((s) => actorName(r, s.speaker))).toEqual(['António Guterres']);
  });
});

describe('event words from a sixth batch', () => {
  it('leaves out an offer to meet, a meeting "not on the agenda" and a text "negotiated by" someone', () => {
    expectEventsIn({ published: '2026-01-12', timezone: 'Europe/Kyiv' }, [
      ['Zelenskiy has repeatedly said he is prepared to meet Vladimir Putin to end the war, which began in February 2022.', []],
      ['Peskov told TASS on Tuesday that a meeting between Putin and Zelensky was "not on the agenda".', []],
      ['Every line was negotiated by South Sudanese.', []],
    ]);
  });

  it('reads "two rounds of talks", "a follow-up round", "joins a round" and "shuttle repeatedly between" as talks', () => {
    expectEventsIn({ published: '2026-05-14', timezone: 'Asia/Bangkok' }, [
      ['The TNLA and the military held two rounds of talks in Kunming on 3 February.', [['talks', '2026-02-03']]],
      ['A follow-up round in Kunming broke up on 21 March after a single day.', [['talks', '2026-03-21']]],
      ['On 27 April the Arakan Army joined a round in Kunming alongside the TNLA.', [['talks', '2026-04-27']]],
      ['On 9 January Chinese mediators shuttled repeatedly between Naypyitaw and Laukkai.', [['talks', '2026-01-09']]],
    ]);
  });

  it('reads a council of ministers "in extraordinary session" and "the cabinet of Prime Minister X met" as one cabinet meeting', () => {
    expectEventsIn({ published: '2026-11-06', timezone: 'Africa/Nairobi' }, [
      ['The Council of Ministers met in extraordinary session on Monday to discuss northern security.', [['cabinet_meeting', '2026-11-02']]],
      ['In Port Sudan, the cabinet of Prime Minister Kamil Idris met on Tuesday to review the draft.', [['cabinet_meeting', '2026-11-03']]],
    ]);
  });

  it('reads "the full cabinet is scheduled to meet" as a cabinet meeting, and a meeting "on mutually convenient dates" as none', () => {
    expectEventsIn({ published: '2026-03-16', timezone: 'Asia/Jerusalem' }, [
      ['The full cabinet is scheduled to meet Tuesday morning in Jerusalem to discuss the budget.', [['cabinet_meeting', '2026-03-17']]],
      ['The two Ministers agreed that the 12th meeting of the Joint Commission would be held in New Delhi in 2027 on mutually convenient dates.', []],
    ]);
  });

  it('takes what a timeline entry announces as no event, but keeps a meeting the entry tells of before the words', () => {
    expectEventsIn({ published: '2026-04-14', timezone: 'Asia/Tbilisi' }, [
      ['Timeline:\n\n13 March 2025 – Both foreign ministries announce that negotiations on the treaty text are complete.\n', []],
      ['Timeline:\n\nMay 2025 – The two ministers meet in Abu Dhabi and say that talks will go on.\n', [['talks', '2025-05-01']]],
    ]);
  });

  it('takes a timeline entry that tells or reports words as no event', () => {
    expectEventsIn({ published: '2026-11-06', timezone: 'Africa/Nairobi' }, [
      ['Timeline:\n\nOctober 2023 – Abiy tells parliament that Red Sea access is an "existential" question for Ethiopia.\n', []],
    ]);
  });
});

describe('a communiqué', () => {
  it('gives its numbered operative paragraphs to the body its heading line names, dated by the meeting', () => {
    const r = extractArticle('Communiqué of the 1348th meeting of the Peace and Security Council\n\n'
      + 'The Peace and Security Council (PSC) of the African Union (AU), at its 1348th meeting held on 15 September 2026, on the situation in the eastern DRC,\n\n'
      + 'The Council,\n\nRecalling its previous decisions;\n\n'
      + '1. Expresses deep concern over the continued deterioration of the humanitarian situation in North Kivu;\n\n'
      + '2. Reaffirms its commitment to the sovereignty of the DRC, and reiterates that there can be no military solution to the conflict;\n\n'
      + '3. Decides to remain actively seized of the matter.\n', { published: '2026-09-18', timezone: 'Africa/Addis_Ababa' });
    expect(r.actors.map((a) => a.name)).toContain('Peace and Security Council');
    expect(r.statements.map((s) => [actorName(r, s.speaker), s.date])).toEqual([
      ['Peace and Security Council', '2026-09-15'], ['Peace and Security Council', '2026-09-15'], ['Peace and Security Council', '2026-09-15']]);
  });
});

describe('a chronology that leaves out the year', () => {
  it('dates an entry in the year of the entry before it, or of the year heading over it', () => {
    const opts = { published: '2026-05-14', timezone: 'Asia/Bangkok' };
    expectEventsIn(opts, [
      ['Timeline:\n\nJanuary 11, 2024 – The military and the alliance agree to a ceasefire after talks in Kunming.\n\nLate March – A follow-up round in Kunming breaks up after a single day.\n',
        [['talks', '2024-01-11'], ['talks', '2024-03-20']]],
      ['Timeline:\n\nEarly 2024 - Facilitators hold introductory meetings in Bangkok.\n\n2025\n\nJanuary 14 - Technical working groups meet in Kuala Lumpur.\n',
        [['talks', '2024-01-01'], ['talks', '2025-01-14']]],
    ]);
  });
});

describe('a programme named for a part of the day', () => {
  it('"told Good Morning Ulster yesterday" is dated yesterday, not this morning', () => {
    const r = extractArticle('Ms Little-Pengelly told BBC Radio Ulster\'s Good Morning Ulster programme yesterday that her party would "not accept a deal".',
      { published: '2024-10-15', timezone: 'Europe/Dublin' });
    expect(r.statements.map((s) => s.date)).toEqual(['2024-10-14']);
  });
});

describe('the tense of a participle opener', () => {
  it('"Speaking in Tianjin on Wednesday, Li said China “will …”" is last Wednesday; "On Thursday, he will hold" is next', () => {
    const r = extractArticle('Speaking at a forum in Tianjin on Wednesday, Premier Li Qiang said China “will not trade away its development rights”.',
      { published: '2026-05-14', timezone: 'Asia/Shanghai' });
    expect(r.statements.map((s) => s.date)).toEqual(['2026-05-13']);
    expect(eventsIn('On Thursday, the envoy will hold talks in Geneva.', { published: '2026-05-16', timezone: 'Europe/Zurich' })).toEqual([['talks', '2026-05-21']]);
  });
});

describe('a day counted from another event', () => {
  it('"two days after the conference on Feb. 14" is Feb. 16; "on the eve of the summit on Thursday" is Wednesday', () => {
    expectEventsIn({ published: '2026-03-02', timezone: 'Europe/Zurich' }, [
      ['The two ministers last met in Abu Dhabi two days after the Munich conference on Feb. 14.', [['talks', '2026-02-16']]],
      ['The foreign ministers will meet on the eve of the summit on Thursday.', [['talks', '2026-03-04']]],
      ['The envoys met a week before the vote on 20 February.', [['talks', '2026-02-13']]],
    ]);
    // What a meeting "comes two days after" keeps its own date.
    expectEventsIn({ published: '2025-03-04', timezone: 'Europe/Paris' }, [
      ["Today's meeting in Paris comes two days after the London summit of Sunday 2 March, hosted by Keir Starmer.", [['talks', '2025-03-04'], ['talks', '2025-03-02']]],
    ]);
  });
});

describe('a chronology whose entries end in a colon', () => {
  const opts = { published: '2026-05-14', timezone: 'Africa/Nairobi' };
  it('carries the year from entry to entry, into the next year when the month comes round again, but not past the report', () => {
    expectEventsIn(opts, [
      ['Timeline:\n\nEarly 2024: Kenyan envoys visit Juba.\n\nMid-June: Talks open in Nairobi.\n\nSept. 9-10: A second Nairobi round ends without agreement.\n\nJanuary: Mediators hold talks in Kampala.\n',
        [['visit', '2024-01-01'], ['talks', '2024-06-10'], ['talks', '2024-09-09'], ['talks', '2025-01-01']]],
      // Newest first: "January" after "March 2026" is the same year's January, not one after the report.
      ['Timeline:\n\nMarch 2026: Talks open in Nairobi.\n\nJanuary: Mediators hold talks in Kampala.\n', [['talks', '2026-03-01'], ['talks', '2026-01-01']]],
    ]);
    const r = extractArticle('Timeline:\n\n2024 – Talks begin.\n\nSept. 9-10: A third Nairobi round ends without agreement.\n', opts);
    expect(r.events.map((e) => [e.start, e.end])).toEqual([['2024-01-01', '2024-12-31'], ['2024-09-09', '2024-09-10']]);
  });

  it('makes one event of an entry, typed by what its later sentences tell, and none of an entry that only reports words', () => {
    expectEventsIn(opts, [
      ['Timeline:\n\n2024 – Talks stall.\n\nSept. 12: Kenya offers to take over the file. Kenyan envoys visit Juba to sound out both sides.\n', [['talks', '2024-01-01'], ['visit', '2024-09-12']]],
      ['Timeline:\n\n2024 – Talks stall.\n\nSept. 14: The Troika of the United States, Britain and Norway says it is "deeply disappointed".\n\nSept. 15: In a video statement, Lado Wani says the Alliance is ready to return.\n', [['talks', '2024-01-01']]],
      ['Timeline:\n\n2022 – Envoys hold informal, unpublicised contacts in Rome.\n\nApril 2023 – Negotiators hold two technical rounds in Brussels.\n', [['talks', '2022-01-01'], ['talks', '2023-04-01']]],
      ['• September 20, 2023: A day after Azerbaijan launched an operation, the local leadership accepts a ceasefire.\n', [['other', '2023-09-19']]],
    ]);
  });

  it('reads "special representative for the dialogue" as an office, and gathering the two negotiators as talks', () => {
    expectEventsIn(opts, [
      ['• January 2025: Peter Sørensen succeeds Lajčák as the EU special representative for the dialogue.\n', [['other', '2025-01-01']]],
      ['Sørensen gathered the two chief negotiators in Brussels on Monday.', [['talks', '2026-05-11']]],
    ]);
  });
});

describe('event words from a thirty-second batch', () => {
  it('dates a bare "in the morning" by the day just told, a trip told in the present as the one to come, and a weekday with its date by both', () => {
    expectEventsIn({ published: '2026-11-04', timezone: 'Europe/London' }, [
      ['Ms Marsh, who flew to Belgrade on Tuesday evening after attending Cabinet in the morning, said little.', [['visit', '2026-11-03'], ['cabinet_meeting', '2026-11-03']]],
      ['Ms Marsh travels on to Pristina on Thursday.', [['visit', '2026-11-05']]],
      ['Ms Marsh travels on to Pristina on Wednesday.', [['visit', '2026-11-04']]],
      ['Cabinet will next meet on Thursday 5 March.', [['cabinet_meeting', '2026-03-05']]],
      ["Ministers agreed at Tuesday's Cabinet to appoint a special envoy.", [['cabinet_meeting', '2026-11-03']]],
    ]);
  });

  it('proposes nothing for a wish, a meeting that "could follow" or talks someone called for', () => {
    expectEventsIn({ published: '2026-02-27', timezone: 'Pacific/Tongatapu' }, [
      ['He proposed that officials from both ministries meet before the end of March.', []],
      ['The two sides agreed that the Joint Ministerial Council should meet again in Apia later this year.', []],
      ['The two sides agreed that the council should meet again on 12 March.', [['talks', '2026-03-12']]],
      ['If the list is agreed, diplomats say a first face-to-face meeting between them could follow.', []],
      ['Dastgiri, who represents a Tehran constituency, has previously called for the talks to be suspended.', []],
    ]);
  });

  it('reads calling on an adviser, briefing the Security Council and leaving one city for another as events', () => {
    expectEventsIn({ published: '2026-05-14', timezone: 'America/New_York' }, [
      ['Later on Wednesday, Mr Whitcombe called on National Security Adviser Lorraine Okafor at the White House.', [['talks', '2026-05-13']]],
      ['The minister called on National Security Adviser Lorraine Okafor to release the funds.', []],
      ['Last Thursday, the UN special envoy, Karin Almqvist, briefed the Security Council by video link from Amman.', [['other', '2026-05-07']]],
      ['Whitcombe left Geneva for Cairo on Tuesday afternoon to brief Egyptian officials.', [['visit', '2026-05-12']]],
    ]);
    // A stay told with its length: "wrapped up" ends it on the day named, "arrived … for" starts it there.
    const stays = (text: string) => extractArticle(text, { published: '2025-09-17', timezone: 'Asia/Almaty' }).events.map((e) => [e.start, e.end]);
    expect(stays('Russian Foreign Minister Fyodor Zhuravlyov wrapped up a two-day visit to Astana on Tuesday.')).toEqual([['2025-09-15', '2025-09-16']]);
    expect(stays('Russian Foreign Minister Fyodor Zhuravlyov arrived in Astana on Tuesday for a two-day visit.')).toEqual([['2025-09-16', '2025-09-16']]);
  });
});

describe('an interview with an outlet of the reader\'s own', () => {
  it('gives the answers to the interviewee, carried by the outlet he spoke to; "Barisan Revolusi Nasional" is a movement', () => {
    const text = 'The Straits Ledger, Kuala Lumpur\n\nDatuk Rosli Kamaruddin was named facilitator of the dialogue with the Barisan Revolusi Nasional in January. '
      + 'He spoke to The Straits Ledger at his office on Monday about the latest round.\n\nQ: What came out of the round?\n\n'
      + 'A: More than the communiqué suggests. Both delegations sat in one room for two full days.\n\nQ: And next?\n\nA: A facilitator is not allowed to be anything else but patient.\n';
    const r = extractArticle(text, { published: '2026-10-15', timezone: 'Asia/Kuala_Lumpur' });
    const name = (id: string | null) => r.actors.find((a) => a.id === id)?.name;
    expect(r.actors.filter((a) => a.kind === 'media').map((a) => a.name)).toEqual(['Straits Ledger']);
    expect(r.actors.find((a) => a.name === 'Barisan Revolusi Nasional')?.kind).toBe('organization');
    expect(r.statements.map((s) => [name(s.speaker), s.reportedBy.map(name), s.date])).toEqual([
      ['Rosli Kamaruddin', ['Straits Ledger'], '2026-10-12'], ['Rosli Kamaruddin', ['Straits Ledger'], '2026-10-12']]);
  });
});

describe('names typed without their diacritics, and a state with a relative clause', () => {
  it('knows "Agaoglu" as Ağaoğlu and "Sahverdiyev" as Şahverdiyev, and lets "Switzerland, which …, said" speak for Switzerland', () => {
    const text = 'ANKARA (AA) - Turkish Foreign Minister Selçuk Ağaoğlu hosted his Azerbaijani counterpart İlkin Şahverdiyev in Ankara on Tuesday.\n'
      + 'Asked about the call, Agaoglu declined to give details, saying only that "every channel that serves peace is a channel we use."\n'
      + 'Azertac quoted Sahverdiyev as saying that the format was "not directed against anyone."\n'
      + 'Switzerland, which co-hosted the talks with Saudi Arabia, said in a statement that the delegations had accepted an invitation.\n';
    const r = extractArticle(text, { published: '2026-11-03', timezone: 'Europe/Istanbul' });
    const name = (id: string | null) => r.actors.find((a) => a.id === id)?.name;
    expect(r.statements.map((s) => name(s.speaker))).toEqual(['Selçuk Ağaoğlu', 'İlkin Şahverdiyev', 'Switzerland']);
  });
});

describe('"she said" after a man has spoken', () => {
  it('goes back to the last woman named, as "he said" goes to the last man', () => {
    const text = 'Foreign Secretary Helen Marsh arrived in Belgrade on Tuesday. Ms Marsh met the president.\n\n'
      + 'At Westminster, Tom Hargreaves, the shadow foreign secretary, said the Government had woken up late. "It is not a strategy," he said.\n\n'
      + 'Speaking to reporters on Wednesday evening, the minister insisted the trip was not about choosing sides. "We are not here to lecture anybody," she said.\n';
    const r = extractArticle(text, { published: '2026-11-04', timezone: 'Europe/London' });
    const name = (id: string | null) => r.actors.find((a) => a.id === id)?.name;
    expect(r.statements.filter((s) => /strategy|lecture/.test(s.text)).map((s) => name(s.speaker))).toEqual(['Tom Hargreaves', 'Helen Marsh']);
  });
});

describe('event words from a thirty-third batch', () => {
  const opts = { published: '2026-11-13', timezone: 'Europe/Istanbul' };
  it('reads hosting for dinner, a day spent finalising, a first procedural session, signed accords and exchanged MoUs as events', () => {
    expectEventsIn(opts, [
      ['Fidan hosted the Ukrainian team for dinner at about 9pm local time last night.', [['talks', '2026-11-12']]],
      ['Foreign ministers spent Thursday finalising the draft declaration.', [['talks', '2026-11-12']]],
      ['Both delegations held a first, largely procedural session yesterday.', [['talks', '2026-11-12']]],
      ['The two sides signed the Washington accords in December.', [['other', '2025-12-01']]],
      ['Earlier in the day, the two sides exchanged three Memoranda of Understanding.', [['other', '2026-11-13']]],
    ]);
  });

  it('proposes nothing for talks refused, offered or floated', () => {
    expectEventsIn(opts, [
      ['But the army said on Sunday that it won\'t attend any talks while the RSF holds positions around El Fasher.', []],
      ['Kenya was prepared to host a further round of consultations in Nairobi before the end of March.', []],
      ['Diplomats have floated a higher-level meeting on the margins of the OSCE conference in December.', []],
      ['In November, the RSF said it accepted the humanitarian truce proposal.', []],
    ]);
  });

  it('takes "due in", "flew into" and "left for" as travel only before a place\'s capital letter', () => {
    expectEventsIn({ published: '2026-03-10', timezone: 'Europe/London' }, [
      ['A decision is due in two weeks.', []],
      ['The ministers flew into trouble on Monday.', []],
      ['The delegation left for good on Monday.', []],
      ['The envoy is due in Doha on Monday.', [['visit', '2026-03-16']]],
    ]);
  });

  it('reads a named person\'s stay in a capital as a visit, and no other "was in"', () => {
    expectEventsIn({ published: '2026-03-10', timezone: 'America/New_York' }, [
      ['Minister Marchand will be in Nairobi, Kenya, from March 5 to 7, 2026.', [['visit', '2026-03-05']]],
      ['The breakthrough, if there was one, was in Geneva on 14 March.', []],
      ['The minister was in talks with the envoy on Monday.', [['talks', '2026-03-09']]],
    ]);
  });
});

describe('a part of the day that names an event', () => {
  it('"her morning press conference … on Thursday" is Thursday\'s', () => {
    const r = extractArticle('Speaking at her morning press conference in Mexico City on Thursday, Sheinbaum said Mexico would "cooperate, not subordinate".',
      { published: '2026-11-13', timezone: 'America/New_York' });
    expect(r.statements.map((s) => s.date)).toEqual(['2026-11-12']);
  });
});

describe('a briefing and a release with Commonwealth and Indian honorifics', () => {
  it('takes a briefer\'s account of the principal\'s diary for events, not his words, and "The Honourable", "Shri", "Smt." and "DPM" for titles', () => {
    const text = 'Department Press Briefing with Spokesperson Daniel Hale\n\nMR. HALE: A few things at the top, and then I\'ll take your questions. The Secretary will be in Nairobi, Kenya, on March 15. '
      + 'Yesterday the Secretary spoke by phone with Saudi Foreign Minister Prince Khalid bin Saud. They discussed Sudan.\n\n'
      + 'QUESTION: Will he meet the army?\n\nMR. HALE: I\'m not going to get ahead of the parties, but our message is that the fighting must stop.\n';
    const r = extractArticle(text, { published: '2026-03-10', timezone: 'America/New_York' });
    expect(r.statements.map((s) => s.text)).toEqual(["I'm not going to get ahead of the parties, but our message is that the fighting must stop."]);
    const people = extractArticle('The Honourable Élise Marchand met DPM Khoa, who called on Smt. Savitri Oraon and Shri Arvind Kulkarni in Viet Nam\'s embassy.',
      { published: '2026-03-04', timezone: 'Asia/Kolkata' }).actors.map((a) => a.name);
    expect(people).toEqual(expect.arrayContaining(['Élise Marchand', 'Khoa', 'Savitri Oraon', 'Arvind Kulkarni', 'Vietnam']));
  });
});

describe('what was said, after a comma and a colon', () => {
  it('keeps the words before the colon: only a dateline in capitals ("GENEVA, March 3 -") or a time stamp is cut', () => {
    const r = extractArticle('Envoy Anna Berg said that the ceasefire, agreed in March: remains the only basis for talks.', { published: '2026-03-10', timezone: 'Europe/London' });
    expect(r.statements.map((s) => s.text)).toEqual(['the ceasefire, agreed in March: remains the only basis for talks']);
  });
});

describe('an office told in lower case after the name', () => {
  it('lets "the foreign secretary" later mean "Helen Marsh, the foreign secretary," and not the shadow one', () => {
    const text = 'Helen Marsh, the foreign secretary, arrived in Belgrade on Tuesday. Tom Hargreaves, the shadow foreign secretary, said it was late. '
      + 'The foreign secretary said the trip was not about choosing sides.';
    const r = extractArticle(text, { published: '2026-11-04', timezone: 'Europe/London' });
    const name = (id: string | null) => r.actors.find((a) => a.id === id)?.name;
    expect(r.statements.map((s) => name(s.speaker))).toEqual(['Tom Hargreaves', 'Helen Marsh']);
  });
});

describe('whose side a traveller is on', () => {
  it('takes the country of a long possessive title, a delegation\'s demonym and "the Russian Federation" along', () => {
    const text = "CAIRO (Reuters) - Qatar's Prime Minister and Foreign Minister Sheikh Mohammed bin Abdulrahman Al Thani flew into Cairo on Wednesday.\n"
      + 'An Israeli delegation headed by Shin Bet deputy chief Eyal Marom landed in Cairo on Thursday.\n'
      + 'On December 4, Foreign Minister of the Russian Federation Sergey Lavrov held talks in Moscow with Hakan Fidan.';
    const r = extractArticle(text, { published: '2025-12-05', timezone: 'Africa/Cairo' });
    expect(r.events.map((e) => [e.type, e.start, e.participants.map((id) => actorName(r, id))])).toEqual([
      ['visit', '2025-12-03', expect.arrayContaining(['Mohammed bin Abdulrahman Al Thani', 'Qatar'])],
      ['visit', '2025-12-04', expect.arrayContaining(['Israel', 'Eyal Marom', 'Egypt'])],
      ['talks', '2025-12-04', expect.arrayContaining(['Sergey Lavrov', 'Russia', 'Hakan Fidan'])],
    ]);
  });
});

describe('a British Foreign Secretary beside a US Secretary of State', () => {
  it('takes "Foreign Secretary" for one office, also when "the Rt Hon" stands between it and the name', () => {
    for (const intro of ['Foreign Secretary Yvette Cooper', 'The Foreign Secretary, the Rt Hon Yvette Cooper MP,']) {
      const text = `${intro} toured the studios on Monday. Ms Cooper said she had spoken to the US Secretary of State, Marco Rubio, by phone. `
        + 'Asked about Moscow, the Foreign Secretary said: "Russia does not get a veto."';
      const r = extractArticle(text, { published: '2026-12-07', timezone: 'Europe/London' });
      expect(r.statements.map((s) => [actorName(r, s.speaker), s.text])).toContainEqual(['Yvette Cooper', 'Russia does not get a veto']);
    }
  });
});

describe('an outlet in an aside or after "told"', () => {
  it('keeps the subject before "quoted by TASS on Saturday," with that day, and cuts "told Times Radio this morning that"', () => {
    const text = 'MOSCOW, Dec 7 (Reuters) - Talks resumed on Friday.\n\n'
      + 'Russia\'s foreign ministry, quoted by the state news agency TASS on Saturday, rejected what it called "Western plans to occupy Ukraine".\n\n'
      + 'The opposition spokesman, Calum Miller, told Times Radio this morning that Parliament should be given a vote.';
    const r = extractArticle(text, { published: '2026-12-07', timezone: 'Europe/London' });
    expect(r.statements.map((s) => [actorName(r, s.speaker), s.date, s.reportedBy.map((id) => actorName(r, id)), s.text])).toEqual([
      ['Russia', '2026-12-05', ['TASS'], 'Western plans to occupy Ukraine'],
      ['Calum Miller', '2026-12-07', ['Times Radio'], 'Parliament should be given a vote'],
    ]);
  });
});

describe('a party named for its members', () => {
  it('takes "the Liberal Democrats\'" for an organisation, not a person', () => {
    const r = extractArticle("The Liberal Democrats' foreign affairs spokesperson, Calum Miller, said Parliament should vote.", { published: '2026-12-07', timezone: 'Europe/London' });
    expect(r.actors.map((a) => [a.name, a.kind])).toEqual(expect.arrayContaining([['Liberal Democrats', 'organization'], ['Calum Miller', 'person']]));
  });
});

describe('the day of words in a Singapore house style', () => {
  it('dates "on Tuesday (Nov 24) urged" and "was quoted by Antara on Monday as saying", and a standfirst\'s "a day after" is no day before the news', () => {
    const text = 'Ministers press Myanmar on truce\n\nSingapore\'s minister said the bloc could not "outsource" the question, as ministers met a day after two leaders spoke by phone.\n\n'
      + 'CEBU, Philippines: Southeast Asian foreign ministers on Tuesday (Nov 24) urged Myanmar\'s administration to extend a fragile ceasefire.\n\n'
      + 'Indonesian Foreign Minister Dimas Prasetyo was quoted by state news agency Antara on Monday as saying Jakarta would table a proposal.\n\n'
      + 'Dr Marcus Lim said ASEAN "cannot outsource Myanmar to anyone else".';
    const r = extractArticle(text, { published: '2026-11-24', timezone: 'Asia/Singapore' });
    const dateOf = (words: string) => r.statements.find((s) => s.text.startsWith(words))?.date;
    expect([dateOf("Myanmar's administration"), dateOf('Jakarta would'), dateOf('cannot outsource')]).toEqual(['2026-11-24', '2026-11-23', '2026-11-24']);
  });
});

describe('given names with Indonesian and Thai honorifics', () => {
  it('takes "Pak Dimas" and "Khun Sarawut" told first for the people named in full later, and knows the Global New Light of Myanmar', () => {
    const text = '"Pak Dimas\'s idea deserves a hearing," Datuk Seri Hakim Zulkifli said. "Khun Sarawut has made that clear," a spokeswoman said.\n\n'
      + 'Indonesian Foreign Minister Dimas Prasetyo proposed a corridor, and Thai Foreign Minister Sarawut Chaiyaporn agreed.\n\n'
      + 'Its foreign ministry said in a statement carried by the state-run Global New Light of Myanmar that it would consider any proposal.';
    const r = extractArticle(text, { published: '2026-11-24', timezone: 'Asia/Singapore' });
    const people = r.actors.filter((a) => a.kind === 'person').map((a) => a.name);
    expect(people).toEqual(expect.arrayContaining(['Dimas Prasetyo', 'Sarawut Chaiyaporn']));
    expect(people).not.toContain('Dimas');
    expect(people).not.toContain('Khun Sarawut');
    expect(r.actors.find((a) => a.name === 'Global New Light of Myanmar')?.kind).toBe('media');
  });
});

describe('a shadow office', () => {
  it('keeps "the Foreign Secretary" for the holder when "the shadow foreign secretary, Priti Patel," was named since', () => {
    const text = 'The Foreign Secretary, Yvette Cooper, spoke on Monday. Speaking on Sunday, the shadow foreign secretary, Priti Patel, accused the government of "making promises". '
      + 'Asked about Moscow, the Foreign Secretary said: "Russia does not get a veto."';
    const r = extractArticle(text, { published: '2026-12-07', timezone: 'Europe/London' });
    expect(r.statements.map((s) => [actorName(r, s.speaker), s.text])).toContainEqual(['Yvette Cooper', 'Russia does not get a veto']);
  });
});

describe('plans under consideration and a first since', () => {
  it('proposes no event for "a proposed visit … next year" or "considering a trip", and "his first since taking office in August" does not date a trip', () => {
    const text = 'SEOUL, Dec. 3 (Yonhap) -- An official said the ministers were expected to discuss a proposed visit to Seoul by Japan\'s prime minister next year. '
      + 'Hayama is also considering a trip to Busan. Park arrived in Tokyo on Monday. Park\'s trip to Tokyo was his first since taking office in August.';
    const r = extractArticle(text, { published: '2026-12-03', timezone: 'Asia/Seoul' });
    expect(r.events.map((e) => [e.type, e.start])).toEqual([['visit', '2026-11-30']]);
  });
});

describe('a day counted from another event', () => {
  it('does not list "Monday, a day after North Korea fired …" as a second day of the phone talks', () => {
    const text = 'SEOUL, Dec. 3 (Yonhap) -- The vice ministers met on Wednesday.\n'
      + 'The meeting came after Foreign Minister Yoon Tae-kyung and Foreign Minister Kenji Hayama held 25-minute phone talks Monday, a day after North Korea fired a missile.';
    const r = extractArticle(text, { published: '2026-12-03', timezone: 'Asia/Seoul' });
    expect(r.events.map((e) => [e.type, e.start])).toEqual([['talks', '2026-12-02'], ['talks', '2026-11-30']]);
  });
});

describe('a quotation that runs over two sentences', () => {
  it('proposes no event for "before we meet Prime Minister X," said inside a quotation opened a sentence before', () => {
    const text = 'SEOUL, Dec. 3 (Yonhap) -- "Nothing has been decided on the timing. We want the groundwork to be solid before we meet Prime Minister Kenji Hayama," the official said.';
    expect(extractArticle(text, { published: '2026-12-03', timezone: 'Asia/Seoul' }).events).toEqual([]);
  });
});

describe('two days running joined by "and"', () => {
  it('reads "on the 24th and 25th of November" and "March 15 and 16" as two-day stretches, "3 and 10 March" not', () => {
    const clock = makeClock('2026-12-03', 'Africa/Addis_Ababa');
    const text = 'The Panel travelled to Port Sudan on the 24th and 25th of November. A briefing on March 15 and 16. Talks on 3 and 10 March.';
    expect(findDates(text, 0, text.length, clock).map((d) => [d.from, d.to])).toEqual([
      ['2026-11-24', '2026-11-25'], ['2026-03-15', '2026-03-16'], ['2026-03-10', '2026-03-10'],
    ]);
  });
});

describe('a day and the stretch that holds it', () => {
  it('dates "concluded on the 30th of November a round … held from 27th to 30th November" by the whole stretch', () => {
    const text = 'The African Union High-Level Panel on Sudan concluded on the 30th of November 2026 a round of inclusive consultations with Sudanese stakeholders held at the '
      + 'African Union Headquarters in Addis Ababa from 27th to 30th November 2026.';
    const r = extractArticle(text, { published: '2026-12-03', timezone: 'Africa/Addis_Ababa' });
    expect(r.events.map((e) => [e.type, e.start, e.end])).toEqual([['talks', '2026-11-27', '2026-11-30']]);
  });
});

describe('a communiqué of the African Union Commission', () => {
  it('takes "the Chairperson" for the one introduced so, and "who reminded participants that" for words said at the opening the sentence dates', () => {
    const text = 'Addis Ababa, Ethiopia, Thursday 3rd December 2026\n\nThe session was formally opened on 27th November 2026 by H.E. Ambassador Bankole Adeoye, Commissioner for Political Affairs, '
      + 'who reminded participants that "the guns will not fall silent by themselves."\n\n'
      + 'On Tuesday, 1st December 2026, the Chairperson of the African Union Commission, H.E. Mahmoud Ali Youssouf, received the Panel.\n\n'
      + 'In a statement issued on the 2nd of December, the Chairperson welcomed the Communiqué as "a credible Sudanese compass for the road ahead".';
    const r = extractArticle(text, { published: '2026-12-03', timezone: 'Africa/Addis_Ababa' });
    expect(r.statements.map((s) => [actorName(r, s.speaker), s.date])).toEqual([['Bankole Adeoye', '2026-11-27'], ['Mahmoud Ali Youssouf', '2026-12-02']]);
  });
});

describe('a chronology of talks and of the war around them', () => {
  it('makes events of the entries that tell of talks and an agreement, not of fighting, protests, a vote or a speech', () => {
    const text = 'Timeline: the road to a peace treaty\n\n'
      + 'May 2024 — Street protests against the handover draw tens of thousands of people in Yerevan.\n'
      + 'Aug. 8, 2025 — The two leaders initial a peace agreement at the White House.\n'
      + 'June 7, 2026 — Armenians vote in parliamentary elections dominated by the peace deal.\n'
      + 'Sept. 12, 2026 — SSPSA fighters are kept together as a separate corps; the government delegation walks out.\n'
      + 'Oct. 14, 2026 — In a speech to parliament, Aliyev repeats his demand.\n';
    const r = extractArticle(text, { published: '2026-12-04', timezone: 'America/New_York' });
    expect(r.events.map((e) => e.start)).toEqual(['2025-08-08', '2026-09-12']);
  });
});

describe('words said at an event told before', () => {
  it('dates "Speaking to media after the meeting, X said" by the day the meeting was told, not by the day of the release', () => {
    const text = 'MEDIA RELEASE\n\nFriday, 12 March 2027\nIssued: 6:00am AEDT\n\n'
      + 'Yesterday in Mexico City, Senator the Hon. Claire Moretti held talks with Mexico\'s Secretary of Foreign Affairs, Rocío Salgado Ibarra.\n\n'
      + 'The meeting, at the Secretariat of Foreign Affairs on Wednesday afternoon Mexico City time, covered trade and security.\n\n'
      + 'The Ministers agreed to set their next meeting for 26 April 2027 in Canberra.\n\n'
      + 'Speaking to media after the meeting, Minister Moretti said Australia and Mexico were "two Pacific democracies".';
    const r = extractArticle(text, { published: '2027-03-12', timezone: 'Australia/Sydney' });
    expect(r.statements.map((s) => [s.text, s.date])).toContainEqual(['two Pacific democracies', '2027-03-10']);
  });
});

describe('calls followed up and signings witnessed', () => {
  it('finds "followed up by telephone on Thursday", "briefed X by telephone", and "After the talks, … witnessed the signing of"', () => {
    const text = 'BEIJING, Dec. 4 (Xinhua) -- Talks were held on Tuesday.\nAfter the talks, the two heads of state witnessed the signing of 21 cooperation documents.\n'
      + 'The two foreign ministers followed up by telephone on Thursday.\nOn Wednesday, Mammadzade briefed Turkish Foreign Minister Oğuzhan Yılmazer by telephone on the outcome.\n'
      + 'He told Xinhua by telephone that the talks were over.';
    const r = extractArticle(text, { published: '2026-12-04', timezone: 'Asia/Shanghai' });
    expect(r.events.map((e) => [e.type, e.start])).toEqual([['talks', '2026-12-01'], ['other', '2026-12-01'], ['talks', '2026-12-03'], ['talks', '2026-12-02']]);
  });
});

describe('the day in an aside before the verb', () => {
  it('dates "X, in a statement posted on Tuesday, called", "X, who opened the meeting on Thursday morning, reminded" and "told reporters as the meeting broke up" (a meeting told by "met"); "Christian" may be a given name', () => {
    const text = 'BAKU, May 14 - The foreign ministers met in Astana on Monday.\n\n'
      + '"We came to close files," Azerbaijani Foreign Minister Elşən Məmmədzadə told reporters as the meeting broke up.\n\n'
      + 'Armenian Foreign Minister Ara Vardanyan, in a statement posted on the ministry\'s website on Tuesday, called the meeting "substantive".\n\n'
      + 'Austrian Chancellor Christian Stocker, who opened the conference on Wednesday morning, reminded delegates that Vienna was a city of dialogue.';
    const r = extractArticle(text, { published: '2026-05-14', timezone: 'Asia/Baku' });
    expect(r.statements.map((s) => [actorName(r, s.speaker), s.date, s.text])).toEqual([
      ['Elşən Məmmədzadə', '2026-05-11', 'We came to close files'], ['Ara Vardanyan', '2026-05-12', 'substantive'],
      ['Christian Stocker', '2026-05-13', 'Vienna was a city of dialogue'],
    ]);
  });
});

describe('a trip for talks named with two words', () => {
  it('makes "travel to Warsaw on 9 December for German-Polish government consultations with Tusk" one visit with Tusk in it', () => {
    const r = extractArticle('BERLIN, 4.12.2026 - Chancellor Merz will travel to Warsaw on 9 December for German-Polish government consultations with Prime Minister Donald Tusk.',
      { published: '2026-12-04', timezone: 'Europe/Berlin' });
    expect(r.events.map((e) => [e.type, e.start, e.participants.map((id) => actorName(r, id))])).toEqual([['visit', '2026-12-09', expect.arrayContaining(['Donald Tusk'])]]);
  });
});

describe('an invitation accepted', () => {
  it('sends the guest, not the host, on "accepted an invitation from PM Rabuka to undertake an official visit to Fiji in May", this May', () => {
    const r = extractArticle('HONIARA, 19 February 2026 - Prime Minister Jeremiah Manele accepted an invitation from PM Rabuka to undertake an official visit to Fiji in May.',
      { published: '2026-02-19', timezone: 'Pacific/Fiji' });
    expect(r.events.map((e) => [e.type, e.start, e.participants.map((id) => actorName(r, id))])).toEqual([['visit', '2026-05-01', ['Jeremiah Manele', 'Fiji']]]);
  });
});

describe('a landing to come', () => {
  it('takes "is scheduled to land in Israel on Wednesday" for a visit, and "landing in the rain" for none', () => {
    const text = 'JERUSALEM, Jan 19 - US envoy Steve Witkoff is scheduled to land in Israel on Wednesday, officials said.\nThe plane was landing in the rain.';
    const r = extractArticle(text, { published: '2026-01-19', timezone: 'Asia/Jerusalem' });
    expect(r.events.map((e) => [e.type, e.start])).toEqual([['visit', '2026-01-21']]);
  });
});

describe('a stay told as the subject\'s second verb', () => {
  it('sends the subject of "X has accepted Minister Y\'s invitation and will be in Canberra on Monday 26 April 2027", not Y', () => {
    const text = 'CANBERRA, 12 March 2027 - Senator the Hon. Claire Moretti met Mexico\'s Secretary of Foreign Affairs, Rocío Salgado Ibarra.\n'
      + 'Secretary Salgado has accepted Minister Moretti\'s invitation and will be in Canberra on Monday 26 April 2027 to co-chair the inaugural Dialogue.';
    const r = extractArticle(text, { published: '2027-03-12', timezone: 'Australia/Sydney' });
    expect(r.events.filter((e) => e.type === 'visit').map((e) => [e.start, e.participants.map((id) => actorName(r, id))])).toEqual([['2027-04-26', ['Rocío Salgado Ibarra']]]);
  });
});

describe('yesterday at home, a day earlier where it happened', () => {
  it('dates "Yesterday in Mexico City" talks by "The meeting, on Wednesday afternoon Mexico City time," in a Canberra release of the next morning, as one meeting', () => {
    const text = 'MEDIA RELEASE\n\nFriday, 12 March 2027\nIssued: 6:00am AEDT\n\n'
      + 'Yesterday in Mexico City, Senator the Hon. Claire Moretti held a bilateral meeting with Mexico\'s Secretary of Foreign Affairs, Rocío Salgado Ibarra.\n\n'
      + 'The meeting, at the Secretariat of Foreign Affairs on Wednesday afternoon Mexico City time, covered trade and cooperation in the G20.\n\n'
      + 'The talks in Kyiv ran past midnight local time.';
    const r = extractArticle(text, { published: '2027-03-12', timezone: 'Australia/Sydney' });
    expect(r.events.map((e) => [e.type, e.start])).toEqual([['talks', '2027-03-10']]);
  });
});

describe('a standing channel set up', () => {
  it('proposes no meeting for "agreed to establish an annual Strategic Dialogue" or "to set up regular consultations", but one for "launched the dialogue on Monday"', () => {
    const text = 'CANBERRA, 12 March 2027 - The Ministers agreed to establish an annual Australia–Mexico Foreign Ministers\' Strategic Dialogue. '
      + 'They agreed to set up regular consultations. The two ministers launched the dialogue in Canberra on Monday.';
    const r = extractArticle(text, { published: '2027-03-12', timezone: 'Australia/Sydney' });
    expect(r.events.map((e) => [e.type, e.start])).toEqual([['talks', '2027-03-08']]);
  });
});

describe('a courtesy title is no office', () => {
  it('does not make "Hon" another name of "Senator the Hon. Claire Moretti"', () => {
    const r = extractArticle('Senator the Hon. Claire Moretti met officials. The Hon. Marcus Thiele MP said trade was growing.', { published: '2027-03-12', timezone: 'Australia/Sydney' });
    expect(r.actors.filter((a) => a.kind === 'person').map((a) => [a.name, a.aliases])).toEqual([['Claire Moretti', []], ['Marcus Thiele', []]]);
  });
});

describe('an opening told with other parties', () => {
  it('keeps "The latest round of talks opened on Nov. 10 with delegations from SSOMA" apart from the leaders\' phone call told above it', () => {
    const text = 'NAIROBI, Kenya (AP) — Kenyan mediators said Tuesday the signing was postponed.\n\n'
      + 'Ruto spoke by phone Monday with South Sudan\'s President Salva Kiir.\n\n'
      + 'The latest round of talks opened in Nairobi on Nov. 10 with delegations from SSOMA and observers from IGAD.';
    const r = extractArticle(text, { published: '2025-11-18', timezone: 'Africa/Nairobi' });
    expect(r.events.filter((e) => e.type === 'talks').map((e) => [e.start, e.end])).toEqual([['2025-11-17', '2025-11-17'], ['2025-11-10', '2025-11-10']]);
  });
});

describe('demands, appeals and pressing as statements', () => {
  it('takes "demanded an investigation", "appealed to donors to fund" and "pressed the Prime Minister to lift" for statements, and not "the demands"', () => {
    const text = 'GENEVA, 12 March 2026 - Vietnam\'s foreign ministry demanded an investigation. '
      + 'Ahead of the rainy season, Secretary-General António Guterres appealed to donors to urgently fund the plan. '
      + 'During the call, Foreign Secretary David Lammy pressed Prime Minister Kamil Idris to lift restrictions on aid convoys. '
      + 'The rebel demands were long.';
    const r = extractArticle(text, { published: '2026-03-12', timezone: 'Europe/Zurich' });
    expect(r.statements.map((s) => actorName(r, s.speaker!))).toEqual(['Vietnam', 'António Guterres', 'David Lammy']);
  });
});

describe('meetings as releases and interviews name them', () => {
  const kinds = (text: string, published = '2026-03-13', timezone = 'Asia/Jakarta') =>
    extractArticle(text, { published, timezone }).events.map((e) => [e.type, e.start]);
  it('takes "hold the 44th Meeting of the Joint Technical Committee" and "received Hon. Maria Ocampo" for talks', () => {
    expect(kinds('Indonesia and Malaysia will hold the 44th Meeting of the Joint Technical Committee in Jakarta on 21 April.')).toEqual([['talks', '2026-04-21']]);
    expect(kinds('On Thursday, Indonesian Foreign Minister Arif Wicaksono received Hon. Maria Ocampo, Secretary of Foreign Affairs of the Philippines.'))
      .toEqual([['talks', '2026-03-12']]);
  });
  it('takes "the meeting of the Government", "his government\'s weekly session" and "a meeting of the National Security Council" for cabinet meetings', () => {
    expect(kinds('Moldova\'s Deputy Prime Minister Oleg Serebrian reported at the meeting of the Government on Wednesday morning.')).toEqual([['cabinet_meeting', '2026-03-11']]);
    expect(kinds('Prime Minister Ion Popa of Moldova reported at his government\'s weekly session on March 10.')).toEqual([['cabinet_meeting', '2026-03-10']]);
    expect(kinds('Japan\'s Prime Minister Sanae Takaichi chaired a meeting of the National Security Council on Tuesday evening.', '2026-03-13', 'Asia/Tokyo'))
      .toEqual([['cabinet_meeting', '2026-03-10']]);
  });
  it('takes "discussed the round with Ruben Rubinyan" and "closed a round in Moscow" for talks, "signed in Brussels on 3 March" for a signing', () => {
    expect(kinds('Foreign Minister Hakan Fidan discussed the Gyumri round with Ruben Rubinyan in Yerevan on Friday.')).toEqual([['talks', '2026-03-13']]);
    expect(kinds('Armenia\'s Ruben Rubinyan closed a round in Moscow with Russia\'s Sergei Lavrov on Monday, 9 March.')).toEqual([['talks', '2026-03-09']]);
    expect(kinds('British officials said the treaty with Spain would be signed in Brussels on 3 April.')).toEqual([['other', '2026-04-03']]);
  });
  it('takes "crossed into Armenia", "would send an economic mission to Jakarta", "went to Utrecht" and "spent two days in Manila" for visits', () => {
    expect(kinds('Turkish envoy Serdar Kılıç crossed into Armenia through Margara on Tuesday.')).toEqual([['visit', '2026-03-10']]);
    expect(kinds('Belgium would send an economic mission to Jakarta in November.')).toEqual([['visit', '2026-11-01']]);
    expect(kinds('Q: And after that?\nA: Norway\'s envoy Kristin Haugen went to Utrecht on 3 March. She spent two days in Manila on 5 and 6 March.'))
      .toEqual([['visit', '2026-03-03'], ['visit', '2026-03-05']]);
  });
});

describe('a source cited by an outlet, and more ways of saying', () => {
  it('keeps "a diplomat cited by Le Monde said" as an unnamed source Le Monde carries, and "An Israeli official quoted by Channel 12 said" as Israel\'s', () => {
    const text = 'PARIS, Oct. 22, 2026 — Mali\'s Foreign Minister Abdoulaye Diop met Algerian officials in Lomé.\n\n'
      + '"Nobody shook hands," a diplomat cited by Le Monde said.\n\nAn Israeli official quoted by Channel 12 said on Saturday that nothing was agreed.';
    const r = extractArticle(text, { published: '2026-10-22', timezone: 'America/New_York' });
    expect(r.statements.map((s) => [s.speaker ? actorName(r, s.speaker) : null, s.reportedBy.map((id) => actorName(r, id))]))
      .toEqual([[null, ['Le Monde']], ['Israel', ['Channel 12']]]);
  });
  it('takes "ruled out", "went on:" and "calling for" for statements', () => {
    const text = 'YEREVAN, 10 June 2026 - Prime Minister Nikol Pashinyan ruled out any return to the old accord. He went on: "It is not yet a gate." '
      + 'Opposition leader Nikos Androulakis went further, calling for the council to be postponed.';
    const r = extractArticle(text, { published: '2026-06-10', timezone: 'Asia/Yerevan' });
    expect(r.statements.map((s) => actorName(r, s.speaker!))).toEqual(['Nikol Pashinyan', 'Nikol Pashinyan', 'Nikos Androulakis']);
  });
});

describe('a one-word masthead told with "the" or "The"', () => {
  it('takes "told The Sentinel" and "told the Sentinel" for the outlet that carries the statement', () => {
    for (const the of ['The', 'the']) {
      const r = extractArticle(`GIBRALTAR, 17 February 2026 - A senior Spanish diplomat told ${the} Sentinel that Madrid had studied the treaty.`,
        { published: '2026-02-17', timezone: 'Europe/Gibraltar' });
      expect(r.statements.map((s) => s.reportedBy.map((id) => actorName(r, id)))).toEqual([['Sentinel']]);
    }
  });
});

describe('the tense a date takes from its clause', () => {
  it('dates "will meet again in Gyumri, just across the frontier, "in the first half of December"" to this December', () => {
    const r = extractArticle('KARS, Oct. 21, 2026 (AFP) - Armenian envoy Ruben Rubinyan and Turkish envoy Serdar Kılıç will meet again in Gyumri, just across the frontier, "in the first half of December".',
      { published: '2026-10-21', timezone: 'Europe/Istanbul' });
    expect(r.events.map((e) => [e.type, e.start])).toEqual([['talks', '2026-12-01']]);
  });
  it('dates "leaves Haneda for Seoul on Friday morning", told on a Thursday, to the next day', () => {
    const r = extractArticle('TOKYO, 16 April 2026 - Chinese Foreign Minister Wang Yi leaves Haneda for Seoul on Friday morning.', { published: '2026-04-16', timezone: 'Asia/Tokyo' });
    expect(r.events.map((e) => [e.type, e.start])).toEqual([['visit', '2026-04-17']]);
  });
});

describe('a day of the month alone', () => {
  const start = (text: string, published: string) => extractArticle(text, { published, timezone: 'Europe/Athens' }).events.map((e) => e.start);
  it('dates "will meet on the 21st" this month, "met on the 26th" told on the 14th last month, and "on the evening of the 3rd" on the 3rd', () => {
    expect(start('Armenian envoy Ruben Rubinyan and Turkish envoy Serdar Kılıç will meet on the 21st, under OSCE auspices.', '2026-10-14')).toEqual(['2026-10-21']);
    expect(start('Greek Foreign Minister Giorgos Gerapetritis met Turkish Foreign Minister Hakan Fidan on the 26th in Ankara.', '2026-03-14')).toEqual(['2026-02-26']);
    expect(start('Prime Minister Kyriakos Mitsotakis and President Recep Tayyip Erdoğan spoke by telephone on the evening of the 3rd.', '2026-05-16')).toEqual(['2026-05-03']);
  });
  it('does not take "the 21st century" or "the 44th round" for a day', () => {
    expect(start('Greek Foreign Minister Giorgos Gerapetritis met Turkish Foreign Minister Hakan Fidan in the 21st century spirit of the 44th round.', '2026-03-14')).toEqual([null]);
  });
});

describe('more meetings by other names', () => {
  const kinds = (text: string, published = '2026-10-15') => extractArticle(text, { published, timezone: 'America/New_York' }).events.map((e) => [e.type, e.start]);
  it('takes "is expected to be received by President Aliyev", "hosted President Faye" and "called Mr. Abdelatty" for talks, not "called Hamas a terrorist group"', () => {
    expect(kinds('British Foreign Secretary Miriam Calloway is expected to be received by President Ilham Aliyev on Friday.')).toEqual([['talks', '2026-10-16']]);
    expect(kinds('President Bola Tinubu hosted President Bassirou Diomaye Faye at the Presidential Villa on Monday.')).toEqual([['talks', '2026-10-12']]);
    expect(kinds('Secretary of State Marco Rubio called Mr. Badr Abdelatty on Monday.')).toEqual([['talks', '2026-10-12']]);
    expect(kinds('Secretary of State Marco Rubio called Hamas a terrorist group on Monday.')).toEqual([]);
  });
  it('takes "will host a roundtable with peacebuilders", "a 90-minute session" and "At a second civilian-level session" for talks', () => {
    expect(kinds('British Foreign Secretary Miriam Calloway will host a roundtable with Armenian peacebuilders in Yerevan on Friday.')).toEqual([['talks', '2026-10-16']]);
    expect(kinds('Egyptian President Abdel Fattah al-Sisi received US envoy Tom Barrack for a 90-minute session on Thursday.')).toEqual([['talks', '2026-10-15']]);
    expect(kinds('At a second civilian-level session in Naqoura on Oct. 1, Lebanon and Israel agreed on a map.')).toEqual([['talks', '2026-10-01']]);
  });
  it('takes "witnessed the exchange of an MoU" and "will host an international conference on Gaza in Cairo on Nov. 9" for other events, "then goes on to Yerevan on the 20th" for a visit', () => {
    expect(kinds('Prime Minister Narendra Modi and Prime Minister Pushpa Kamal Dahal witnessed the exchange of an MoU on Monday.')).toEqual([['other', '2026-10-12']]);
    expect(kinds('Egypt will host an international conference on Gaza in Cairo on Nov. 9.')).toEqual([['other', '2026-11-09']]);
    expect(kinds('US envoy Tom Barrack is in Baku on Tuesday. He then goes on to Yerevan on the 20th.', '2026-10-14').slice(-1)).toEqual([['visit', '2026-10-20']]);
  });
});

describe('a document that speaks for its issuer', () => {
  it('gives "The statement added" and "According to the statement, …" to whoever said it "in a statement", and "The communiqué warned" to the body that issued one', () => {
    const text = 'NEW DELHI, Jan. 13, 2027 - India\'s Ministry of External Affairs said in a statement that the talks were productive. '
      + 'The statement added that both sides reviewed connectivity. According to the statement, the Joint Commission will meet in March.\n\n'
      + 'ECOWAS said in a communiqué that the transition must end by 2027. The communiqué warned that failure to meet the deadline would have consequences.';
    const r = extractArticle(text, { published: '2027-01-13', timezone: 'Asia/Kolkata' });
    expect(r.statements.map((s) => actorName(r, s.speaker!))).toEqual(['India', 'India', 'India', 'ECOWAS', 'ECOWAS']);
  });
});

describe('title case that names no one', () => {
  it('makes no person of a headline\'s "Three Capitals, One Question: Who Pays", of "Good Governance" or of "House of Representatives"', () => {
    const text = 'Envoy\'s Gulf Tour: Three Capitals, One Question: Who Pays\n\nCAIRO, Oct. 15, 2026 - US envoy Tom Barrack met Egyptian officials on Monday to discuss Good Governance. '
      + 'Libya\'s House of Representatives met in Benghazi on Tuesday.';
    const r = extractArticle(text, { published: '2026-10-15', timezone: 'Africa/Cairo' });
    expect(r.actors.filter((a) => a.kind === 'person').map((a) => a.name)).toEqual(['Tom Barrack']);
  });
});

describe('the host of a trip told by other verbs', () => {
  it('takes Egypt into "flew into Cairo", Rwanda into "traveled on to Kigali" and Armenia into "goes on to Yerevan"', () => {
    const hosts = (text: string) => {
      const r = extractArticle(text, { published: '2026-10-15', timezone: 'America/New_York' });
      return r.events.filter((e) => e.type === 'visit').map((e) => e.participants.map((id) => actorName(r, id)));
    };
    expect(hosts('US envoy Paul Whitaker flew into Cairo from Riyadh on Thursday.')[0]).toContain('Egypt');
    expect(hosts('Senior Advisor Massad Boulos traveled on to Kigali on Tuesday.')[0]).toContain('Rwanda');
    expect(hosts('Secretary Marco Rubio then goes on to Yerevan on the 20th.')[0]).toContain('Armenia');
  });
});

describe('a government\'s cabinet', () => {
  it('makes "Turkey\'s cabinet" and "the Lebanese cabinet" bodies of their own, in their meetings beside their countries, and "the cabinet" after them the same body', () => {
    const text = 'ANKARA, May 12, 2026 - Turkey\'s cabinet met in Ankara on Monday evening. The cabinet approved the deal.\n\nBEIRUT - The Lebanese cabinet met on Tuesday.';
    const r = extractArticle(text, { published: '2026-05-12', timezone: 'Europe/Istanbul' });
    expect(r.events.map((e) => [e.type, e.participants.map((id) => actorName(r, id))])).toEqual([
      ['cabinet_meeting', ['Turkey', 'Cabinet of Turkey']], ['cabinet_meeting', ['Lebanon', 'Cabinet of Lebanon']]]);
    expect(r.actors.find((a) => a.name === 'Cabinet of Turkey')?.aliases).toEqual(expect.arrayContaining(['cabinet', 'Turkey\'s cabinet']));
  });
});

describe('an interview under a section title', () => {
  it('makes no person of the section title "The Long Conversation" above an interview', () => {
    const text = 'THE HORN LEDGER\nThe Long Conversation\n\n"A road to the sea is not a port": Somalia\'s chief negotiator on two years of talks\n\n'
      + 'Interview by Wanjiru Kamau-Osei\nNairobi | Published Tuesday, 22 September 2026\nAmbassador Abdirahman Hussein Farah has led Somalia\'s team.';
    const r = extractArticle(text, { published: '2026-09-22', timezone: 'Africa/Nairobi' });
    expect(r.actors.filter((a) => a.kind === 'person').map((a) => a.name)).toEqual(['Abdirahman Hussein Farah']);
  });
});

describe('a clock time on the day its sentence names', () => {
  it('dates "Yesterday (5 November 2026) at 09.15 hrs., X held a telephone conversation" on the 5th, not on the day of the release', () => {
    const text = 'BANGKOK, 6 November 2026\n\n1. Yesterday (5 November 2026) at 09.15 hrs., H.E. Mr. Thanet Suwannarat, Minister of Foreign Affairs of Thailand, held a telephone conversation with Malaysia\'s Foreign Minister Azhar bin Kamaruddin.';
    const r = extractArticle(text, { published: '2026-11-06', timezone: 'Asia/Bangkok' });
    expect(r.events.map((e) => [e.type, e.start])).toEqual([['talks', '2026-11-05T09:15:00+07:00']]);
  });
});

describe('the year said after a date', () => {
  it('dates "on March 10 last year" and "in June next year" a year from the report', () => {
    const start = (text: string) => extractArticle(text, { published: '2026-04-17', timezone: 'Asia/Damascus' }).events.map((e) => e.start);
    expect(start('The accord was signed by Syrian President Ahmed al-Sharaa and SDF commander Mazloum Abdi in Damascus on March 10 last year.')).toEqual(['2025-03-10']);
    expect(start('Syrian President Ahmed al-Sharaa will visit Ankara in June next year.')).toEqual(['2027-06-01']);
  });
});

describe('a calendar\'s day headings', () => {
  it('dates what is told under "Wed 25 Nov · Busan", in the week ahead, on that day', () => {
    const text = 'THE LONG TABLE\nSingapore, Sunday 22 November 2026\n\nWEEK AHEAD\n\nWed 25 Nov · Busan\n'
      + 'South Korea hosts the trilateral foreign ministers\' meeting with China and Japan.\n';
    const r = extractArticle(text, { published: '2026-11-22', timezone: 'Asia/Singapore' });
    expect(r.events.map((e) => [e.type, e.start])).toEqual([['talks', '2026-11-25']]);
  });
});

describe('"reports" as a noun', () => {
  it('takes no statement from "Abdirahman Hussein Farah in most English-language reports – has led the team"', () => {
    const r = extractArticle('NAIROBI, 22 September 2026 - Ambassador Cabdiraxmaan Xuseen Faarax – Abdirahman Hussein Farah in most English-language reports – has led Somalia\'s team.',
      { published: '2026-09-22', timezone: 'Africa/Nairobi' });
    expect(r.statements).toEqual([]);
  });
});

describe('meetings as debates and interviews tell them', () => {
  const kinds = (text: string) => extractArticle(text, { published: '2026-10-20', timezone: 'Europe/London' }).events.map((e) => [e.type, e.start]);
  it('takes "I was in Riyadh on Monday 12 October" for a visit and "I updated Cabinet this morning" for a cabinet meeting', () => {
    expect(kinds('Foreign Secretary Laurent Delacroix: I was in Riyadh on Monday 12 October.')).toEqual([['visit', '2026-10-12']]);
    expect(kinds('The Prime Minister Richard Hallam: I updated Cabinet this morning on our work with partners.')).toEqual([['cabinet_meeting', '2026-10-20']]);
  });
  it('takes "Hakan Fidan rang me on Monday", "the JBC would convene in Chanthaburi on 19 November" and "will host leaders of the coalition" for talks', () => {
    expect(kinds('Turkish Foreign Minister Hakan Fidan rang me on Monday, Somali negotiator Abdirahman Farah said.')[0]).toEqual(['talks', '2026-10-19']);
    expect(kinds('Thailand and Cambodia agreed that the Joint Boundary Commission would convene in Chanthaburi on 19 November.')).toEqual([['talks', '2026-11-19']]);
    expect(kinds('Prime Minister Richard Hallam will host leaders of the coalition of the willing at Lancaster House on 2 November.')).toEqual([['talks', '2026-11-02']]);
  });
  it('takes "signed a one-page communique", "will brief the AU Peace and Security Council" and "Japan\'s cabinet signed off on" for what they are', () => {
    expect(kinds('Ethiopian and Eritrean officials signed a one-page communique on Monday.')).toEqual([['other', '2026-10-19']]);
    expect(kinds('AU envoy Olusegun Obasanjo will brief the AU Peace and Security Council on 10 November.')).toEqual([['other', '2026-11-10']]);
    expect(kinds('Japan\'s cabinet signed off on a transfer of patrol vessels on Tuesday.')).toEqual([['cabinet_meeting', '2026-10-20']]);
  });
});

describe('a member\'s numbered question in Hansard', () => {
  it('gives "What recent discussions he has had …" under "1. Tom Barraclough (Keighley and Ilkley) (Lab)" to the member', () => {
    const text = 'Foreign, Commonwealth and Development Office\nVolume 781: debated on Tuesday 20 October 2026\n\nThe Secretary of State was asked—\n\n'
      + '1. Tom Barraclough (Keighley and Ilkley) (Lab)\nWhat recent discussions he has had with his Ukrainian counterpart on the prospects for a ceasefire. [905112]\n\n'
      + 'The Foreign Secretary (Mr Richard Hallam):\nI told the Ukrainian Foreign Minister that we stand with Ukraine.\n';
    const r = extractArticle(text, { published: '2026-10-20', timezone: 'Europe/London' });
    expect(r.statements.map((s) => actorName(r, s.speaker!))).toEqual(['Tom Barraclough', 'Richard Hallam']);
  });
});

describe('a hyphenated title and a plural noun', () => {
  it('keeps "Vice-Minister" out of Liu Jianhua\'s name and makes no actor of "Both Governments"', () => {
    const r = extractArticle('LONDON, 20 October 2026 - I met Chinese Vice-Minister Liu Jianhua in Beijing. Vice-Minister Liu said China was open to dialogue. Both Governments have told me they intend to sign.',
      { published: '2026-10-20', timezone: 'Europe/London' });
    expect(r.actors.map((a) => a.name)).toEqual(['China', 'Liu Jianhua']);
  });
});

describe('the channel told anywhere in the sentence', () => {
  it('credits the BBC in "Mr Picardo, interviewed by the BBC on 14 February, said", TASS in "in a statement carried by TASS" and Reuters in "Asked by Reuters about it, X said"', () => {
    const text = 'GIBRALTAR, 17 February 2026 - Chief Minister Fabian Picardo, interviewed by the BBC on 14 February, said he would not sign anything unread.\n\n'
      + 'Russia\'s foreign ministry demanded an investigation, in a statement carried by TASS.\n\n'
      + 'Asked by Reuters about that remark on Friday, Polish deputy minister Radoslaw Wierzbicki said Warsaw would not comment.';
    const r = extractArticle(text, { published: '2026-02-17', timezone: 'Europe/Gibraltar' });
    expect(r.statements.map((s) => s.reportedBy.map((id) => actorName(r, id)))).toEqual([['BBC'], ['TASS'], ['Reuters']]);
  });
});

describe('people told by their office, and a text by its name', () => {
  it('makes no outlet of "told the Ministers" or "told the Prime Ministers" (still of "told the Sentinel"), and no person of "an Implementing Arrangement"', () => {
    const text = 'PORT MORESBY, 12 November 2026 - Mr Marape told the Ministers that Papua New Guinea valued the partnership. Ms Kopa told the Prime Ministers that it was over. '
      + 'Mr Okoro told the Sentinel that the plan had failed. The two ministers signed an Implementing Arrangement, which Mr Peters called historic.';
    const r = extractArticle(text, { published: '2026-11-12', timezone: 'Pacific/Port_Moresby' });
    expect(r.actors.map((a) => `${a.name}:${a.kind}`).sort()).toEqual(['Kopa:person', 'Marape:person', 'Okoro:person', 'Papua New Guinea:government', 'Peters:person', 'Sentinel:media']);
  });
});

describe('ministers meeting someone', () => {
  const kinds = (text: string) => eventsIn(text, { published: '2026-10-21', timezone: 'Europe/London' });
  it('takes "the Ministers will meet Prime Minister X" and "ministers met with the envoy" for talks, and "ministers met Tuesday" for cabinet', () => {
    expect(kinds('In Honiara, the Ministers will meet Solomon Islands Prime Minister Hon. Jeremiah Manele on Friday.')).toEqual([['talks', '2026-10-23']]);
    expect(kinds('Kenyan ministers met with the envoy on Sunday.')).toEqual([['talks', '2026-10-18']]);
    expect(kinds('Ghana\'s ministers met Tuesday to approve the budget.')).toEqual([['cabinet_meeting', '2026-10-20']]);
  });
});

describe('a "WRITER:" byline over an interview', () => {
  it('gives the answers to the envoy the introduction names, not to the writer', () => {
    const text = 'Q&A | WORLD\nPUBLISHED : 17 Sep 2026 at 04:00\nWRITER: Pattarawadee Srisuk\n\n'
      + 'Marit Lunde Haaland became Oslo\'s special envoy for Myanmar in 2025. The Bangkok Post spoke to her on Monday.\n\n'
      + 'Q: Why those two groups?\n\nA: It was not a Norwegian meeting. We provided the room and the coffee.\n\n'
      + 'Q: Will they meet again?\n\nA: Then we will keep the channels open, because that is when they are needed.\n';
    const r = extractArticle(text, { published: '2026-09-17', timezone: 'Asia/Bangkok' });
    expect(r.statements.map((s) => actorName(r, s.speaker))).toEqual(['Marit Lunde Haaland', 'Marit Lunde Haaland']);
    expect(r.actors.map((a) => a.name)).not.toContain('Pattarawadee Srisuk');
  });
});

describe('a release\'s signing, dialogue and rooms', () => {
  const kinds = (text: string) => eventsIn(text, { published: '2027-10-14', timezone: 'Pacific/Guadalcanal' });
  it('takes "signed the Honiara Statement of Enhanced Partnership" and "signed a roadmap" for signings', () => {
    expect(kinds('Prime Minister Stanley Rore and Prime Minister Catherine Aldridge yesterday afternoon signed the Honiara Statement of Enhanced Partnership.')).toEqual([['other', '2027-10-13']]);
    expect(kinds('Foreign Minister Fa\'asi and Foreign Minister Te Rangi signed a roadmap on fisheries on Monday.')).toEqual([['other', '2027-10-11']]);
  });
  it('takes "co-chaired the inaugural … Foreign Ministers\' Dialogue" for talks, and no cabinet meeting of "in the Cabinet Room"', () => {
    expect(kinds('On Tuesday evening, Hon. Mathias Fa\'asi and Hon. James Te Rangi co-chaired the inaugural Solomon Islands–New Zealand Foreign Ministers\' Dialogue.')).toEqual([['talks', '2027-10-12']]);
    expect(kinds('Prime Minister Rore and Prime Minister Aldridge held talks in the Cabinet Room yesterday morning.')).toEqual([['talks', '2027-10-13']]);
  });
});

describe('a role noun before words that name nobody', () => {
  it('makes no person "Visit" of "her first Official Visit", and still one of "US envoy Witkoff"', () => {
    const r = extractArticle('It is her first Official Visit to Fiji. US envoy Witkoff met them.', { published: '2027-10-14', timezone: 'UTC' });
    expect(r.actors.map((a) => a.name)).toEqual(['Fiji', 'United States', 'Witkoff']);
  });
});

describe('a week ahead under weekday headings', () => {
  it('dates "MONDAY", "TUES." and "THURSDAY (the 15th)" sections by the next such day from the publication', () => {
    const text = 'THE BACK CHANNEL\nMonday, April 12, 2027 | Washington\n\nMONDAY\n\n• EU foreign ministers meet in Luxembourg for the Foreign Affairs Council.\n\n'
      + 'TUES.\n\n• The Sudan Quad reconvenes in Jeddah, with envoys due to sit down at 3 p.m. local time.\n\n'
      + 'THURSDAY (the 15th)\n\n• UN envoy María Ángela Holguín has invited Nikos Christodoulides and Tufan Erhürman to an informal meeting on the 15th in Geneva.\n';
    expect(eventsIn(text, { published: '2027-04-12', timezone: 'America/New_York' }).map(([, start]) => start!.slice(0, 10))).toEqual(['2027-04-12', '2027-04-13', '2027-04-15']);
  });
});

describe('an outlet named by its programme', () => {
  it('credits RTÉ in "told RTÉ\'s Morning Ireland", Radio Kiskeya in "told Radio Kiskeya\'s Matin Débat" and the BBC in "Speaking on BBC Radio Ulster\'s Good Morning Ulster"', () => {
    const text = 'DUBLIN, 14 December 2026 - The Taoiseach, Micheál Martin, told RTÉ\'s Morning Ireland on Thursday that he was "quietly hopeful".\n\n'
      + 'Prime Minister Alix Fils-Aimé told Radio Kiskeya\'s Matin Débat on Monday that talks would resume.\n\n'
      + 'Speaking on BBC Radio Ulster\'s Good Morning Ulster yesterday, Mr Thomas-Symonds insisted that the Government would not sign.\n\n'
      + 'Mr Ruto told Kenya\'s President Samia that it was fine.';
    const r = extractArticle(text, { published: '2026-12-14', timezone: 'Europe/Dublin' });
    expect(r.statements.map((s) => [actorName(r, s.speaker), s.reportedBy.map((id) => actorName(r, id))])).toEqual([
      ['Micheál Martin', ['RTÉ']], ['Alix Fils-Aimé', ['Radio Kiskeya']], ['Thomas-Symonds', ['BBC']], ['Ruto', []]]);
    expect(r.actors.map((a) => a.name)).not.toContain('Taoiseach');
  });
  it('gives "A No 10 spokesperson said" to the United Kingdom', () => {
    const r = extractArticle('LONDON, 14 December 2026 - A No 10 spokesperson said the talks had been useful.', { published: '2026-12-14', timezone: 'Europe/London' });
    expect(r.statements.map((s) => actorName(r, s.speaker))).toEqual(['United Kingdom']);
  });
});

describe('time spent with someone', () => {
  it('takes "spent about 45 minutes this afternoon with the European Commission president" for talks, and not "spent 20 minutes with reporters"', () => {
    const kinds = (text: string) => eventsIn(text, { published: '2026-12-14', timezone: 'Europe/London' });
    expect(kinds('Brazil\'s president, Luiz Inácio Lula da Silva, spent about 45 minutes this afternoon with the European Commission president, Ursula von der Leyen.')).toEqual([['talks', '2026-12-14']]);
    expect(kinds('President Lula spent 20 minutes with reporters on Monday.')).toEqual([]);
  });
});

describe('ties maintained, and Hà Nội', () => {
  it('takes "have maintained a traditional friendship" for no statement ("maintained that" still is one), and Hà Nội for the capital', () => {
    const r = extractArticle('HÀ NỘI, June 11 (VNA) – Vietnam and Uzbekistan have maintained a traditional friendship for three decades. Mr Saidov maintained that the talks were useful. The talks in Hà Nội were useful, Mr Saidov maintained.',
      { published: '2025-06-11', timezone: 'Asia/Ho_Chi_Minh' });
    expect(r.statements.map((s) => actorName(r, s.speaker))).toEqual(['Saidov', 'Saidov']);
    expect(r.actors.map((a) => a.name)).not.toContain('Hà Nội');
  });
});

describe('clock times on their own day', () => {
  it('keeps "released shortly after 1:00 am" on the day of the report, not on a deadline the sentence names ("until Dec. 1")', () => {
    const r = extractArticle('NAIROBI, Kenya (AFP) — Tue. Nov. 24, 2026\n\nIn a joint statement released shortly after 1:00 am, Riyadh and Washington said the two delegations had "agreed to continue their engagement until Dec. 1 with the aim of concluding a truce."',
      { published: '2026-11-24', timezone: 'Africa/Nairobi' });
    expect(r.statements.map((s) => s.date?.slice(0, 10))).toEqual(['2026-11-24']);
  });
  it('keeps meetings at 09:00 and at 19:00 of one day apart', () => {
    const text = 'TIRANA, 7 July 2027 - Mark Rutte and President Zelenskyy hold talks at 09:00 local time. Zelenskyy is due to meet Rutte at about 19:00 local time.';
    expect(eventsIn(text, { published: '2027-07-07', timezone: 'Europe/Tirane' }).map(([, start]) => start!.slice(11, 16))).toEqual(['09:00', '19:00']);
  });
});

describe('a statement\'s day', () => {
  const dates = (text: string) => extractArticle(text, { published: '2027-10-14', timezone: 'Pacific/Guadalcanal' }).statements.map((s) => s.date?.slice(0, 10));
  it('is not a day in what was said ("should take place within ten days")', () => {
    expect(dates('HONIARA, 14 October 2027 - Mr Al-Khulaifi said the first releases should take place within ten days.')).toEqual(['2027-10-14']);
  });
  it('is the day a labelled opening names ("Editor\'s note: On Tuesday, … said") and the day of the signing it was said after', () => {
    expect(dates('HONIARA, 14 October 2027\n\nEditor\'s note: On Tuesday, the day after this interview, Thailand\'s Ministry of Foreign Affairs said that Bangkok stands ready.')).toEqual(['2027-10-12']);
    expect(dates('HONIARA, 14 October 2027\n\nPrime Minister Rore and Prime Minister Aldridge yesterday afternoon signed the Honiara Statement of Enhanced Partnership.\n\nSpeaking at the joint media conference after the signing, Prime Minister Rore said the Statement reflected a friendship.')).toEqual(['2027-10-13']);
  });
});

describe('a visitor told in a relative clause', () => {
  it('makes "Jahongir Rustamov, who is paying an official visit to Kazakhstan" the visitor', () => {
    const r = extractArticle('ASTANA, 14 October 2027 – Minister Ğalymjan Särsenbaev held talks with Foreign Minister of Uzbekistan Jahongir Rustamov, who is paying an official visit to Kazakhstan from 12 to 14 October.',
      { published: '2027-10-14', timezone: 'Asia/Almaty' });
    const visit = r.events.find((e) => e.type === 'visit')!;
    expect(visit.participants.map((id) => actorName(r, id))).toEqual(['Jahongir Rustamov', 'Uzbekistan', 'Kazakhstan']);
  });
});

describe('a meeting beside a bigger one, and a guest received by name', () => {
  const kinds = (text: string) => eventsIn(text, { published: '2026-12-05', timezone: 'Europe/Berlin' });
  it('keeps a bilateral "on the sidelines of the meeting" apart from the meeting', () => {
    expect(kinds('BERLIN, 5 December 2026 - Foreign ministers met in Brussels on Thursday. On the sidelines of the meeting, Wadephul met his Ukrainian counterpart Andrii Sybiha on Thursday.'))
      .toEqual([['talks', '2026-12-03'], ['talks', '2026-12-03']]);
    expect(kinds('BERLIN, 5 December 2026 - Foreign ministers met in Brussels on Thursday. Minister Johann Wadephul met Andrii Sybiha on Thursday on the sidelines of the meeting.'))
      .toEqual([['talks', '2026-12-03'], ['talks', '2026-12-03']]);
  });
  it('takes "Erdoğan received Sybiha at Dolmabahçe Palace" for talks, and not "Israel received Hamas\'s response"', () => {
    expect(kinds('Foreign Minister Andrii Sybiha arrived on Thursday. President Recep Tayyip Erdoğan received Sybiha at Dolmabahçe Palace on Thursday evening.').slice(-1)).toEqual([['talks', '2026-12-03']]);
    expect(kinds('Israel received Hamas\'s response on Thursday.')).toEqual([]);
  });
});

describe('more ways to tell of a meeting or an exchange', () => {
  const kinds = (text: string) => eventsIn(`BRUSSELS, 19 November 2026 - ${text}`, { published: '2026-11-19', timezone: 'Europe/Brussels' });
  it('takes an emergency session, sitting across one table, negotiators returning to a capital and "his conversation with" for talks', () => {
    expect(kinds('The UN Security Council held an emergency session yesterday afternoon on the situation.')).toEqual([['talks', '2026-11-18']]);
    expect(kinds('Then on Saturday, army and RSF negotiators finally sat across one table for roughly three hours.')).toEqual([['talks', '2026-11-14']]);
    expect(kinds('Negotiators will return to Brussels on Wednesday to work through the legal text.')).toEqual([['talks', '2026-11-25']]);
    expect(kinds('He informed the cabinet about the outcome of his conversation with Ukrainian Foreign Minister Andrii Sybiha on 17 November.')).toEqual([['talks', '2026-11-17']]);
  });
  it('takes "the exchange of prisoners of war that took place on Monday" for an exchange', () => {
    expect(kinds('The exchange of prisoners of war that took place on Monday was once again made possible by the mediation of the United Arab Emirates.')).toEqual([['other', '2026-11-16']]);
  });
});

describe('a commissioner\'s title', () => {
  it('keeps "EU Commissioner" and "Commissioner" out of Maroš Šefčovič\'s name', () => {
    const r = extractArticle('LONDON, 2 November 2026 - EU Commissioner Maroš Šefčovič met Prime Minister Keir Starmer on Monday. Commissioner Šefčovič said the talks were useful.',
      { published: '2026-11-02', timezone: 'Europe/London' });
    expect(r.actors.filter((a) => a.kind === 'person').map((a) => a.name)).toEqual(['Maroš Šefčovič', 'Keir Starmer']);
    expect(r.statements.map((s) => actorName(r, s.speaker))).toEqual(['Maroš Šefčovič']);
  });
});

describe('a clock\'s zone, and what an event of another kind was', () => {
  it('makes no person of "New Zealand Daylight Time" and titles a signing "Signing: …"', () => {
    const r = extractArticle('HONIARA, 14 October 2027 - Rt Hon. Catherine Aldridge departed Auckland at 9am New Zealand Daylight Time. Prime Minister Stanley Rore and Prime Minister Catherine Aldridge yesterday afternoon signed the Honiara Statement of Enhanced Partnership.',
      { published: '2027-10-14', timezone: 'Pacific/Guadalcanal' });
    expect(r.actors.map((a) => a.name)).not.toContain('Daylight Time');
    expect(r.events.map((e) => e.title)).toContain('Signing: Stanley Rore, Catherine Aldridge, Solomon Islands');
  });
});

describe('a Q&A under "Interview:" met on a weekday', () => {
  it('gives the answers to the envoy on the day the outlet met her, and makes no person of "Lake Thun"', () => {
    const text = 'Interview: Nadia Steiner-Bovet\nMarch 13, 2026 - 09:00\nSWI swissinfo.ch\n\n'
      + 'Béatrice Zbinden was appointed Switzerland\'s special envoy for the Cameroon process in 2024. SWI swissinfo.ch met her at the Maison de la Paix in Geneva on Wednesday morning.\n\n'
      + 'Q: What happened during those four days?\n\nA: The delegations stayed in the same hotel above Lake Thun. Not always in the same room, I admit.\n\n'
      + 'Q: Will they meet again?\n\nA: Then we will keep the channels open, because that is when they are needed.\n';
    const r = extractArticle(text, { published: '2026-03-13', timezone: 'Europe/Zurich' });
    expect(r.statements.map((s) => [actorName(r, s.speaker), s.date])).toEqual([['Béatrice Zbinden', '2026-03-11'], ['Béatrice Zbinden', '2026-03-11']]);
    expect(r.actors.map((a) => a.name)).not.toContain('Lake Thun');
  });
});

describe('a release\'s day and month in brackets', () => {
  it('reads "Monday (8/2)", "(Tuesday, 9/2)" and "Today (10/2)" day first where the zone writes dates so', () => {
    const text = 'Jakarta, Wednesday, 10 February 2027 | 05.30 WIB\n\nThe JMC was preceded on Monday (8/2) by a Senior Officials Meeting. '
      + 'Minister Sugiono received Minister Justin Kundu yesterday (Tuesday, 9/2). Today (10/2), Minister Kundu will travel to Jayapura for a working visit.';
    expect(eventsIn(text, { published: '2027-02-10', timezone: 'Asia/Jakarta' })).toEqual([['talks', '2027-02-08'], ['talks', '2027-02-09'], ['visit', '2027-02-10']]);
  });
});

describe('how long a call lasted', () => {
  it('does not date "spoke by phone for about half an hour on Monday" by the half hour', () => {
    expect(eventsIn('WASHINGTON, May 12, 2027 - Prime Minister Mark Carney and President Donald Trump spoke by phone for about half an hour on Monday.', { published: '2027-05-12', timezone: 'America/New_York' }))
      .toEqual([['talks', '2027-05-10']]);
  });
});

describe('a minister hosted by country and office, and an arrival at a named place', () => {
  const kinds = (text: string) => eventsIn(`WASHINGTON, May 12, 2027 - ${text}`, { published: '2027-05-12', timezone: 'America/New_York' }).map(([type, start]) => [type, start!.slice(0, 10)]);
  it('takes "hosts Japan\'s foreign minister, Toshimitsu Motegi" for talks and "arrived at Joint Base Andrews" for a visit', () => {
    expect(kinds('Secretary of State Marco Rubio hosts Japan\'s foreign minister, Toshimitsu Motegi, at the State Department this morning.')).toEqual([['talks', '2027-05-12']]);
    expect(kinds('Japanese Foreign Minister Toshimitsu Motegi arrived at Joint Base Andrews late last night.')).toEqual([['visit', '2027-05-11']]);
  });
  it('takes "arrived at a compromise" for no visit', () => {
    expect(kinds('The two sides arrived at a compromise on Monday.')).toEqual([]);
  });
});

describe('"the two leaders"', () => {
  it('are the two people named last before, in a meeting told of them alone', () => {
    const r = extractArticle('HONIARA, 14 October 2027 - Prime Minister Stanley Rore welcomed Prime Minister Catherine Aldridge at the airport.\n\n'
      + 'The signing followed almost three hours of discussions between the two leaders yesterday morning.', { published: '2027-10-14', timezone: 'Pacific/Guadalcanal' });
    const talks = r.events.find((e) => e.type === 'talks')!;
    expect(talks.participants.map((id) => actorName(r, id))).toEqual(expect.arrayContaining(['Stanley Rore', 'Catherine Aldridge']));
  });
});

describe('a courtesy call is no statement', () => {
  it('takes "called on Prime Minister Shehbaz Sharif on Sunday" for no statement, and "called on both sides to stop fighting" for one', () => {
    const r = extractArticle('ISLAMABAD, Jan 11 (APP) - Qatar\'s Minister of State Mohammed bin Abdulaziz Al-Khulaifi called on Prime Minister Shehbaz Sharif on Sunday. The UN called on both sides to stop fighting.',
      { published: '2026-01-11', timezone: 'Asia/Karachi' });
    expect(r.statements.map((s) => actorName(r, s.speaker))).toEqual(['United Nations']);
  });
});

describe('a leader welcomed in person', () => {
  it('takes "Ruto welcomed President Museveni at State House" for talks and no statement, "Ruto welcomed the agreement" for a statement', () => {
    const text = 'NAIROBI, 14 October 2027 - President William Ruto welcomed President Yoweri Museveni at State House on Monday. Ruto welcomed the agreement on the border.';
    const r = extractArticle(text, { published: '2027-10-14', timezone: 'Africa/Nairobi' });
    expect(r.events.map((e) => [e.type, e.start])).toEqual([['talks', '2027-10-11']]);
    expect(r.statements.map((s) => s.evidence[0])).toEqual([text.indexOf('Ruto welcomed the agreement')]);
  });
});

describe('more meetings by other words', () => {
  const kinds = (text: string) => eventsIn(`BRUSSELS, Dec. 3, 2026 - ${text}`, { published: '2026-12-03', timezone: 'America/New_York' });
  it('takes "faced each other across the table", "hosting each delegation separately over dinner", "sat with Minister X" and "expected to witness the signing of" for what they are', () => {
    expect(kinds('Serbian negotiator Petar Petković and Kosovo\'s Besnik Bislimi faced each other across the table for more than seven hours Wednesday.')).toEqual([['talks', '2026-12-02']]);
    expect(kinds('EU envoy Peter Sørensen began by hosting each delegation separately over dinner Tuesday.')).toEqual([['talks', '2026-12-01']]);
    expect(kinds('I sat with Minister Paul Atanga Nji on Tuesday for more than an hour.')).toEqual([['talks', '2026-12-01']]);
    expect(kinds('President Rabuka and Prime Minister Teo are expected to witness the signing of a Memorandum of Understanding on Friday.')).toEqual([['other', '2026-12-04']]);
  });
});

describe('a dateline\'s date, then the story\'s day', () => {
  it('reads "GENEVA, 11 March 2026 - On Tuesday Ruto met …", "… - Yesterday …", "… - Last Friday …" as two dates, not a range', () => {
    const opts = { published: '2026-03-11', timezone: 'Europe/Zurich' };
    expect(eventsIn('GENEVA, 11 March 2026 - On Tuesday President William Ruto met Minister Paul Atanga Nji.', opts)).toEqual([['talks', '2026-03-10']]);
    expect(eventsIn('GENEVA, 11 March 2026 - Yesterday President William Ruto met Minister Paul Atanga Nji.', opts)).toEqual([['talks', '2026-03-10']]);
    expect(eventsIn('GENEVA, 11 March 2026 - Last Friday President William Ruto met Minister Paul Atanga Nji.', opts)).toEqual([['talks', '2026-03-06']]);
  });
});

describe('today named by its weekday', () => {
  it('reads "are due to meet in Doha on Tuesday" in a story of Tuesday as that day, and "will meet on Wednesday" as the next', () => {
    const opts = { published: '2026-11-03', timezone: 'Asia/Qatar' };
    expect(eventsIn('DOHA, Nov 3 (Reuters) - Delegations from the army and the RSF are due to meet in Doha on Tuesday, officials said.', opts)).toEqual([['talks', '2026-11-03']]);
    expect(eventsIn('DOHA, Nov 3 (Reuters) - President William Ruto will meet Minister Paul Atanga Nji on Wednesday.', opts)).toEqual([['talks', '2026-11-04']]);
  });
});

describe('a day of the month with its weekday, and sums spread over years', () => {
  it('reads "Tues. the 12th" in an 8 October calendar as 12 October (the 12th that is a Tuesday), and "Monday the 4th" as 4 October', () => {
    const opts = { published: '2027-10-08', timezone: 'America/New_York' };
    expect(eventsIn('Calendar\n\n- Tues. the 12th: EU foreign ministers meet in Luxembourg, with Central Asia on the agenda.', opts)).toEqual([['talks', '2027-10-12']]);
    expect(first('They met on Monday the 4th.', '2027-10-08')?.from).toBe('2027-10-04');
    const sentence = 'The Council of Ministers approved a mandate on Thursday the 4th of June.';
    const days = findDates(sentence, 0, sentence.length, makeClock('2026-09-22', 'Africa/Mogadishu')).map((d) => d.from);
    expect(days).toContain('2026-06-04');
    expect(days).not.toContain('2025-09-04');
  });
  it('takes "The visits follow Monday\'s meeting …, which endorsed $84 million over four years" for Monday\'s meeting, with no stretch of four years', () => {
    const text = 'The visits follow Monday\'s meeting of the National Security Committee of Cabinet, which endorsed a further $84 million over four years for policing.';
    expect(eventsIn(text, { published: '2027-02-11', timezone: 'Australia/Sydney' })).toEqual([['cabinet_meeting', '2027-02-08']]);
  });
  it('does not date a signing by how long what was signed lasts ("extending support to the police until 2030")', () => {
    const text = 'HONIARA, 10 February 2027 - Following the meeting, Minister Tehoko and Police Minister Dorothy Kiriau signed a Memorandum of Understanding extending Australia\'s support to the police force until 2030.';
    expect(extractArticle(text, { published: '2027-02-10', timezone: 'Pacific/Guadalcanal' }).events.map((e) => e.start)).not.toContain('2030-01-01');
  });
});

describe('quotes a release or a bulletin attributes by label', () => {
  it('gives the paragraphs under "Quotes attributable to Senator the Hon. Rhiannon Kelleher:" to her', () => {
    const text = 'CANBERRA, 11 February 2027 - Foreign Minister Rhiannon Kelleher will visit Tonga on Monday.\n\nQuotes attributable to Senator the Hon. Rhiannon Kelleher:\n\n"Australia\'s security is bound up with the security of the Pacific family."\n\n"I am honoured to be returning to Tonga."\n';
    const r = extractArticle(text, { published: '2027-02-11', timezone: 'Australia/Sydney' });
    expect(r.statements.map((s) => actorName(r, s.speaker))).toEqual(['Rhiannon Kelleher', 'Rhiannon Kelleher']);
  });
  it('gives "CLIP — PARKS TAU, MINISTER OF TRADE: "…"" and "CLIP — PRESIDENT CYRIL RAMAPHOSA: "…"" to the people they name', () => {
    const text = 'NEWSREADER: Trade Minister Parks Tau met US officials in Washington on Tuesday. President Cyril Ramaphosa spoke to President Donald Trump.\n\nCLIP — PARKS TAU, MINISTER OF TRADE, INDUSTRY AND COMPETITION: "We did not come here expecting a miracle."\n\nCLIP — PRESIDENT CYRIL RAMAPHOSA: "We will negotiate as equals."\n';
    const r = extractArticle(text, { published: '2027-03-04', timezone: 'Africa/Johannesburg' });
    const clips = r.statements.filter((s) => text.slice(s.evidence[0], s.evidence[1]).startsWith('CLIP'));
    expect(clips.map((s) => actorName(r, s.speaker))).toEqual(['Parks Tau', 'Cyril Ramaphosa']);
  });
});

describe('overnight', () => {
  it('dates "Overnight, Minister Kelleher spoke by phone with …" in a dawn release to the day before, and no summit in a statement "posted overnight"', () => {
    const opts = { published: '2027-02-11T06:00', timezone: 'Australia/Sydney' };
    expect(eventsIn('CANBERRA - Overnight, Minister Rhiannon Kelleher spoke by phone with Tonga\'s Foreign Minister, Lord Tu\'ilakepa Vaea.', opts)).toEqual([['talks', '2027-02-10']]);
    expect(eventsIn('The AFC/M23 alliance said in a statement posted overnight that a summit "about eastern Congo without us is theatre".', opts).map(([, day]) => day)).not.toContain('2027-02-10');
  });
});

describe('a day the sentence opens with', () => {
  it('dates "On Monday evening, shortly after arriving in the capital, Xi met with X" by its opener, but not talks in what "On Thursday, X told reporters" they had been', () => {
    const opts = { published: '2027-06-15', timezone: 'Asia/Shanghai' };
    expect(eventsIn('On Monday evening, shortly after arriving in the Turkmen capital, Xi Jinping met with Gurbanguly Berdimuhamedov at the Ruhyyet Palace.', opts))
      .toContainEqual(['talks', '2027-06-14']);
    expect(eventsIn('On Thursday, Chinese foreign ministry spokesperson Mao Ning told reporters in Beijing that the talks had been "candid".', opts).map(([, day]) => day)).not.toContain('2027-06-10');
  });
});

describe('audiences, passive receptions, annual committees, landings', () => {
  const opts = { published: '2027-02-11', timezone: 'Australia/Sydney' };
  it('takes "would grant the Minister an audience on the 16th" and "was received the following day by Somaliland\'s president" for meetings', () => {
    expect(eventsIn('Lord Vaea confirmed that His Majesty King Tupou VI would grant the Minister an audience on the 16th.', opts)).toEqual([['talks', '2027-02-16']]);
    expect(eventsIn('He was received on Tuesday by Somaliland\'s president, Abdirahman Irro.', opts)).toEqual([['talks', '2027-02-09']]);
  });
  it('takes "co-chaired the annual Joint Ministerial Committee" for talks and "touched down at Hargeisa\'s Egal International Airport" for a visit', () => {
    expect(eventsIn('On Tuesday, Minister Liam Tehoko co-chaired the annual Joint Ministerial Committee with Vanuatu\'s Minister Marcel Bule Tamata.', opts)).toEqual([['talks', '2027-02-09']]);
    expect(eventsIn('Foreign Minister Abdisalam Haji touched down at Hargeisa\'s Egal International Airport on Tuesday.', opts)).toEqual([['visit', '2027-02-09']]);
  });
});

describe('a cabinet told by a participle', () => {
  it('takes "South Africa\'s Cabinet, meeting Wednesday in Pretoria, approved …" for a cabinet meeting on Wednesday', () => {
    expect(eventsIn('South Africa\'s Cabinet, meeting Wednesday in Pretoria, approved a request to host a round of proximity talks.', { published: '2027-10-08', timezone: 'America/New_York' }))
      .toContainEqual(['cabinet_meeting', '2027-10-06']);
  });
});

describe('outlets named by what they are first, and remarks reported by one', () => {
  it('takes "told Radio Azattyk" for an outlet and credits "in remarks reported by Al-Ahram" to Al-Ahram', () => {
    const opts = { published: '2027-10-08', timezone: 'Asia/Bishkek' };
    const r = extractArticle('Gulnara Mamytova, a deputy of the Batken district council, told Radio Azattyk that villagers were afraid.', opts);
    expect(r.actors.find((a) => a.name === 'Radio Azattyk')?.kind).toBe('media');
    expect(r.statements.map((s) => s.reportedBy.map((id) => actorName(r, id)))).toEqual([['Radio Azattyk']]);
    const q = extractArticle('Egypt\'s foreign minister, Badr Abdelatty, in remarks reported by Al-Ahram, said Egypt "will not stand by".', opts);
    expect(q.statements.map((s) => s.reportedBy.map((id) => actorName(q, id)))).toEqual([['Al-Ahram']]);
  });
});

describe('last night', () => {
  it('is the evening before the report\'s day, whether it went out at dawn, at noon or late at night, in any zone', () => {
    const sentence = 'Speaking from Honiara last night, he said so.';
    for (const [published, zone] of [['2027-02-11', 'Australia/Sydney'], ['2027-02-11T06:00', 'Australia/Sydney'], ['2027-02-11T23:00', 'Australia/Sydney'], ['2027-02-11T06:00', 'Europe/London'], ['2027-02-11T06:00', 'America/Los_Angeles']]) {
      expect(first(sentence, published, zone)?.from, `${published} ${zone}`).toBe('2027-02-10');
    }
  });
});

describe('words said at a meeting told before', () => {
  it('dates "Opening the talks, the Prime Minister thanked …" by the talks "on Tuesday evening", "She told the meeting that …" by the meeting after', () => {
    const text = 'Nukuʻalofa, 19 March 2026 – The Prime Minister, Dr. Sēmisi Fonua Kioa, held official talks on Tuesday evening with Australia\'s Pacific Minister, Sarah Whitfield. Their officials met again on Wednesday.\n\nThe Partnership will be signed at 10am today.\n\nOpening the talks, Dr. Kioa thanked Australia for standing with Tonga "in the days after the ash."\n\nMs Whitfield told the meeting that Canberra wanted the wharves "built by Tongans".';
    const r = extractArticle(text, { published: '2026-03-19T05:20', timezone: 'Pacific/Tongatapu' });
    const said = (words: string) => r.statements.find((s) => text.slice(s.evidence[0], s.evidence[1]).includes(words))?.date;
    expect(said('Opening the talks')).toBe('2026-03-17');
    expect(said('told the meeting')).toBe('2026-03-18');
  });
});

describe('a portfolio in an office\'s list', () => {
  it('takes "Minister for Police, National Security and Correctional Services, the Hon. Dorothy Kiriau" for one person, not "National Security"', () => {
    const r = extractArticle('Minister Liam Tehoko and the Solomon Islands Minister for Police, National Security and Correctional Services, the Hon. Dorothy Kiriau MP, signed a Memorandum of Understanding.',
      { published: '2027-02-11', timezone: 'Pacific/Guadalcanal' });
    expect(r.actors.filter((a) => a.kind === 'person').map((a) => a.name)).toEqual(['Liam Tehoko', 'Dorothy Kiriau']);
  });
});

describe('police forces', () => {
  it('takes "Australian Federal Police" and "the Royal Solomon Islands Police Force" for organisations, not a person or an armed group', () => {
    const r = extractArticle('The agreement supports Australian Federal Police officers serving with the Royal Solomon Islands Police Force.', { published: '2027-02-11', timezone: 'Australia/Sydney' });
    expect(r.actors.filter((a) => /Police/.test(a.name)).map((a) => [a.name, a.kind])).toEqual([['Australian Federal Police', 'organization'], ['Royal Solomon Islands Police Force', 'organization']]);
  });
});

describe('a country named right after a name', () => {
  it('files "Azerbaijani Deputy Prime Minister Shahin Mustafayev and Mher Grigoryan of Armenia" under their own countries', () => {
    const r = extractArticle('Azerbaijani Deputy Prime Minister Shahin Mustafayev and Mher Grigoryan of Armenia will meet on March 23.',
      { published: '2027-03-12', timezone: 'Asia/Baku' });
    const filed = (name: string) => actorName(r, r.actors.find((a) => a.name === name)?.affiliation ?? null);
    expect([filed('Shahin Mustafayev'), filed('Mher Grigoryan')]).toEqual(['Azerbaijan', 'Armenia']);
  });
});
