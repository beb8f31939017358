import { z } from 'zod';
import {
  Actor, Citation, EVENT_TYPES, ENTITY_TYPES, Event, Id, NewActor, NewCitation, NewEvent, NewSource, NewStatement,
  Source, Statement, UncertainDate, patchOf,
} from '../model';
import { Empty, Ok, method } from './define';

const Ids = z.object({ ids: z.array(Id).min(1).max(100_000) });
const ById = z.object({ id: Id });

/** Stored events and statements carry the instant span derived from their uncertain dates. */
const Span = { startMs: z.number(), endMs: z.number() };
export const TimedEvent = Event.extend(Span);
export type TimedEvent = z.infer<typeof TimedEvent>;
export const TimedStatement = Statement.extend({ startMs: z.number().nullable(), endMs: z.number().nullable() });
export type TimedStatement = z.infer<typeof TimedStatement>;

export const SourceSummary = Source.omit({ text: true }).extend({ length: z.number() });
export type SourceSummary = z.infer<typeof SourceSummary>;

/** What the timeline, lists and exports may narrow a project to. */
export const EntryFilter = z.object({
  actorIds: z.array(Id).max(1000).optional(),
  types: z.array(z.enum([...EVENT_TYPES, 'statement'])).max(10).optional(),
  outletIds: z.array(Id).max(1000).optional(),
  tags: z.array(z.string()).max(100).optional(),
  text: z.string().max(500).optional(),
  fromMs: z.number().optional(),
  toMs: z.number().optional(),
}).strict();
export type EntryFilter = z.infer<typeof EntryFilter>;

/** One entry moved by a drag: new dates, and optionally a participant or speaker swapped for another lane's actor. */
export const EntryMove = z.object({
  id: Id,
  start: UncertainDate,
  end: UncertainDate.nullable().optional(),
  fromActorId: Id.optional(),
  toActorId: Id.optional(),
});
export type EntryMove = z.infer<typeof EntryMove>;

export const entitiesApi = {
  'actors.list': method(Empty, z.array(Actor), 'Every actor, by name.'),
  'actors.create': method(NewActor, Actor, 'Add an actor.'),
  'actors.update': method(z.object({ id: Id, patch: patchOf(NewActor) }), Actor, 'Change fields of an actor.'),
  'actors.delete': method(Ids, Ok, 'Remove actors (their participations and statements lose them).'),

  'events.get': method(ById, TimedEvent, 'One event.'),
  'events.list': method(z.object({ filter: EntryFilter.default({}), limit: z.number().int().min(1).max(200_000).default(10_000) }),
    z.array(TimedEvent), 'Events matching a filter, in time order.'),
  'events.create': method(NewEvent, TimedEvent, 'Add an event.'),
  'events.update': method(z.object({ id: Id, patch: patchOf(NewEvent) }), TimedEvent, 'Change fields of an event.'),
  'events.delete': method(Ids, Ok, 'Remove events.'),

  'statements.get': method(ById, TimedStatement, 'One statement.'),
  'statements.list': method(z.object({ filter: EntryFilter.default({}), limit: z.number().int().min(1).max(200_000).default(10_000) }),
    z.array(TimedStatement), 'Statements matching a filter, in time order.'),
  'statements.create': method(NewStatement, TimedStatement, 'Add a statement.'),
  'statements.update': method(z.object({ id: Id, patch: patchOf(NewStatement) }), TimedStatement, 'Change fields of a statement.'),
  'statements.delete': method(Ids, Ok, 'Remove statements.'),

  'entries.move': method(z.object({ moves: z.array(EntryMove).min(1).max(10_000) }),
    z.object({ events: z.array(TimedEvent), statements: z.array(TimedStatement) }),
    'Move events and statements together, as one undo step (a drag).'),
  'entries.delete': method(Ids, Ok, 'Remove events and statements by id, as one undo step.'),

  'sources.list': method(Empty, z.array(SourceSummary), 'Every source, without its text.'),
  'sources.get': method(ById, Source, 'One source with its full text.'),
  'sources.create': method(NewSource, Source, 'Add a source.'),
  'sources.update': method(z.object({ id: Id, patch: patchOf(NewSource.omit({ text: true })) }), Source, 'Change a source.'),
  'sources.delete': method(Ids, Ok, 'Remove sources and their citations.'),

  'citations.list': method(z.object({ entityType: z.enum(ENTITY_TYPES).optional(), entityId: Id.optional(), sourceId: Id.optional() }),
    z.array(Citation), 'Citations of an entity or of a source.'),
  'citations.create': method(NewCitation, Citation, 'Tie an entity to a span of a source.'),
  'citations.delete': method(Ids, Ok, 'Remove citations.'),
};
