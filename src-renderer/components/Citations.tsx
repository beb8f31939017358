import { useEffect, useState } from 'react';
import type { SourceSummary } from '../../shared/api';
import type { Citation, EntityType } from '../../shared/model';
import { call } from '../api/client';
import { useApp } from '../state/store';
import { SourceViewer } from './SourceViewer';

/** The citations of an entity; each opens its source at the cited words. */
export function Citations({ entityType, entityId }: { entityType: EntityType; entityId: string }) {
  const revision = useApp((s) => s.revision);
  const change = useApp((s) => s.change);
  const [citations, setCitations] = useState<Citation[]>([]);
  const [sources, setSources] = useState<SourceSummary[]>([]);
  const [open, setOpen] = useState<Citation | null>(null);
  useEffect(() => {
    let live = true;
    void Promise.all([call('citations.list', { entityType, entityId }), call('sources.list', {})]).then(([c, s]) => {
      if (live) { setCitations(c); setSources(s); }
    });
    return () => { live = false; };
  }, [entityType, entityId, revision]);
  const title = (id: string) => sources.find((s) => s.id === id)?.title || 'Untitled source';
  return (
    <fieldset className="citations">
      <legend>Citations</legend>
      {citations.length === 0 && <p className="empty">No citations yet. Import an article to cite it.</p>}
      <ol>
        {citations.map((c, i) => (
          <li key={c.id}>
            <button className="link citation-link" onClick={() => setOpen(c)}>[{i + 1}] {title(c.sourceId)}, characters {c.start}–{c.end}</button>
            <button className="quiet" aria-label="Remove citation" onClick={() => void change(() => call('citations.delete', { ids: [c.id] }))}>×</button>
          </li>
        ))}
      </ol>
      {open && <SourceViewer sourceId={open.sourceId} span={[open.start, open.end]} onClose={() => setOpen(null)} />}
    </fieldset>
  );
}
