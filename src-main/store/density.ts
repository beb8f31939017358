// Counts of entries per actor per time bucket, for a zoomed-out timeline: one grouped index scan per table
// instead of shipping every entry to the renderer.
import type { Database } from 'better-sqlite3';
import type { EntryFilter } from '../../shared/api/entities';
import type { TimelineDensity } from '../../shared/api/timeline';
import { admitsEvents, admitsStatements, eventConditions, statementConditions } from './filters';
import { TIME_LEVELS } from './levels';

// Every level listed, so a range on start_ms is served by the (lvl, start_ms) index: one short scan per level.
const ANY_LEVEL = `IN (${Array.from({ length: TIME_LEVELS + 1 }, (_, i) => i).join(', ')})`;

export function entryDensity(db: Database, fromMs: number, toMs: number, bucketMs: number, filter: EntryFilter = {}): TimelineDensity {
  const bucket = Math.max(1, Math.round(bucketMs));
  // Buckets are aligned to absolute time, so panning reuses the same cells. (Parameters bind as REAL, hence the CASTs.)
  const origin = Math.floor(fromMs / bucket) * bucket;
  const params = { from: fromMs, to: toMs, origin, bucket };
  const cells = new Map<string, [string | null, number, number]>();
  const add = (actor: string | null, b: number, n: number) => {
    const key = `${actor}\t${b}`;
    const cell = cells.get(key);
    if (cell) cell[2] += n; else cells.set(key, [actor, b, n]);
  };
  let total = 0;
  if (admitsEvents(filter)) {
    const c = eventConditions(filter);
    const where = [`e.lvl ${ANY_LEVEL}`, 'e.start_ms >= @from', 'e.start_ms < @to', ...c.where].join(' AND ');
    // Grouped by the whole participant list: projects reuse a few lists, so each is parsed once here.
    const lists = new Map<string, string[]>();
    for (const [parts, b, n] of db.prepare(`SELECT e.participants, CAST((e.start_ms - @origin) / @bucket AS INTEGER) AS b, count(*)
      FROM events e WHERE ${where} GROUP BY 1, 2`).raw().all({ ...params, ...c.params }) as [string, number, number][]) {
      let actors = lists.get(parts);
      if (!actors) lists.set(parts, (actors = (JSON.parse(parts) as { actorId: string }[]).map((p) => p.actorId)));
      if (!actors.length) add(null, b, n);
      for (const actor of actors) add(actor, b, n);
      total += n;
    }
  }
  if (admitsStatements(filter)) {
    const c = statementConditions(filter);
    const where = [`s.lvl ${ANY_LEVEL}`, 's.start_ms >= @from', 's.start_ms < @to', ...c.where].join(' AND ');
    for (const [actor, b, n] of db.prepare(`SELECT s.speaker_id, CAST((s.start_ms - @origin) / @bucket AS INTEGER) AS b, count(*)
      FROM statements s WHERE ${where} GROUP BY 1, 2`).raw().all({ ...params, ...c.params }) as [string | null, number, number][]) {
      add(actor, b, n);
      total += n;
    }
  }
  return { origin, bucketMs: bucket, cells: [...cells.values()], total };
}
