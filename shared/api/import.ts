// Article import: propose entries from an article (nothing written), then accept the ones the user kept.
import { z } from 'zod';
import { extractedActorSchema, extractedEventSchema, extractedStatementSchema } from '../extraction';
import { Id, UncertainDate } from '../model';
import { method } from './define';

/** The article as it will be stored as a source; proposals' spans index into `text`. */
export const ImportArticle = z.object({
  text: z.string().min(1).max(20_000_000),
  title: z.string().max(1000),
  author: z.string().max(500),
  /** The publication instant, ISO with offset: from the page, else the user, else now. */
  published: z.string().datetime({ offset: true }),
  /** The IANA zone the article's dates are read in. */
  zone: z.string().min(1).max(64),
  /** The outlet that published it: found among the project's actors by name or alias, or added as media. */
  outletName: z.string().max(500),
});
export type ImportArticle = z.infer<typeof ImportArticle>;

/** An extracted actor; `existingId` when it is one of the project's actors (its new aliases are learned). */
export const ProposedActor = extractedActorSchema.extend({ name: z.string().trim().min(1).max(500), existingId: Id.optional() });
export type ProposedActor = z.infer<typeof ProposedActor>;

/**
 * An extracted event with its dates already as the uncertain dates that will be stored (read in the
 * article's zone), so the review shows and edits exactly what is written. `mergeWithId`: add this
 * source to that existing event instead of creating a twin.
 */
export const ProposedEvent = extractedEventSchema.omit({ start: true, end: true, precision: true, approximate: true }).extend({
  title: z.string().trim().min(1).max(500),
  start: UncertainDate,
  end: UncertainDate.nullable(),
  mergeWithId: Id.optional(),
});
export type ProposedEvent = z.infer<typeof ProposedEvent>;

export const ProposedStatement = extractedStatementSchema.omit({ date: true }).extend({
  text: z.string().trim().min(1).max(20_000),
  date: UncertainDate.nullable(),
  mergeWithId: Id.optional(),
});
export type ProposedStatement = z.infer<typeof ProposedStatement>;

export const ImportProposals = z.object({
  actors: z.array(ProposedActor).max(5000),
  events: z.array(ProposedEvent).max(5000),
  statements: z.array(ProposedStatement).max(5000),
});
export type ImportProposals = z.infer<typeof ImportProposals>;

/** A file chosen or dropped in the app: its name (the extension picks the reader) and its bytes. */
const ArticleFile = z.object({ name: z.string().min(1).max(500), base64: z.string().max(30_000_000) });

export const ProposeInput = z.object({
  text: z.string().max(25_000_000).optional(),
  file: ArticleFile.optional(),
  /** YYYY-MM-DD[THH:MM] in `timezone`, or ISO with an offset; used when the page gives no date. */
  published: z.string().max(40).optional(),
  /** IANA zone; used when the page gives none. Default: the project's display zone. */
  timezone: z.string().max(64).optional(),
}).refine((i) => (i.text === undefined) !== (i.file === undefined), 'give either text or a file');
export type ProposeInput = z.infer<typeof ProposeInput>;

export const ImportResult = z.object({
  sourceId: Id,
  /** Ids written or cited, in the order of the accepted proposals. */
  actorIds: z.array(Id),
  eventIds: z.array(Id),
  statementIds: z.array(Id),
  counts: z.object({
    actors: z.number(), aliases: z.number(), events: z.number(), statements: z.number(),
    merged: z.number(), citations: z.number(),
  }),
});
export type ImportResult = z.infer<typeof ImportResult>;

export const importApi = {
  'import.propose': method(ProposeInput, z.object({ article: ImportArticle, proposals: ImportProposals }),
    'Read an article (text or a .txt/.html/.pdf file) and propose actors, events and statements. Writes nothing.'),
  'import.accept': method(ImportProposals.extend({ article: ImportArticle }), ImportResult,
    'Store the article as a source with the accepted proposals and their citations, as one undo step.'),
};
