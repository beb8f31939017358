// Accepting an import: the source, the actors, events and statements the user kept, and a citation of
// the words each came from, all as one undo step. Proposals that match an existing entry only add the
// citation (and any participants it lacked) to it.
import type { ImportArticle, ImportProposals, ImportResult, ProposedActor } from '../../shared/api/import';
import type { Actor } from '../../shared/model';
import type { Span } from '../../shared/extraction';
import type { EntityType } from '../../shared/model';
import { notFound } from '../store/errors';
import type { ProjectStore } from '../store/project-store';

type AcceptInput = ImportProposals & { article: ImportArticle };

const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();
const namesOf = (a: Actor) => [a.name, ...a.aliases];
const unique = <T>(xs: T[]) => [...new Set(xs)];

export function acceptImport(store: ProjectStore, input: AcceptInput): ImportResult {
  const { article } = input;
  return store.batch(`Import ${article.title || 'an article'}`, () => {
    const counts = { actors: 0, aliases: 0, events: 0, statements: 0, merged: 0, citations: 0 };
    const actorsById = new Map(store.listActors().map((a) => [a.id, a]));
    const byName = (name: string) => [...actorsById.values()].find((a) => namesOf(a).some((n) => sameName(n, name)));
    /** Proposal actor id → project actor id; ids of actors the user rejected resolve only if the project has them. */
    const projectIdOf = new Map<string, string>();
    const resolve = (ids: string[]) => unique(ids.map((id) => projectIdOf.get(id) ?? (actorsById.has(id) ? id : undefined)).filter((id): id is string => !!id));
    const firstMentions: [string, Span][] = [];
    const created: [ProposedActor, string][] = [];

    const actorIds = input.actors.map((proposed) => {
      const existing = proposed.existingId ? actorsById.get(proposed.existingId) : byName(proposed.name);
      if (proposed.existingId && !existing) throw notFound('actor', proposed.existingId);
      if (existing) {
        const learned = unique([proposed.name, ...proposed.aliases].filter((n) => n.trim() && !namesOf(existing).some((k) => sameName(k, n))));
        if (learned.length) actorsById.set(existing.id, store.updateActor(existing.id, { aliases: [...existing.aliases, ...learned] }));
        counts.aliases += learned.length;
        projectIdOf.set(proposed.id, existing.id);
        return existing.id;
      }
      const actor = store.createActor({ name: proposed.name, kind: proposed.kind, aliases: proposed.aliases, parentId: null, color: null, notes: '', tags: [] });
      actorsById.set(actor.id, actor);
      projectIdOf.set(proposed.id, actor.id);
      created.push([proposed, actor.id]);
      counts.actors++;
      if (proposed.mentions[0]) firstMentions.push([actor.id, proposed.mentions[0]]);
      return actor.id;
    });

    // A new actor is filed under the one it belongs to (Netanyahu under Israel) when that one was kept or is in the project.
    // (One the review made a loop of, A in B and B in A, stays where it is.)
    const within = (id: string, ancestor: string): boolean => {
      for (let at: string | null | undefined = id; at; at = actorsById.get(at)?.parentId) if (at === ancestor) return true;
      return false;
    };
    for (const [proposed, id] of created) {
      const parentId = proposed.affiliation && resolve([proposed.affiliation])[0];
      if (parentId && !within(parentId, id)) actorsById.set(id, store.updateActor(id, { parentId }));
    }

    const outlet = article.outletName.trim()
      ? byName(article.outletName) ?? store.createActor({ name: article.outletName.trim(), kind: 'media', aliases: [], parentId: null, color: null, notes: '', tags: [] })
      : undefined;
    if (outlet && !actorsById.has(outlet.id)) { actorsById.set(outlet.id, outlet); counts.actors++; }
    const source = store.createSource({
      title: article.title, outletId: outlet?.id ?? null, author: article.author, published: article.published,
      zone: article.zone, url: '', text: article.text, tags: [],
    });
    const cite = (entityType: EntityType, entityId: string, [start, end]: Span) => {
      store.createCitation({ entityType, entityId, sourceId: source.id, start, end });
      counts.citations++;
    };
    for (const [id, span] of firstMentions) cite('actor', id, span);

    const eventIds = input.events.map((e) => {
      const participants = resolve(e.participants);
      let id = e.mergeWithId;
      if (id) {
        const current = store.getEvent(id);
        const missing = participants.filter((a) => !current.participants.some((p) => p.actorId === a));
        if (missing.length) store.updateEvent(id, { participants: [...current.participants, ...missing.map((actorId) => ({ actorId, role: 'party' as const }))] });
        counts.merged++;
      } else {
        const reporters = resolve(e.reportedBy).map((r) => actorsById.get(r)!.name);
        [id] = store.createEvents([{
          type: e.type, title: e.title, description: reporters.length ? `Reported by ${reporters.join(', ')}.` : '',
          start: e.start, end: e.end, location: e.location ?? '', participants: participants.map((actorId) => ({ actorId, role: 'party' })), tags: [],
        }], `Add ${e.title}`);
        counts.events++;
      }
      cite('event', id, e.evidence);
      return id;
    });

    const statementIds = input.statements.map((s) => {
      const audienceIds = resolve(s.audience);
      // The article's own outlet reported every statement in it, beside any outlet it quotes.
      const outletIds = unique([...resolve(s.reportedBy), ...(outlet ? [outlet.id] : [])]);
      let id = s.mergeWithId;
      if (id) {
        const current = store.getStatement(id);
        const audience = unique([...current.audienceIds, ...audienceIds]);
        const outlets = unique([...current.outletIds, ...outletIds]);
        if (audience.length > current.audienceIds.length || outlets.length > current.outletIds.length) {
          store.updateStatement(id, { audienceIds: audience, outletIds: outlets });
        }
        counts.merged++;
      } else {
        [id] = store.createStatements([{
          speakerId: resolve(s.speaker ? [s.speaker] : [])[0] ?? null, audienceIds, text: s.text, direct: s.direct, hedged: s.hedged,
          date: s.date, outletIds, eventId: null, tags: [],
        }], 'Add a statement');
        counts.statements++;
      }
      cite('statement', id, s.evidence);
      return id;
    });

    return { sourceId: source.id, actorIds, eventIds, statementIds, counts };
  });
}
