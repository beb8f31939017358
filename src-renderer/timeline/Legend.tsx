import { EVENT_TYPE_LABEL } from '../components/format';

/** What the shapes and colours mean. */
export function Legend() {
  return (
    <ul className="tl-legend" aria-label="Legend">
      {(Object.keys(EVENT_TYPE_LABEL) as (keyof typeof EVENT_TYPE_LABEL)[]).map((t) => (
        <li key={t}><span className={`tl-item marker tl-${t} tl-sample`}><span className="tl-glyph" /></span>{EVENT_TYPE_LABEL[t]}</li>
      ))}
      <li><span className="tl-item marker tl-statement tl-sample"><span className="tl-glyph" /></span>Statement</li>
      <li><span className="tl-item bar tl-other approx-start approx-end tl-sample wide" />Approximate</li>
    </ul>
  );
}
