import type { DomainHandlers } from './types';

const ok = { ok: true as const };

export const entityHandlers: DomainHandlers<
  | 'actors.list' | 'actors.create' | 'actors.update' | 'actors.delete'
  | 'events.get' | 'events.list' | 'events.create' | 'events.update' | 'events.delete'
  | 'statements.get' | 'statements.list' | 'statements.create' | 'statements.update' | 'statements.delete'
  | 'entries.move' | 'entries.delete'
  | 'sources.list' | 'sources.get' | 'sources.create' | 'sources.update' | 'sources.delete'
  | 'citations.list' | 'citations.create' | 'citations.delete'
> = {
  'actors.list': (_, s) => s.store.listActors(),
  'actors.create': (actor, s) => s.store.createActor(actor),
  'actors.update': ({ id, patch }, s) => s.store.updateActor(id, patch),
  'actors.delete': ({ ids }, s) => { s.store.deleteActors(ids); return ok; },

  'events.get': ({ id }, s) => s.store.getEvent(id),
  'events.list': ({ filter, limit }, s) => s.store.listEvents(filter, limit),
  'events.create': (event, s) => s.store.createEvent(event),
  'events.update': ({ id, patch }, s) => s.store.updateEvent(id, patch),
  'events.delete': ({ ids }, s) => { s.store.deleteEvents(ids); return ok; },

  'statements.get': ({ id }, s) => s.store.getStatement(id),
  'statements.list': ({ filter, limit }, s) => s.store.listStatements(filter, limit),
  'statements.create': (statement, s) => s.store.createStatement(statement),
  'statements.update': ({ id, patch }, s) => s.store.updateStatement(id, patch),
  'statements.delete': ({ ids }, s) => { s.store.deleteStatements(ids); return ok; },

  'entries.move': ({ moves }, s) => s.store.moveEntries(moves),
  'entries.delete': ({ ids }, s) => { s.store.deleteEntries(ids); return ok; },

  'sources.list': (_, s) => s.store.listSources(),
  'sources.get': ({ id }, s) => s.store.getSource(id),
  'sources.create': (source, s) => s.store.createSource(source),
  'sources.update': ({ id, patch }, s) => s.store.updateSource(id, patch),
  'sources.delete': ({ ids }, s) => { s.store.deleteSources(ids); return ok; },

  'citations.list': (by, s) => s.store.listCitations(by),
  'citations.create': (citation, s) => s.store.createCitation(citation),
  'citations.delete': ({ ids }, s) => { s.store.deleteCitations(ids); return ok; },
};
