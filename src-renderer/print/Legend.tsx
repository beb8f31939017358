import { EVENT_TYPE_LABEL } from '../components/format';

/** The key to the marks: event types by colour, statements, approximate dates, and what the numbers mean. */
export function Legend() {
  return (
    <footer className="legend">
      {Object.entries(EVENT_TYPE_LABEL).map(([type, label]) => <span key={type}><i className={`swatch mark ${type}`} />{label}</span>)}
      <span><i className="swatch dot statement" />Statement</span>
      <span><i className="swatch mark other approx" />Approximate date</span>
      <span><i className="swatch mark other continued" />Continued</span>
      <span className="note">Numbers: see the table</span>
    </footer>
  );
}
