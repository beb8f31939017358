// The time index: entries are bucketed by the log2 of their length in minutes, so that a query for a range of
// time is one short scan of (lvl, start_ms) per level, long entries included.

/** Level L holds entries up to 2^L minutes long (2^40 minutes is two million years). */
export const TIME_LEVELS = 40;
export const MINUTE_MS = 60_000;

export function levelOf(startMs: number, endMs: number): number {
  const minutes = Math.max(1, (endMs - startMs) / MINUTE_MS);
  return Math.min(TIME_LEVELS, Math.ceil(Math.log2(minutes)));
}
