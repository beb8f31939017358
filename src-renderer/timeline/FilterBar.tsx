// Filters over the timeline: type, actor, outlet, tag and date range (free text is the toolbar's search).
// Each change goes to the store's filter at once, so the timeline updates as you type.
import { useState } from 'react';
import { EVENT_TYPES } from '../../shared/vocabulary';
import { fromInstant, rangeOf } from '../../shared/dates';
import { EVENT_TYPE_LABEL } from '../components/format';
import { useApp } from '../state/store';

type EntryType = (typeof EVENT_TYPES)[number] | 'statement';
const TYPES: EntryType[] = [...EVENT_TYPES, 'statement'];
const typeLabel = (t: EntryType) => (t === 'statement' ? 'Statements' : EVENT_TYPE_LABEL[t]);

export function FilterBar() {
  const { filter, setFilter, actors, project } = useApp();
  const zone = project?.settings.displayZone ?? 'UTC';
  // The draft keeps what is typed ("peace, "); the filter gets the parsed tags.
  const [tagDraft, setTagDraft] = useState(filter.tags?.join(', ') ?? '');
  const types = new Set(filter.types ?? TYPES);
  const toggleType = (t: EntryType) => {
    const next = types.has(t) ? [...types].filter((x) => x !== t) : [...types, t];
    setFilter({ types: next.length === TYPES.length ? undefined : next });
  };
  const pick = (key: 'actorIds' | 'outletIds', id: string, on: boolean) => {
    const current = filter[key] ?? [];
    const next = on ? [...current, id] : current.filter((x) => x !== id);
    setFilter({ [key]: next.length ? next : undefined });
  };
  const dayMs = (value: string, edge: 'startMs' | 'endMs') => (value ? rangeOf({ value, precision: 'day', approximate: false, zone })[edge] : undefined);
  const dayOf = (ms: number | undefined, end = false) => (ms === undefined ? '' : fromInstant(end ? ms - 1 : ms, 'day', zone).value);
  const outlets = actors.filter((a) => a.kind === 'media');
  const chosen = (ids?: string[]) => (ids?.length ? ` (${ids.length})` : '');
  return (
    <div className="tl-filters" role="group" aria-label="Filters">
      {TYPES.map((t) => (
        <button key={t} className={`chip tl-${t}`} aria-pressed={types.has(t)} onClick={() => toggleType(t)}>{typeLabel(t)}</button>
      ))}
      <details className="menu">
        <summary>Actors{chosen(filter.actorIds)}</summary>
        <div className="menu-body">
          {actors.filter((a) => a.kind !== 'media').map((a) => (
            <label key={a.id} className="check"><input type="checkbox" aria-label={`Only entries of ${a.name}`} checked={filter.actorIds?.includes(a.id) ?? false}
              onChange={(e) => pick('actorIds', a.id, e.target.checked)} /> {a.name}</label>
          ))}
        </div>
      </details>
      <details className="menu">
        <summary>Outlets{chosen(filter.outletIds)}</summary>
        <div className="menu-body">
          {outlets.length === 0 && <p className="empty">No media outlets yet.</p>}
          {outlets.map((a) => (
            <label key={a.id} className="check"><input type="checkbox" aria-label={`Reported by ${a.name}`} checked={filter.outletIds?.includes(a.id) ?? false}
              onChange={(e) => pick('outletIds', a.id, e.target.checked)} /> {a.name}</label>
          ))}
        </div>
      </details>
      <input className="tl-tag-filter" aria-label="Filter by tags" placeholder="Tags, comma separated" value={tagDraft}
        onChange={(e) => {
          setTagDraft(e.target.value);
          const tags = e.target.value.split(',').map((t) => t.trim()).filter(Boolean);
          setFilter({ tags: tags.length ? tags : undefined });
        }} />
      <label className="tl-date-filter">From <input type="date" aria-label="From date" value={dayOf(filter.fromMs)}
        onChange={(e) => setFilter({ fromMs: dayMs(e.target.value, 'startMs') })} /></label>
      <label className="tl-date-filter">to <input type="date" aria-label="To date" value={dayOf(filter.toMs, true)}
        onChange={(e) => setFilter({ toMs: dayMs(e.target.value, 'endMs') })} /></label>
    </div>
  );
}
