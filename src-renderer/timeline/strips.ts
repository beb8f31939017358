// Which strips of the plot a new layout changed: the canvas tiles paint again only there (renderer.ts).
import type { Shape } from './paint';

/** The shapes of one layout: ranges and connectors, entries, counts and cells. */
export interface Shapes { under: Map<string, Shape>; marks: Map<string, Shape>; over: Shape[] }

/** How far a shape's drawing reaches across, its selection outline included. */
export function extentOf(s: Shape): [number, number] {
  return [s.x - 3, s.x + ('w' in s ? s.w : 2) + 3];
}

const sameShape = (a: Shape, b: Shape) => {
  for (const k in a) if (a[k as keyof Shape] !== b[k as keyof Shape]) return false;
  return true;
};

/** The strips of content x where two layouts' drawings differ: each shape that changed, came or went, merged where they touch. */
export function changedStrips(was: Shapes, now: Shapes): [number, number][] {
  const spans: [number, number][] = [];
  const diff = (a: Map<string, Shape>, b: Map<string, Shape>) => {
    for (const [key, s] of b) {
      const old = a.get(key);
      if (!old || !sameShape(old, s)) { spans.push(extentOf(s)); if (old) spans.push(extentOf(old)); }
    }
    for (const [key, s] of a) if (!b.has(key)) spans.push(extentOf(s));
  };
  const keyed = (list: Shape[]) => new Map(list.map((s) => [`${s.kind}|${s.x}|${s.y}`, s]));
  diff(was.under, now.under);
  diff(was.marks, now.marks);
  diff(keyed(was.over), keyed(now.over));
  spans.sort((p, q) => p[0] - q[0]);
  const merged: [number, number][] = [];
  for (const [a, b] of spans) {
    const last = merged[merged.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b); else merged.push([a, b]);
  }
  return merged;
}
