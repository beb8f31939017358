// The output of article extraction: proposals the review screen shows and the CLI prints.
// Offsets are JavaScript string indices into the article text; dates are ISO 8601, either a
// calendar date (2025-05-08) or a date-time with its offset (2025-05-08T18:30:00+03:00).
import { z } from 'zod';
import { ACTOR_KINDS, EVENT_TYPES, PRECISIONS } from './model';

// The kinds, types and precisions are the data model's own: an accepted proposal stores them as they are.
export { ACTOR_KINDS, EVENT_TYPES, PRECISIONS };

const isoDateOrDateTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?([+-]\d{2}:\d{2}|Z))?$/, 'an ISO 8601 date or date-time with offset');

const span = z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]);

export const extractedActorSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(ACTOR_KINDS),
  aliases: z.array(z.string()),
  mentions: z.array(span),
  /** The actor, by id, it belongs to: a person's country, a cabinet's government. An import files a new actor under it. */
  affiliation: z.string().optional(),
});

export const extractedEventSchema = z.object({
  id: z.string(),
  type: z.enum(EVENT_TYPES),
  title: z.string(),
  start: isoDateOrDateTime.nullable(),
  end: isoDateOrDateTime.nullable(),
  precision: z.enum(PRECISIONS).nullable(),
  approximate: z.boolean(),
  participants: z.array(z.string()),
  location: z.string().nullable(),
  reportedBy: z.array(z.string()),
  evidence: span,
  confidence: z.number().min(0).max(1),
});

export const extractedStatementSchema = z.object({
  id: z.string(),
  speaker: z.string().nullable(),
  audience: z.array(z.string()),
  text: z.string(),
  direct: z.boolean(),
  hedged: z.boolean(),
  date: isoDateOrDateTime.nullable(),
  /** The date is the report's day, not one the article gives for the statement. */
  approximate: z.boolean(),
  reportedBy: z.array(z.string()),
  evidence: span,
  confidence: z.number().min(0).max(1),
});

export const extractResultSchema = z.object({
  actors: z.array(extractedActorSchema),
  events: z.array(extractedEventSchema),
  statements: z.array(extractedStatementSchema),
});

export type ActorKind = (typeof ACTOR_KINDS)[number];
export type EventType = (typeof EVENT_TYPES)[number];
export type Precision = (typeof PRECISIONS)[number];
export type Span = z.infer<typeof span>;
export type ExtractedActor = z.infer<typeof extractedActorSchema>;
export type ExtractedEvent = z.infer<typeof extractedEventSchema>;
export type ExtractedStatement = z.infer<typeof extractedStatementSchema>;
export type ExtractResult = z.infer<typeof extractResultSchema>;

/** An actor the project already knows; extraction matches names to it and reuses its id. */
export interface GazetteerActor {
  id: string;
  name: string;
  kind: string;
  aliases: string[];
}
