import { useEffect, useRef } from 'react';
import { EVENT_TYPE_LABEL } from '../components/format';
import type { ItemType } from './items';
import { Painter, readPalette, type Shape } from './paint';

const marker = (type: ItemType): Shape => ({ kind: 'marker', type, x: 0, y: 0, w: 17, label: '', approx: false, echo: false, selected: false, lifted: false });

/** Each type's glyph, then a bar whose uncertain end fades, as the timeline paints them. */
const SAMPLES: { shape: Shape; width: number; name: string }[] = [
  ...(Object.keys(EVENT_TYPE_LABEL) as (keyof typeof EVENT_TYPE_LABEL)[]).map((t) => ({ shape: marker(t), width: 18, name: EVENT_TYPE_LABEL[t] })),
  { shape: marker('statement'), width: 18, name: 'Statement' },
  { shape: { kind: 'bar', type: 'talks', x: 0, y: 0, w: 30, label: '', approxStart: false, approxEnd: true, echo: false, selected: false, lifted: false }, width: 30, name: 'Approximate' },
];

/** What the shapes and colours mean, drawn by the timeline's own painter. */
export function Legend() {
  return (
    <ul className="tl-legend" aria-label="Legend">
      {SAMPLES.map((s) => <li key={s.name}><Sample shape={s.shape} width={s.width} />{s.name}</li>)}
    </ul>
  );
}

function Sample({ shape, width }: { shape: Shape; width: number }) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const c = ref.current, g = c?.getContext('2d');
    if (!c || !g) return;
    const dpr = window.devicePixelRatio || 1;
    c.width = width * dpr; c.height = 16 * dpr;
    new Painter(readPalette(c), 'sans-serif').paint(g, [shape], 0, 0, dpr);
  }, [shape, width]);
  return <canvas ref={ref} style={{ width, height: 16 }} aria-hidden="true" />;
}
