import type { ReactNode } from 'react';

/** A dialog over the app; Escape and the backdrop close it unless it is busy. */
export function Modal({ title, onClose, busy, children, actions }: { title: string; onClose: () => void; busy?: boolean; children: ReactNode; actions: ReactNode }) {
  const close = () => { if (!busy) onClose(); };
  return (
    <div className="modal-backdrop" onClick={(e) => { if (e.target === e.currentTarget) close(); }} onKeyDown={(e) => { if (e.key === 'Escape') { e.stopPropagation(); close(); } }}>
      <div className="modal exchange" role="dialog" aria-modal="true" aria-label={title}>
        <header><h2>{title}</h2><button className="quiet" aria-label="Close" disabled={busy} onClick={close}>×</button></header>
        <div className="body">{children}</div>
        <div className="actions">{actions}</div>
      </div>
    </div>
  );
}
