// Lanes for the print: one per actor with entries, under its parent (Israel, then Netanyahu), parents
// first and names in alphabetical order; entries with no actor share a last lane.
import type { Actor } from '../../shared/model';
import type { LaneDef } from './layout';

export const NO_ACTOR = '';

export function laneOrder(actors: Map<string, Actor>, used: Set<string>): LaneDef[] {
  const shown = new Set<string>();
  for (const id of used) {
    // Parents are shown too, as headings of their members' lanes.
    for (let a = actors.get(id), hops = 0; a && !shown.has(a.id) && hops < 100; a = a.parentId ? actors.get(a.parentId) : undefined, hops++) shown.add(a.id);
  }
  const children = new Map<string | null, Actor[]>();
  for (const id of shown) {
    const a = actors.get(id)!;
    const parent = a.parentId && shown.has(a.parentId) ? a.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), a]);
  }
  const out: LaneDef[] = [];
  const visit = (parent: string | null, depth: number) => {
    for (const a of (children.get(parent) ?? []).sort((x, y) => x.name.localeCompare(y.name))) {
      out.push({ key: a.id, name: a.name, depth });
      visit(a.id, depth + 1);
    }
  };
  visit(null, 0);
  if (used.has(NO_ACTOR)) out.push({ key: NO_ACTOR, name: 'No actor', depth: 0 });
  return out;
}
