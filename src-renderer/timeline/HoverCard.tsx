// Hovering an entry shows its words and where they come from; a citation opens the source at the span.
import { useEffect, useState } from 'react';
import type { SourceSummary, TimedEvent, TimedStatement } from '../../shared/api';
import type { Citation } from '../../shared/model';
import { call } from '../api/client';
import { SourceViewer } from '../components/SourceViewer';
import { formatSpan } from '../components/format';
import { kindOfId, useApp } from '../state/store';

interface Loaded { entry: TimedEvent | TimedStatement; citations: Citation[]; sources: SourceSummary[] }

export function HoverCard({ id, x, y, onClose, onKeep }: { id: string; x: number; y: number; onClose(): void; onKeep(): void }) {
  const { actors, project } = useApp();
  const [data, setData] = useState<Loaded | null>(null);
  const [open, setOpen] = useState<Citation | null>(null);
  useEffect(() => {
    let live = true;
    const kind = kindOfId(id);
    const entry = kind === 'statement' ? call('statements.get', { id }) : call('events.get', { id });
    void Promise.all([entry, call('citations.list', { entityType: kind === 'statement' ? 'statement' : 'event', entityId: id }), call('sources.list', {})])
      .then(([e, citations, sources]) => { if (live) setData({ entry: e, citations, sources }); }, () => undefined);
    return () => { live = false; };
  }, [id]);
  if (!data) return null;
  const name = (actorId: string | null) => actors.find((a) => a.id === actorId)?.name ?? 'Unknown';
  const zone = project?.settings.displayZone;
  const e = data.entry;
  const isStatement = 'text' in e;
  const source = (c: Citation) => data.sources.find((s) => s.id === c.sourceId);
  return (
    <div className="tl-hover" role="dialog" aria-label="Entry details" style={{ left: Math.min(x, window.innerWidth - 380), top: Math.min(y, window.innerHeight - 220) }}
      onPointerEnter={onKeep} onPointerLeave={() => { if (!open) onClose(); }}>
      {isStatement ? (
        <>
          <p className="tl-hover-who">{name(e.speakerId)}{e.hedged ? ' (reportedly)' : ''} · {formatSpan(e.date, null, zone)}</p>
          <blockquote className={e.direct ? 'direct' : 'paraphrase'}>{e.direct ? `“${e.text}”` : e.text}</blockquote>
          {e.outletIds.length > 0 && <p className="tl-hover-meta">Reported by {e.outletIds.map(name).join(', ')}</p>}
        </>
      ) : (
        <>
          <p className="tl-hover-who">{formatSpan(e.start, e.end, zone)}{e.location ? ` · ${e.location}` : ''}</p>
          <strong>{e.title}</strong>
          {e.description && <p>{e.description}</p>}
          <p className="tl-hover-meta">{e.participants.map((p) => `${name(p.actorId)} (${p.role})`).join(', ')}</p>
        </>
      )}
      {data.citations.length === 0 ? <p className="tl-hover-meta">No citation.</p> : (
        <ol className="tl-hover-citations">
          {data.citations.map((c) => (
            <li key={c.id}>
              <button className="link" onClick={() => setOpen(c)}>
                {source(c)?.title || 'Untitled source'}{source(c)?.published ? `, ${source(c)!.published!.slice(0, 10)}` : ''}
              </button>
            </li>
          ))}
        </ol>
      )}
      {open && <SourceViewer sourceId={open.sourceId} span={[open.start, open.end]} onClose={() => { setOpen(null); onClose(); }} />}
    </div>
  );
}
