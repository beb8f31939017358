// SQL conditions for an EntryFilter, shared by the event and statement queries.
import type { EntryFilter } from '../../shared/api/entities';
import { EVENT_TYPES } from '../../shared/model';

export interface SqlCondition { where: string[]; params: Record<string, unknown> }

const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Whether a filter's types let any event (or any statement) through at all. */
export function admitsEvents(filter: EntryFilter): boolean {
  return !filter.types || filter.types.some((t) => (EVENT_TYPES as readonly string[]).includes(t));
}
export function admitsStatements(filter: EntryFilter): boolean {
  return !filter.types || filter.types.includes('statement');
}

function shared(alias: string, filter: EntryFilter, entityType: 'event' | 'statement', c: SqlCondition): void {
  if (filter.tags?.length) {
    c.where.push(`EXISTS (SELECT 1 FROM json_each(${alias}.tags) t WHERE t.value IN (SELECT value FROM json_each(@tags)))`);
    c.params.tags = JSON.stringify(filter.tags);
  }
  if (filter.fromMs !== undefined) { c.where.push(`${alias}.end_ms > @fromMs`); c.params.fromMs = filter.fromMs; }
  if (filter.toMs !== undefined) { c.where.push(`${alias}.start_ms < @toMs`); c.params.toMs = filter.toMs; }
  if (filter.outletIds?.length) {
    const viaStatement = entityType === 'statement'
      ? `EXISTS (SELECT 1 FROM statement_actors o WHERE o.statement_id = ${alias}.id AND o.role = 'outlet' AND o.actor_id IN (SELECT value FROM json_each(@outletIds))) OR `
      : '';
    c.where.push(`(${viaStatement}EXISTS (SELECT 1 FROM citations c JOIN sources so ON so.id = c.source_id
      WHERE c.entity_type = '${entityType}' AND c.entity_id = ${alias}.id AND so.outlet_id IN (SELECT value FROM json_each(@outletIds))))`);
    c.params.outletIds = JSON.stringify(filter.outletIds);
  }
}

export function eventConditions(filter: EntryFilter): SqlCondition {
  const c: SqlCondition = { where: [], params: {} };
  if (filter.types) {
    c.where.push(`e.type IN (SELECT value FROM json_each(@types))`);
    c.params.types = JSON.stringify(filter.types);
  }
  if (filter.actorIds?.length) {
    c.where.push(`EXISTS (SELECT 1 FROM json_each(e.participants) p WHERE p.value ->> 'actorId' IN (SELECT value FROM json_each(@actorIds)))`);
    c.params.actorIds = JSON.stringify(filter.actorIds);
  }
  if (filter.text?.trim()) {
    c.where.push(`(e.title LIKE @text ESCAPE '\\' OR e.description LIKE @text ESCAPE '\\' OR e.location LIKE @text ESCAPE '\\')`);
    c.params.text = likePattern(filter.text.trim());
  }
  shared('e', filter, 'event', c);
  return c;
}

export function statementConditions(filter: EntryFilter): SqlCondition {
  const c: SqlCondition = { where: [], params: {} };
  if (filter.actorIds?.length) {
    c.where.push(`(s.speaker_id IN (SELECT value FROM json_each(@actorIds)) OR EXISTS (SELECT 1 FROM statement_actors a
      WHERE a.statement_id = s.id AND a.role = 'audience' AND a.actor_id IN (SELECT value FROM json_each(@actorIds))))`);
    c.params.actorIds = JSON.stringify(filter.actorIds);
  }
  if (filter.text?.trim()) {
    c.where.push(`s.text LIKE @text ESCAPE '\\'`);
    c.params.text = likePattern(filter.text.trim());
  }
  shared('s', filter, 'statement', c);
  return c;
}
