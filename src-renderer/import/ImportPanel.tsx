// The import dialog: choose or paste, a progress bar while articles are read, then the review.
import { ChooseArticle } from './ChooseArticle';
import { ReviewScreen } from './ReviewScreen';
import { useImport } from './session';
import './import.css';

export function ImportPanel() {
  const { stage, progress, drafts, close } = useImport();
  const draft = drafts[0];
  const wide = stage === 'review' && draft;
  return (
    <div className="modal-backdrop">
      <div className={`modal import-panel ${wide ? 'wide' : ''}`} role="dialog" aria-label="Import article"
        onKeyDown={(e) => { if (e.key === 'Escape' && stage !== 'review') close(); }}>
        <header>
          <h2>{wide ? 'Review proposed entries' : 'Import article'}</h2>
          <button onClick={close}>Close</button>
        </header>
        {stage === 'choose' && <ChooseArticle />}
        {stage === 'proposing' && (
          <div className="import-progress">
            <p>Reading {Math.min(progress.done + 1, progress.total)} of {progress.total}: {progress.name}</p>
            <progress aria-label="Import progress" value={progress.done} max={progress.total} />
          </div>
        )}
        {wide && <ReviewScreen draft={draft} />}
      </div>
    </div>
  );
}
