// The actors an import's entries can name: the project's, and the new ones proposed from the article.
import type { Actor } from '../../shared/model';
import type { Draft } from './session';

export function actorChoices(draft: Draft, project: Actor[]): { options: Actor[]; nameOf(id: string): string } {
  const proposed: Actor[] = draft.actors
    .filter((i) => i.kept && !i.value.existingId)
    .map((i) => ({ id: i.value.id, name: `${i.value.name} (new)`, kind: i.value.kind, aliases: i.value.aliases, parentId: null, color: null, notes: '', tags: [] }));
  const options = [...project, ...proposed];
  const names = new Map([...project, ...draft.actors.map((i) => i.value)].map((a) => [a.id, a.name]));
  return { options, nameOf: (id) => names.get(id) ?? id };
}
