// The import panel's state: the articles being proposed and reviewed, and the user's decisions on each
// proposal. Nothing reaches the project until `accept`.
import { create } from 'zustand';
import type { ImportArticle, ProposedActor, ProposedEvent, ProposedStatement, ProposeInput } from '../../shared/api';
import { ApiError, call } from '../api/client';
import { useApp } from '../state/store';
import { base64Of } from './files';

export type ProposalKind = 'actor' | 'event' | 'statement';
export interface Item<T> { key: string; kept: boolean; value: T }
export interface Draft {
  name: string;
  article: ImportArticle;
  actors: Item<ProposedActor>[];
  events: Item<ProposedEvent>[];
  statements: Item<ProposedStatement>[];
}
type Values = { actor: ProposedActor; event: ProposedEvent; statement: ProposedStatement };
const LISTS = { actor: 'actors', event: 'events', statement: 'statements' } as const;

interface ImportState {
  open: boolean;
  stage: 'choose' | 'proposing' | 'review';
  progress: { done: number; total: number; name: string };
  /** Articles proposed and waiting for review; the first is on screen. */
  drafts: Draft[];
  failures: { name: string; message: string }[];
  /** The proposal hovered or selected: its words are emphasised in the article. */
  focus: string | null;
  /** What the user gave for articles whose page does not say (published as YYYY-MM-DD[THH:MM]). */
  published: string;
  timezone: string;

  show(): void;
  close(): void;
  setDefaults(patch: Partial<Pick<ImportState, 'published' | 'timezone'>>): void;
  proposeText(text: string): Promise<void>;
  proposeFiles(files: File[]): Promise<void>;
  /** Reads the current article again with a publication date and zone the user corrected. */
  redate(published: string, timezone: string): Promise<void>;
  setFocus(key: string | null): void;
  update<K extends ProposalKind>(kind: K, key: string, patch: Partial<Item<Values[K]>>): void;
  setArticle(patch: Partial<ImportArticle>): void;
  accept(all: boolean): Promise<void>;
  skip(): void;
}

const messageOf = (e: unknown) => (e instanceof ApiError ? e.message : `Unexpected problem: ${(e as Error)?.message ?? String(e)}`);

async function propose(name: string, input: ProposeInput): Promise<Draft> {
  const { article, proposals } = await call('import.propose', input);
  const items = <T extends { id: string }>(kind: ProposalKind, list: T[]) => list.map((value) => ({ key: `${kind}:${value.id}`, kept: true, value }));
  return { name, article, actors: items('actor', proposals.actors), events: items('event', proposals.events), statements: items('statement', proposals.statements) };
}

export const useImport = create<ImportState>((set, get) => {
  const hints = () => ({ published: get().published.trim() || undefined, timezone: get().timezone.trim() || undefined });
  /** Proposes each article in turn, then shows the first for review (or the choice again if none could be read). */
  const run = async (jobs: { name: string; input: () => Promise<ProposeInput> }[]) => {
    set({ open: true, stage: 'proposing', progress: { done: 0, total: jobs.length, name: jobs[0]?.name ?? '' }, failures: [], focus: null });
    const drafts: Draft[] = [], failures: ImportState['failures'] = [];
    for (const [i, job] of jobs.entries()) {
      set({ progress: { done: i, total: jobs.length, name: job.name } });
      try {
        drafts.push(await propose(job.name, await job.input()));
      } catch (e) {
        failures.push({ name: job.name, message: messageOf(e) });
      }
    }
    set({ drafts: [...get().drafts, ...drafts], failures, progress: { done: jobs.length, total: jobs.length, name: '' }, stage: drafts.length || get().drafts.length ? 'review' : 'choose' });
  };
  const current = () => get().drafts[0];
  const replaceCurrent = (draft: Draft) => set((s) => ({ drafts: [draft, ...s.drafts.slice(1)] }));

  return {
    open: false,
    stage: 'choose',
    progress: { done: 0, total: 0, name: '' },
    drafts: [],
    failures: [],
    focus: null,
    published: '',
    timezone: '',

    show() {
      set((s) => ({ open: true, stage: s.drafts.length ? 'review' : 'choose', timezone: s.timezone || (useApp.getState().project?.settings.displayZone ?? 'UTC') }));
    },
    close() { set({ open: false, drafts: [], failures: [], focus: null, stage: 'choose' }); },
    setDefaults(patch) { set(patch); },
    proposeText(text) { return run([{ name: 'Pasted text', input: async () => ({ text, ...hints() }) }]); },
    proposeFiles(files) {
      if (!get().open) get().show();
      return run(files.map((file) => ({ name: file.name, input: async () => ({ file: { name: file.name, base64: await base64Of(file) }, ...hints() }) })));
    },
    async redate(published, timezone) {
      const draft = current();
      if (!draft) return;
      try {
        // The text as read; the page's own date is what the user is correcting, so it is not consulted again.
        const next = await propose(draft.name, { text: draft.article.text, published: published || undefined, timezone: timezone || undefined });
        replaceCurrent({ ...next, article: { ...draft.article, published: next.article.published, zone: next.article.zone } });
      } catch (e) {
        useApp.getState().showError(messageOf(e));
      }
    },
    setFocus(key) { set({ focus: key }); },
    update(kind, key, patch) {
      const draft = current();
      if (!draft) return;
      const list = LISTS[kind];
      replaceCurrent({ ...draft, [list]: (draft[list] as Item<Values[typeof kind]>[]).map((item) => (item.key === key ? { ...item, ...patch } : item)) });
    },
    setArticle(patch) {
      const draft = current();
      if (draft) replaceCurrent({ ...draft, article: { ...draft.article, ...patch } });
    },
    async accept(all) {
      const draft = current();
      if (!draft) return;
      const kept = <T>(items: Item<T>[]) => items.filter((i) => all || i.kept).map((i) => i.value);
      const app = useApp.getState();
      const result = await app.change(() => call('import.accept', {
        article: draft.article, actors: kept(draft.actors), events: kept(draft.events), statements: kept(draft.statements),
      }));
      if (!result) return;
      const c = result.counts;
      app.showNotice(`Imported ${draft.article.title || draft.name}: ${c.events} events, ${c.statements} statements, ${c.actors} actors`
        + `${c.merged ? `, ${c.merged} added to existing entries` : ''}${c.aliases ? `, ${c.aliases} aliases learned` : ''}.`);
      get().skip();
    },
    skip() {
      const rest = get().drafts.slice(1);
      if (rest.length) set({ drafts: rest, focus: null });
      else get().close();
    },
  };
});
