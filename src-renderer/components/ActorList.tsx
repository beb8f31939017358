import type { ReactElement } from 'react';
import type { Actor } from '../../shared/model';
import { useApp } from '../state/store';

/** Actors as a tree under their parents (Israel → Netanyahu); a click selects one for the inspector. */
export function ActorList() {
  const { actors, selection, select, filter, setFilter } = useApp();
  const children = new Map<string | null, Actor[]>();
  for (const a of actors) {
    const parent = a.parentId && actors.some((p) => p.id === a.parentId) ? a.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), a]);
  }
  const filtered = new Set(filter.actorIds ?? []);
  const toggleFilter = (id: string) => {
    const next = filtered.has(id) ? [...filtered].filter((x) => x !== id) : [...filtered, id];
    setFilter({ actorIds: next.length ? next : undefined });
  };
  const render = (parent: string | null, depth: number): ReactElement[] =>
    (children.get(parent) ?? []).flatMap((a) => [
      <li key={a.id} style={{ paddingLeft: depth * 14 }} className={selection.includes(a.id) ? 'selected' : ''}>
        <span className="swatch" style={{ background: a.color ?? 'var(--muted)' }} />
        <button className="link actor-name" data-entity-id={a.id} onClick={() => select([a.id], true)}>{a.name}</button>
        <span className="kind">{a.kind.replace('_', ' ')}</span>
        <input type="checkbox" aria-label={`Filter by ${a.name}`} checked={filtered.has(a.id)} onChange={() => toggleFilter(a.id)} />
      </li>,
      ...render(a.id, depth + 1),
    ]);
  return (
    <aside className="actors" aria-label="Actors">
      <h2>Actors <span className="count">{actors.length}</span></h2>
      <ul>{render(null, 0)}</ul>
    </aside>
  );
}
