import { useEffect, useRef, useState } from 'react';
import type { Source } from '../../shared/model';
import { call } from '../api/client';
import { useApp } from '../state/store';

/** A source's full text with one span highlighted and scrolled into view. */
export function SourceViewer({ sourceId, span, onClose }: { sourceId: string; span?: [number, number]; onClose(): void }) {
  const [source, setSource] = useState<Source | null>(null);
  const mark = useRef<HTMLElement>(null);
  const showError = useApp((s) => s.showError);
  const close = useRef(onClose);
  close.current = onClose;
  useEffect(() => {
    call('sources.get', { id: sourceId }).then(setSource, (e: Error) => { showError(e.message); close.current(); });
  }, [sourceId, showError]);
  useEffect(() => { mark.current?.scrollIntoView({ block: 'center' }); }, [source]);
  if (!source) return null;
  const [a, b] = span ?? [0, 0];
  return (
    <div className="modal-backdrop" onClick={onClose}>
      <div className="modal source-viewer" role="dialog" aria-label={`Source: ${source.title || 'untitled'}`} onClick={(e) => e.stopPropagation()}
        onKeyDown={(e) => { if (e.key === 'Escape') onClose(); }}>
        <header>
          <h2>{source.title || 'Untitled source'}</h2>
          <p className="meta">{[source.author, source.published].filter(Boolean).join(' · ')}</p>
          <button autoFocus onClick={onClose}>Close</button>
        </header>
        <div className="source-text">
          {source.text.slice(0, a)}
          {span && <mark ref={mark}>{source.text.slice(a, b)}</mark>}
          {source.text.slice(b)}
        </div>
      </div>
    </div>
  );
}
