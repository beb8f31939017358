import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src-main/extract';

const opts = { published: '2025-05-08', timezone: 'Asia/Jerusalem' };

function run(text: string, gazetteer = []) {
  const result = extractArticle(text, { ...opts, gazetteer });
  const name = (id: string | null) => result.actors.find((a) => a.id === id)?.name ?? null;
  return { result, name };
}

describe('statements and their reporting chains', () => {
  it('"X quoted Y as telling Z": speaker Y, audience Z, reported by X', () => {
    const { result, name } = run("American envoy Stephen Witkoff met Israeli officials.\n\nIsrael's Channel 12 quoted Witkoff as telling the families of Israeli captives that a deal was close.");
    const [s] = result.statements;
    expect(name(s.speaker)).toBe('Stephen Witkoff');
    expect(s.reportedBy.map(name)).toEqual(['Channel 12']);
    expect(s.audience.map(name)).toEqual(['families of Israeli captives']);
  });

  it('what was said excludes the audience it was told to ("told X on Monday that …", "told reporters that …")', () => {
    const { result } = run('US envoy Mark Rollins told the families of hostages on Monday that a deal was close.\n\nEgyptian Foreign Minister Karim Haddad told reporters that the gaps had narrowed.');
    expect(result.statements.map((s) => s.text)).toEqual(['a deal was close', 'the gaps had narrowed']);
  });

  it('a reporting verb inside what someone said is not a second statement', () => {
    const { result, name } = run('Indonesian Foreign Minister Retno Widodo told journalists that Indonesia welcomed Australia\'s commitment to a fair settlement.');
    expect(result.statements.map((s) => [name(s.speaker), s.text])).toEqual([['Retno Widodo', "Indonesia welcomed Australia's commitment to a fair settlement"]]);
  });

  it('what was said leaves out a live-blog stamp and an attribution that closes the sentence', () => {
    const { result } = run('09:45 GMT – US Secretary of State Antony Blinken spoke by phone with both commanders, the State Department said.');
    expect(result.statements.map((s) => s.text)).toEqual(['US Secretary of State Antony Blinken spoke by phone with both commanders']);
  });

  it('"Y was quoted by X as saying": the passive chain', () => {
    const { result, name } = run('Lebanese Parliament Speaker Nabil Haddad was quoted by the newspaper Al-Akhbar as saying that Beirut would not negotiate.');
    expect(result.statements.map((s) => [name(s.speaker), s.reportedBy.map(name)])).toEqual([['Nabil Haddad', ['Al-Akhbar']]]);
  });

  it('an outlet that reports that someone said something carries the statement, it does not make it', () => {
    const { result, name } = run('The Israeli newspaper Maariv reported that Prime Minister Benjamin Netanyahu said the cabinet would meet.');
    expect(result.statements.map((s) => [name(s.speaker), s.reportedBy.map(name)])).toEqual([['Benjamin Netanyahu', ['Maariv']]]);
  });

  it('a report with no one speaking in it is not a statement', () => {
    expect(run('Haaretz reported that the security cabinet is scheduled to convene at 6:30 p.m.').result.statements).toEqual([]);
  });

  it('ties anonymous sources to their side rather than inventing a person', () => {
    const { result, name } = run('A senior Hamas official told Al Jazeera that talks were under way. Sources close to Trump said he is "disappointed".');
    expect(result.statements.map((s) => name(s.speaker))).toEqual(['Hamas', 'Trump']);
    expect(result.statements[0].reportedBy.map(name)).toEqual(['Al Jazeera']);
    expect(result.statements[1].hedged).toBe(true);
    expect(result.actors.filter((a) => a.kind === 'person').map((a) => a.name)).not.toContain('Hamas official');
  });

  it('resolves "he" and "his office" to the person last speaking', () => {
    const { result, name } = run('Rauf Mammadli, the Azerbaijani envoy, was cautious. He said questions remained open.\n\nPrime Minister Avraham Levinson will convene the security cabinet on Thursday, his office announced.');
    expect(result.statements.map((s) => name(s.speaker))).toEqual(['Rauf Mammadli', 'Avraham Levinson']);
  });

  it('marks direct quotations and hedges', () => {
    const { result } = run('"We are closer than ever," Hakobyan said. Witkoff reportedly said an agreement must be reached.');
    expect(result.statements.map((s) => [s.direct, s.hedged])).toEqual([
      [true, false],
      [false, true],
    ]);
    expect(result.statements[0].text).toBe('We are closer than ever');
  });
});

describe('actors', () => {
  it('merges a person’s full name, surname and role within the article', () => {
    const { result } = run('US Special Envoy Stephen Witkoff arrived in Doha. Witkoff met Qatari officials. The US envoy said progress was made.');
    const people = result.actors.filter((a) => a.kind === 'person');
    expect(people).toHaveLength(1);
    expect(people[0].name).toBe('Stephen Witkoff');
    expect(people[0].mentions).toHaveLength(3);
    expect(people[0].aliases).toEqual(expect.arrayContaining(['Witkoff', 'US envoy']));
  });

  it('maps demonyms and capitals to countries, but not a capital that is only a place', () => {
    const { result } = run('Qatari and Egyptian mediators met in Doha. Washington said it welcomed the talks.');
    const names = result.actors.map((a) => a.name);
    expect(names).toEqual(expect.arrayContaining(['Qatar', 'Egypt', 'United States']));
    expect(result.actors.find((a) => a.name === 'Qatar')!.aliases).not.toContain('Doha');
  });

  it('reuses the project’s actors and their ids first', () => {
    const gazetteer = [{ id: 'act_77', name: 'Steve Witkoff', kind: 'person', aliases: ['the envoy'] }] as never;
    const { result } = run('Witkoff told reporters the talks were going well.', gazetteer);
    expect(result.actors.find((a) => a.id === 'act_77')?.mentions).toHaveLength(1);
    expect(result.statements[0].speaker).toBe('act_77');
  });

  it('recognises transliterated names with diacritics and particles', () => {
    const { result } = run('Fatah sent Maḥmūd ʿAbd al-Raḥmān, while Hamas sent its political bureau member Ḥusām Badrān-Nūr.');
    expect(result.actors.filter((a) => a.kind === 'person').map((a) => a.name)).toEqual(['Maḥmūd ʿAbd al-Raḥmān', 'Ḥusām Badrān-Nūr']);
  });

  it('recognises people by honorifics in a media release', () => {
    const { result } = run('The Hon. Penelope Strand MP, Minister for Foreign Affairs, today met the Rt Hon. Sir Gerald Mateo.');
    expect(result.actors.filter((a) => a.kind === 'person').map((a) => a.name)).toEqual(['Penelope Strand', 'Gerald Mateo']);
  });
});

describe('events', () => {
  it('types talks, cabinet meetings and visits and names their participants', () => {
    const { result, name } = run(
      'Netanyahu will convene the security cabinet on Sunday evening. US Secretary of State Laura Whitcombe will travel to Cairo on Friday. Hamas and Israeli negotiators met in Doha on Monday.',
    );
    expect(result.events.map((e) => [e.type, e.start])).toEqual([
      ['cabinet_meeting', '2025-05-11'],
      ['visit', '2025-05-09'],
      ['talks', '2025-05-05'],
    ]);
    expect(result.events[1].participants.map(name)).toEqual(expect.arrayContaining(['Laura Whitcombe', 'United States', 'Egypt']));
    expect(result.events[2].location).toBe('Doha');
  });

  it('merges later mentions of the same event instead of proposing twins', () => {
    const { result } = run('Hamas and the US are holding direct talks.\n\nDiscussions between Hamas and the US are taking place, an official said. Israel faces hard days ahead in the negotiations.');
    expect(result.events.filter((e) => e.type === 'talks')).toHaveLength(1);
  });
});
