import { useState } from 'react';
import { bridge } from '../api/client';
import { useApp } from '../state/store';

/** Shown when no project is open, and from File > Open in the browser shell (which has no native dialog). */
export function ProjectPicker({ onClose }: { onClose?: () => void }) {
  const { recent, openProject } = useApp();
  const [path, setPath] = useState('');
  const native = bridge();

  const open = async (create: boolean) => {
    const chosen = native ? await (create ? native.pickProjectToCreate() : native.pickProjectToOpen()) : path.trim();
    if (!chosen) return;
    await openProject(create && !chosen.endsWith('.parley') ? `${chosen}.parley` : chosen, create);
    if (useApp.getState().project?.path) onClose?.();
  };

  return (
    <div className="picker" role="dialog" aria-label="Open or create a project">
      <h2>Open or create a project</h2>
      <p>A Parley project is one <code>.parley</code> file on your computer.</p>
      {!native && (
        <label className="field">
          <span>Project file path</span>
          <input autoFocus value={path} onChange={(e) => setPath(e.target.value)} placeholder="/home/me/Talks.parley"
            onKeyDown={(e) => { if (e.key === 'Enter') void open(false); }} />
        </label>
      )}
      <div className="row">
        <button onClick={() => void open(false)} disabled={!native && !path.trim()}>Open</button>
        <button onClick={() => void open(true)} disabled={!native && !path.trim()}>Create new</button>
        {onClose && <button className="quiet" onClick={onClose}>Cancel</button>}
      </div>
      {recent.length > 0 && (
        <>
          <h3>Recent</h3>
          <ul className="recent">
            {recent.map((r) => <li key={r}><button className="link" onClick={() => { void openProject(r).then(onClose); }}>{r}</button></li>)}
          </ul>
        </>
      )}
    </div>
  );
}
