// Reviewing one article: its text with the proposals' words highlighted, the proposals beside it, and
// the publication date and zone that every relative date was read against.
import { useEffect, useState } from 'react';
import { fromInstant } from '../../shared/dates';
import { ArticleText } from './ArticleText';
import { ProposalList } from './ProposalList';
import { useImport, type Draft } from './session';

function PublicationFields({ draft }: { draft: Draft }) {
  const redate = useImport((s) => s.redate);
  const shown = fromInstant(Date.parse(draft.article.published), 'minute', draft.article.zone).value;
  const [published, setPublished] = useState(shown);
  const [zone, setZone] = useState(draft.article.zone);
  useEffect(() => { setPublished(shown); setZone(draft.article.zone); }, [shown, draft.article.zone]);
  const changed = published !== shown || zone !== draft.article.zone;
  return (
    <div className="import-publication">
      <label>Published <input aria-label="Published" value={published} onChange={(e) => setPublished(e.target.value)} /></label>
      <label>Zone <input aria-label="Time zone" value={zone} onChange={(e) => setZone(e.target.value)} /></label>
      <button disabled={!changed} title="Reads the article's dates again against this date and zone (edits to proposals are lost)"
        onClick={() => void redate(published, zone)}>Re-read dates</button>
    </div>
  );
}

export function ReviewScreen({ draft }: { draft: Draft }) {
  const { drafts, failures, accept, skip, setArticle } = useImport();
  const all = [...draft.events, ...draft.statements, ...draft.actors];
  const kept = all.filter((i) => i.kept).length;
  return (
    <div className="import-review">
      <div className="import-meta">
        <input className="import-title" aria-label="Source title" value={draft.article.title} onChange={(e) => setArticle({ title: e.target.value })} />
        <label>Outlet <input aria-label="Outlet" value={draft.article.outletName} placeholder="none" onChange={(e) => setArticle({ outletName: e.target.value })} /></label>
        <label>Author <input aria-label="Author" value={draft.article.author} placeholder="none" onChange={(e) => setArticle({ author: e.target.value })} /></label>
        <PublicationFields draft={draft} />
      </div>
      {failures.length > 0 && (
        <p className="import-failure" role="alert">Not read: {failures.map((f) => `${f.name} (${f.message})`).join('; ')}</p>
      )}
      <div className="import-panes">
        <ArticleText draft={draft} />
        <ProposalList draft={draft} />
      </div>
      <footer className="import-footer">
        <span className="legend"><i className="hl hl-event" /> event <i className="hl hl-statement" /> statement <i className="hl hl-actor" /> actor</span>
        {drafts.length > 1 && <span className="meta">Article 1 of {drafts.length}</span>}
        <span className="grow" />
        <span className="meta">{kept} of {all.length} kept · nothing is saved until you accept</span>
        <button onClick={skip}>{drafts.length > 1 ? 'Skip article' : 'Discard'}</button>
        <button onClick={() => void accept(true)}>Accept all</button>
        <button className="primary" onClick={() => void accept(false)}>Accept {kept} kept</button>
      </footer>
    </div>
  );
}
