import { EVENT_TYPE_LABEL } from '../components/format';
import { MARK, Paths, drawMark, hLine, type MarkShape } from './drawing';
import { textWidth } from './measure';

const HEIGHT = 24;
const FONT = '7pt';
const SWATCH = 16;
/** Gaps: between a swatch and its words, and between one key and the next. */
const GAP = { inside: 4, between: 14 };
/** The top of a line of 7 pt words centred in the legend. */
const WORDS_TOP = 5.6;

type Key = { label: string } & Pick<MarkShape, 'kind' | 'dot' | 'approximate' | 'continued'>;

const KEYS: Key[] = [
  ...Object.entries(EVENT_TYPE_LABEL).map(([kind, label]) => ({ label, kind, dot: false, approximate: false, continued: false })),
  { label: 'Statement', kind: 'statement', dot: true, approximate: false, continued: false },
  { label: 'Approximate date', kind: 'other', dot: false, approximate: true, continued: false },
  { label: 'Continued', kind: 'other', dot: false, approximate: false, continued: true },
];

/** The key to the marks, drawn as the marks are: event types by colour, statements, approximate dates, continuations. */
export function Legend({ width }: { width: number }) {
  const paths = new Paths();
  paths.add('rule', hLine(0, width, 0.25));
  const y = (HEIGHT - MARK.height) / 2 - MARK.top;
  let x = 0;
  const words = KEYS.map((key) => {
    const swatch = key.dot ? MARK.height : SWATCH;
    drawMark(paths, { ...key, x1: key.dot ? x + swatch / 2 : x, x2: x + swatch, y });
    const label = <span key={key.label} style={{ left: x + swatch + GAP.inside, top: WORDS_TOP }}>{key.label}</span>;
    x += swatch + GAP.inside + textWidth(key.label, FONT) + GAP.between;
    return label;
  });
  return (
    <footer className="legend" style={{ width, height: HEIGHT }}>
      <svg width={width} height={HEIGHT}>
        {paths.entries().map(({ className, d }) => <path key={className} className={className} d={d} />)}
      </svg>
      {words}
      <span style={{ right: 0, top: WORDS_TOP }}>Numbers: see the table</span>
    </footer>
  );
}
