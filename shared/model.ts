// Parley's data model: the zod schemas are the single definition; the TS types derive from them.
import { z } from 'zod';

import { ACTOR_KINDS, ENTITY_TYPES, EVENT_TYPES, PARTICIPANT_ROLES, PRECISIONS } from './vocabulary';

export { ACTOR_KINDS, ENTITY_TYPES, EVENT_TYPES, PARTICIPANT_ROLES, PRECISIONS, type EntityType } from './vocabulary';

export const Id = z.string().min(1).max(64);
export const Tags = z.array(z.string().min(1).max(100)).max(100).default([]);
const Name = z.string().trim().min(1).max(500);
const LongText = z.string().max(200_000);
const Color = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour like #1f77b4');

/** A date as a source states it: an ISO value, how precise it is, whether it is approximate, and its zone. */
export const UncertainDate = z.object({
  value: z.string().regex(/^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?)?)?$/, 'an ISO 8601 local date or date-time'),
  precision: z.enum(PRECISIONS),
  approximate: z.boolean().default(false),
  zone: z.string().min(1).max(64).default('UTC'),
});
export type UncertainDate = z.infer<typeof UncertainDate>;

export const Actor = z.object({
  id: Id,
  name: Name,
  kind: z.enum(ACTOR_KINDS),
  aliases: z.array(Name).max(200).default([]),
  parentId: Id.nullable().default(null),
  color: Color.nullable().default(null),
  notes: LongText.default(''),
  tags: Tags,
});
export type Actor = z.infer<typeof Actor>;

export const Participant = z.object({ actorId: Id, role: z.enum(PARTICIPANT_ROLES).default('party') });
export type Participant = z.infer<typeof Participant>;

export const Event = z.object({
  id: Id,
  type: z.enum(EVENT_TYPES),
  title: Name,
  description: LongText.default(''),
  start: UncertainDate,
  end: UncertainDate.nullable().default(null),
  location: z.string().max(500).default(''),
  participants: z.array(Participant).max(500).default([]),
  tags: Tags,
});
export type Event = z.infer<typeof Event>;

export const Statement = z.object({
  id: Id,
  speakerId: Id.nullable().default(null),
  audienceIds: z.array(Id).max(500).default([]),
  text: z.string().trim().min(1).max(20_000),
  direct: z.boolean().default(false),
  hedged: z.boolean().default(false),
  date: UncertainDate.nullable().default(null),
  outletIds: z.array(Id).max(500).default([]),
  eventId: Id.nullable().default(null),
  tags: Tags,
});
export type Statement = z.infer<typeof Statement>;

export const Source = z.object({
  id: Id,
  title: z.string().max(1000).default(''),
  outletId: Id.nullable().default(null),
  author: z.string().max(500).default(''),
  /** The instant it was published, ISO with offset, and the zone it was published in. */
  published: z.string().datetime({ offset: true }).nullable().default(null),
  zone: z.string().max(64).default('UTC'),
  url: z.string().max(4000).default(''),
  text: z.string().max(20_000_000),
  tags: Tags,
});
export type Source = z.infer<typeof Source>;

export const Citation = z.object({
  id: Id,
  entityType: z.enum(ENTITY_TYPES),
  entityId: Id,
  sourceId: Id,
  start: z.number().int().min(0),
  end: z.number().int().min(0),
});
export type Citation = z.infer<typeof Citation>;

/** Inputs for creating: the same shape without the id, which the store assigns. */
export const NewActor = Actor.omit({ id: true });
export const NewEvent = Event.omit({ id: true });
export const NewStatement = Statement.omit({ id: true });
export const NewSource = Source.omit({ id: true });
export const NewCitation = Citation.omit({ id: true }).refine((c) => c.end >= c.start, 'end must not precede start');

/**
 * A patch of an entity: every field optional and without its default. (zod's .partial() keeps defaults,
 * so an omitted field would be "patched" back to its default: a title edit would drop the participants.)
 */
export function patchOf<S extends z.ZodRawShape>(schema: z.ZodObject<S>) {
  const shape = Object.fromEntries(Object.entries(schema.shape).map(([key, field]) => {
    const bare = field instanceof z.ZodDefault ? (field.unwrap() as z.ZodType) : (field as z.ZodType);
    return [key, bare.optional()];
  }));
  // A field given as undefined (IPC's structured clone carries it, JSON does not) is a field not given: it must not wipe one.
  const given = z.object(shape).strict().transform((patch) => Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined)));
  return given as unknown as z.ZodType<Partial<z.output<z.ZodObject<S>>>>;
}

export const ProjectSettings = z.object({
  title: z.string().max(500),
  displayZone: z.string().min(1).max(64),
});
export type ProjectSettings = z.infer<typeof ProjectSettings>;
