import { useApp } from '../state/store';
import { EVENT_TYPE_LABEL, formatSpan, shorten } from './format';

/** A plain chronological list of events and statements. */
export function EntryList() {
  const { events, statements, actors, selection, select, project } = useApp();
  const zone = project?.settings.displayZone;
  const name = (id: string | null) => actors.find((a) => a.id === id)?.name ?? 'Unknown';
  const rows = [
    ...events.map((e) => ({ id: e.id, at: e.startMs, kind: e.type as string, title: e.title, when: formatSpan(e.start, e.end, zone),
      who: e.participants.map((p) => name(p.actorId)).join(', ') })),
    ...statements.map((s) => ({ id: s.id, at: s.startMs ?? Number.MAX_SAFE_INTEGER, kind: 'statement', title: `${name(s.speakerId)}: ${shorten(s.text, 80)}`,
      when: formatSpan(s.date, null, zone), who: s.outletIds.length ? `reported by ${s.outletIds.map(name).join(', ')}` : '' })),
  ].sort((a, b) => a.at - b.at);
  return (
    <section className="entries" aria-label="Events and statements">
      {rows.length === 0 && <p className="empty">No events or statements match. Add one with “New event”, or import an article.</p>}
      <ol>
        {rows.map((r) => (
          <li key={r.id} data-entity-id={r.id} aria-label={`${r.title}, ${r.when}`} tabIndex={0}
            className={`entry ${r.kind} ${selection.includes(r.id) ? 'selected' : ''}`}
            onClick={(e) => select(e.shiftKey || e.ctrlKey || e.metaKey ? [...selection, r.id] : [r.id])}
            onDoubleClick={() => select([r.id], true)}>
            <span className="when">{r.when}</span>
            <span className="badge">{r.kind === 'statement' ? 'Statement' : EVENT_TYPE_LABEL[r.kind as keyof typeof EVENT_TYPE_LABEL]}</span>
            <span className="title">{r.title}</span>
            <span className="who">{r.who}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
