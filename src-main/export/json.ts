// Parley JSON: the whole project, lossless. Dates keep their uncertain form and add ISO instants for other tools.
import { isoInZone } from '../../shared/dates';
import type { ProjectStore } from '../store/project-store';

export const PARLEY_JSON_FORMAT = 'parley-project';
export const PARLEY_JSON_VERSION = 1;

export function exportProjectJson(store: ProjectStore) {
  const settings = store.settings();
  const zone = settings.displayZone;
  const all = 1_000_000_000;
  return {
    format: PARLEY_JSON_FORMAT,
    version: PARLEY_JSON_VERSION,
    exportedAt: new Date().toISOString(),
    settings,
    actors: store.listActors(),
    events: store.listEvents({}, all).map(({ startMs, endMs, ...e }) => ({ ...e, startsAt: isoInZone(startMs, zone), endsAt: isoInZone(endMs, zone) })),
    statements: store.listStatements({}, all).map(({ startMs, endMs, ...s }) => ({
      ...s, startsAt: startMs === null ? null : isoInZone(startMs, zone), endsAt: endMs === null ? null : isoInZone(endMs, zone),
    })),
    sources: store.listSources().map((s) => store.getSource(s.id)),
    citations: store.listCitations({}),
  };
}
export type ProjectJson = ReturnType<typeof exportProjectJson>;
