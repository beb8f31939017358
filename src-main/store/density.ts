// Counts of entries per actor per time bucket, for a zoomed-out timeline: one grouped index scan per table
// instead of shipping every entry to the renderer.
import type { Database } from 'better-sqlite3';
import type { EntryFilter } from '../../shared/api/entities';
import type { TimelineDensity } from '../../shared/api/timeline';
import { admitsEvents, admitsStatements, eventConditions, statementConditions } from './filters';

export function entryDensity(db: Database, fromMs: number, toMs: number, bucketMs: number, filter: EntryFilter = {}): TimelineDensity {
  const bucket = Math.max(1, Math.round(bucketMs));
  // Buckets are aligned to absolute time, so panning reuses the same cells. (Parameters bind as REAL, hence the CASTs.)
  const origin = Math.floor(fromMs / bucket) * bucket;
  const params = { from: fromMs, to: toMs, origin, bucket };
  const cells: TimelineDensity['cells'] = [];
  let total = 0;
  const collect = (sql: string, countSql: string, extra: Record<string, unknown>) => {
    for (const r of db.prepare(sql).all({ ...params, ...extra }) as { actor: string | null; b: number; n: number }[]) cells.push([r.actor, r.b, r.n]);
    total += (db.prepare(countSql).get({ ...params, ...extra }) as { n: number }).n;
  };
  if (admitsEvents(filter)) {
    const c = eventConditions(filter);
    const where = ['e.start_ms >= @from', 'e.start_ms < @to', ...c.where].join(' AND ');
    collect(`SELECT p.value ->> 'actorId' AS actor, CAST((e.start_ms - @origin) / @bucket AS INTEGER) AS b, count(*) AS n
      FROM events e LEFT JOIN json_each(e.participants) p WHERE ${where} GROUP BY actor, b`,
    `SELECT count(*) AS n FROM events e WHERE ${where}`, c.params);
  }
  if (admitsStatements(filter)) {
    const c = statementConditions(filter);
    const where = ['s.start_ms >= @from', 's.start_ms < @to', ...c.where].join(' AND ');
    collect(`SELECT s.speaker_id AS actor, CAST((s.start_ms - @origin) / @bucket AS INTEGER) AS b, count(*) AS n FROM statements s WHERE ${where} GROUP BY actor, b`,
      `SELECT count(*) AS n FROM statements s WHERE ${where}`, c.params);
  }
  return { origin, bucketMs: bucket, cells, total };
}
