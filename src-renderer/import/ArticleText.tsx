import { useEffect, useMemo, useRef } from 'react';
import { narrowest, runsOf, type Highlight } from './highlights';
import { useImport, type Draft } from './session';

function highlightsOf(draft: Draft): Highlight[] {
  return [
    ...draft.events.map((i) => ({ key: i.key, kind: 'event' as const, start: i.value.evidence[0], end: i.value.evidence[1], kept: i.kept })),
    ...draft.statements.map((i) => ({ key: i.key, kind: 'statement' as const, start: i.value.evidence[0], end: i.value.evidence[1], kept: i.kept })),
    ...draft.actors.flatMap((i) => i.value.mentions.map(([start, end]) => ({ key: i.key, kind: 'actor' as const, start, end, kept: i.kept }))),
  ];
}

/** The article with every proposal's words highlighted, a colour per kind; the focused proposal's words stand out. */
export function ArticleText({ draft }: { draft: Draft }) {
  const { focus, setFocus } = useImport();
  const box = useRef<HTMLDivElement>(null);
  const runs = useMemo(() => runsOf(draft.article.text.length, highlightsOf(draft)), [draft]);

  useEffect(() => {
    if (!focus) return;
    box.current?.querySelector(`[data-keys~="${CSS.escape(focus)}"]`)?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }, [focus]);

  return (
    <div className="import-article" ref={box} aria-label="Article text">
      {runs.map((run) => {
        const text = draft.article.text.slice(run.start, run.end);
        if (!run.covering.length) return text;
        const kinds = new Set(run.covering.filter((h) => h.kept).map((h) => h.kind));
        const focused = run.covering.some((h) => h.key === focus);
        const target = narrowest(run)!;
        return (
          <span key={run.start} data-keys={run.covering.map((h) => h.key).join(' ')}
            className={['hl', ...[...kinds].map((k) => `hl-${k}`), focused ? 'hl-focus' : ''].join(' ')}
            onClick={() => {
              setFocus(target.key);
              document.getElementById(`proposal-${target.key}`)?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
            }}>
            {text}
          </span>
        );
      })}
    </div>
  );
}
