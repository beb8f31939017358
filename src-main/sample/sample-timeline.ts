// The entries a careful reader takes from sample-article.txt; each names the words (cue) it rests on.
import type { Actor, Event, Participant, UncertainDate } from '../../shared/model';

export const SAMPLE_ZONE = 'Europe/Zurich';
const day = (value: string, approximate = false): UncertainDate => ({ value, precision: 'day', approximate, zone: SAMPLE_ZONE });

export const SAMPLE_SOURCE = {
  title: 'Varossa and Kestrel Front hold third round of Geneva talks',
  outlet: 'Meridian Wire', author: 'Meridian Wire Staff', published: '2026-10-14T08:00:00+02:00', zone: SAMPLE_ZONE, url: '',
};

export const SAMPLE_ACTORS: { name: string; kind: Actor['kind']; aliases: string[]; parent?: string; color: string | null }[] = [
  { name: 'Varossa', kind: 'government', aliases: ['Republic of Varossa', 'Varossan'], color: '#1f77b4' },
  { name: 'Anton Melis', kind: 'person', aliases: ['Melis', 'President Anton Melis'], parent: 'Varossa', color: null },
  { name: 'Varossan national security council', kind: 'body', aliases: ['national security council'], parent: 'Varossa', color: null },
  { name: 'Kestrel Liberation Front', kind: 'armed_group', aliases: ['the Front', 'KLF'], color: '#d62728' },
  { name: 'Dario Kestov', kind: 'person', aliases: ['Kestov'], parent: 'Kestrel Liberation Front', color: null },
  { name: 'United Nations', kind: 'organization', aliases: ['UN'], color: '#2ca02c' },
  { name: 'Ingrid Solberg', kind: 'person', aliases: ['Solberg', 'UN envoy Ingrid Solberg'], parent: 'United Nations', color: null },
  { name: 'Switzerland', kind: 'government', aliases: ['Swiss', 'Swiss foreign ministry'], color: '#9467bd' },
  { name: 'Lea Brunner', kind: 'person', aliases: ['Brunner'], parent: 'Switzerland', color: null },
  { name: 'Meridian Wire', kind: 'media', aliases: [], color: null },
  { name: 'Caspian Herald', kind: 'media', aliases: [], color: null },
  { name: 'VTV', kind: 'media', aliases: ['state broadcaster VTV'], color: null },
];

type Role = Participant['role'];
export const SAMPLE_EVENTS: {
  type: Event['type']; title: string; description: string; start: UncertainDate; end?: UncertainDate; location: string;
  participants: [string, Role][]; cue: string;
}[] = [
  {
    type: 'talks', title: 'Third round of Geneva talks', description: 'On a ceasefire in the Orlan valley, a prisoner exchange and the Orlan border crossing.',
    start: day('2026-10-11', true), end: day('2026-10-14'), location: 'Geneva',
    participants: [['Varossa', 'party'], ['Kestrel Liberation Front', 'party'], ['Ingrid Solberg', 'mediator']],
    cue: 'met in Geneva for a third round of talks',
  },
  {
    type: 'other', title: 'Written proposals exchanged', description: 'The two sides exchanged written proposals.',
    start: day('2026-10-13'), location: 'Geneva', participants: [['Varossa', 'party'], ['Kestrel Liberation Front', 'party']],
    cue: 'exchanged written proposals on Tuesday',
  },
  {
    type: 'cabinet_meeting', title: 'National security council reviews the draft', description: 'Convened by President Melis.',
    start: { value: '2026-10-15T09:00', precision: 'minute', approximate: false, zone: SAMPLE_ZONE }, location: '',
    participants: [['Anton Melis', 'host'], ['Varossan national security council', 'party']],
    cue: 'will convene his national security council on Thursday at 9:00 a.m.',
  },
  {
    type: 'visit', title: 'Swiss Foreign Minister visits the delegations', description: '',
    start: { value: '2026-10-19', precision: 'week', approximate: true, zone: SAMPLE_ZONE }, location: 'Geneva',
    participants: [['Lea Brunner', 'party'], ['Switzerland', 'host']],
    cue: 'is expected to visit the delegations in Geneva next week',
  },
];

export const SAMPLE_STATEMENTS: {
  speaker: string; audience: string[]; text: string; direct: boolean; hedged: boolean; date: UncertainDate | null; outlets: string[]; cue: string;
}[] = [
  {
    speaker: 'Kestrel Liberation Front', audience: [], direct: true, hedged: false, date: day('2026-10-14'), outlets: ['Caspian Herald'],
    text: 'No one should expect a signed agreement this week.', cue: 'no one should expect a signed agreement this week.',
  },
  {
    speaker: 'Ingrid Solberg', audience: [], direct: true, hedged: false, date: day('2026-10-14'), outlets: ['Meridian Wire'],
    text: 'The parties had moved closer than at any time since the war began.', cue: 'moved closer than at any time since the war began',
  },
  {
    speaker: 'Dario Kestov', audience: [], direct: true, hedged: false, date: day('2026-10-14', true), outlets: ['Caspian Herald'],
    text: 'His movement would not disarm while a single Varossan soldier remains in the valley.', cue: 'while a single Varossan soldier remains in the valley.',
  },
];
