import { useEffect } from 'react';
import { useApp } from '../state/store';

/** Errors stay until dismissed; notices (what undo did) fade after a few seconds. */
export function Notices() {
  const { error, notice, showError, showNotice } = useApp();
  useEffect(() => {
    if (!notice) return;
    const t = setTimeout(() => showNotice(null), 4000);
    return () => clearTimeout(t);
  }, [notice, showNotice]);
  return (
    <div className="notices" aria-live="polite">
      {error && <div className="error" role="alert">{error} <button className="quiet" aria-label="Dismiss" onClick={() => showError(null)}>×</button></div>}
      {notice && <div className="notice">{notice}</div>}
    </div>
  );
}
