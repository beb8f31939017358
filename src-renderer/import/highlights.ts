// The article cut into runs of text, each knowing which proposals' spans cover it, so the review can
// colour every span by kind and emphasise one proposal's words.
import type { ProposalKind } from './session';

export interface Highlight { key: string; kind: ProposalKind; start: number; end: number; kept: boolean }
export interface Run { start: number; end: number; covering: Highlight[] }

export function runsOf(textLength: number, highlights: Highlight[]): Run[] {
  const cuts = new Set([0, textLength]);
  for (const h of highlights) { cuts.add(Math.max(0, Math.min(textLength, h.start))); cuts.add(Math.max(0, Math.min(textLength, h.end))); }
  const points = [...cuts].sort((a, b) => a - b);
  const runs: Run[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [start, end] = [points[i], points[i + 1]];
    runs.push({ start, end, covering: highlights.filter((h) => h.start <= start && h.end >= end) });
  }
  return runs;
}

/** The proposal a click on a run means: the narrowest span covering it (an actor's name inside an event's sentence). */
export function narrowest(run: Run): Highlight | undefined {
  return [...run.covering].sort((a, b) => (a.end - a.start) - (b.end - b.start))[0];
}
