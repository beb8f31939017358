// The first step: paste an article or choose files, with the publication date and zone to use where a page gives none.
import { useState } from 'react';
import { ARTICLE_EXTENSIONS, isArticleFile } from './files';
import { useImport } from './session';

export function ChooseArticle() {
  const { published, timezone, setDefaults, proposeText, proposeFiles, failures } = useImport();
  const [text, setText] = useState('');
  return (
    <div className="import-choose">
      {failures.map((f) => <p key={f.name} className="import-failure" role="alert"><strong>{f.name}</strong>: {f.message}</p>)}
      <label className="field">
        <span>Paste the article</span>
        <textarea aria-label="Article text" rows={12} value={text} onChange={(e) => setText(e.target.value)}
          placeholder="Paste the text of a news article, or choose or drop .txt, .html or .pdf files." />
      </label>
      <div className="import-dates">
        <label className="field">
          <span>Published (when the page does not say)</span>
          <input aria-label="Published" value={published} placeholder="today, or YYYY-MM-DD[THH:MM]" onChange={(e) => setDefaults({ published: e.target.value })} />
        </label>
        <label className="field">
          <span>Time zone</span>
          <input aria-label="Time zone" value={timezone} onChange={(e) => setDefaults({ timezone: e.target.value })} />
        </label>
      </div>
      <div className="import-buttons">
        <label className="file-button">
          Choose files…
          <input type="file" aria-label="Choose article files" multiple accept={ARTICLE_EXTENSIONS.join(',')}
            onChange={(e) => { const files = [...(e.target.files ?? [])].filter(isArticleFile); e.target.value = ''; if (files.length) void proposeFiles(files); }} />
        </label>
        <span className="grow" />
        <button className="primary" disabled={!text.trim()} onClick={() => void proposeText(text)}>Find entries</button>
      </div>
    </div>
  );
}
