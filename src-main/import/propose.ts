// Proposing an import: read the article, extract with the project's actors as the gazetteer, turn the
// dates into the uncertain dates that would be stored, and point likely duplicates at their twins.
// Nothing is written.
import type { ImportArticle, ImportProposals } from '../../shared/api/import';
import { extractArticle } from '../extract';
import type { ProjectStore } from '../store/project-store';
import { readArticle, type ArticleBytes } from './article-input';
import { eventDates, statementDate } from './extracted-dates';
import { matchingEventId, matchingStatementId } from './matching';

export async function proposeImport(store: ProjectStore, input: ArticleBytes): Promise<{ article: ImportArticle; proposals: ImportProposals }> {
  const article = await readArticle(input, store.settings().displayZone);
  const project = store.listActors();
  const known = new Set(project.map((a) => a.id));
  const extracted = extractArticle(article.text, {
    published: article.published,
    timezone: article.zone,
    gazetteer: project.map((a) => ({ id: a.id, name: a.name, kind: a.kind, aliases: a.aliases })),
  });
  const publishedMs = Date.parse(article.published);
  const inProject = (ids: string[]) => ids.filter((id) => known.has(id));

  const actors = extracted.actors.map((a) => (known.has(a.id) ? { ...a, existingId: a.id } : a));
  const events = extracted.events.map((e) => {
    const { start: _start, end: _end, precision: _precision, approximate: _approximate, ...kept } = e;
    const dates = eventDates(e, article.zone, publishedMs);
    const mergeWithId = matchingEventId(store, { type: e.type, ...dates, participantIds: inProject(e.participants), location: e.location });
    return { ...kept, ...dates, ...(mergeWithId ? { mergeWithId } : {}) };
  });
  const statements = extracted.statements.map((s) => {
    const { date: _date, ...kept } = s;
    const date = statementDate(s, article.zone, publishedMs);
    const speakerId = s.speaker && known.has(s.speaker) ? s.speaker : null;
    const mergeWithId = matchingStatementId(store, { speakerId, date, text: s.text });
    return { ...kept, date, ...(mergeWithId ? { mergeWithId } : {}) };
  });
  return { article, proposals: { actors, events, statements } };
}
