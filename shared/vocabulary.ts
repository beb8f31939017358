// The fixed lists the model's schemas are built from, as plain constants: the renderer needs them for its menus and
// filters, and importing them from here keeps zod, and the schemas' construction, out of its bundle.

export const ACTOR_KINDS = ['person', 'government', 'organization', 'armed_group', 'media', 'body', 'group', 'other'] as const;
export const EVENT_TYPES = ['talks', 'cabinet_meeting', 'visit', 'other'] as const;
export const PRECISIONS = ['minute', 'hour', 'day', 'week', 'month', 'year'] as const;
export const PARTICIPANT_ROLES = ['party', 'mediator', 'host', 'attendee'] as const;
export const ENTITY_TYPES = ['actor', 'event', 'statement', 'source'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** Fields a CSV column can be mapped to when importing; one row becomes one event or one statement. */
export const CSV_FIELDS = [
  'kind', 'type', 'title', 'text', 'start', 'precision', 'approximate', 'zone', 'end', 'end_precision',
  'speaker', 'participants', 'audience', 'outlets', 'direct', 'hedged', 'location', 'tags',
] as const;
