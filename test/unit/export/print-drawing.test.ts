import { describe, expect, it } from 'vitest';
import { Paths, circle, drawMark, hasRtl, roundedRect } from '../../../src-renderer/print/drawing';
import { fitText } from '../../../src-renderer/timeline/labels';

/** A stand-in for measuring text: every character 5 px wide. */
const fiveEach = (s: string) => s.length * 5;

/** The points a path passes through, as absolute coordinates (M, H, V, c and Z only, as drawing.ts writes them). */
function points(d: string): [number, number][] {
  const out: [number, number][] = [];
  let x = 0, y = 0;
  for (const [, op, args] of d.matchAll(/([MHVcZ])([^MHVcZ]*)/g)) {
    const v = args.trim().split(/[\s,]+/).filter(Boolean).map(Number);
    if (op === 'M') [x, y] = v;
    else if (op === 'H') x = v[0];
    else if (op === 'V') y = v[0];
    else if (op === 'c') { x += v[4]; y += v[5]; } else continue;
    out.push([x, y]);
  }
  return out;
}

const bounds = (d: string) => {
  const ps = points(d);
  return { left: Math.min(...ps.map((p) => p[0])), right: Math.max(...ps.map((p) => p[0])), top: Math.min(...ps.map((p) => p[1])), bottom: Math.max(...ps.map((p) => p[1])) };
};

describe('the print timeline drawing', () => {
  it('draws rounded and continued bars, and dots, inside their boxes', () => {
    expect(bounds(roundedRect(10, 20, 30, 9, 2))).toEqual({ left: 10, right: 40, top: 20, bottom: 29 });
    expect(points(roundedRect(10, 20, 30, 9, 2, true))[0]).toEqual([10, 20]);
    // A bar narrower than its corners is a pill, not a bow tie.
    expect(bounds(roundedRect(0, 0, 2, 9, 2))).toEqual({ left: 0, right: 2, top: 0, bottom: 9 });
    expect(bounds(circle(50, 50, 4.5))).toEqual({ left: 45.5, right: 54.5, top: 45.5, bottom: 54.5 });
  });

  it('gathers the marks by look, an approximate outline inset by half its stroke', () => {
    const paths = new Paths();
    drawMark(paths, { kind: 'talks', x1: 0, x2: 20, y: 0, dot: false, approximate: false, continued: false });
    drawMark(paths, { kind: 'talks', x1: 30, x2: 50, y: 15, dot: false, approximate: true, continued: true });
    drawMark(paths, { kind: 'statement', x1: 60, x2: 67, y: 0, dot: true, approximate: false, continued: false });
    drawMark(paths, { kind: 'talks', x1: 80, x2: 90, y: 0, dot: false, approximate: false, continued: false });
    const looks = paths.entries();
    expect(looks.map((l) => l.className)).toEqual(['mark talks', 'mark approx talks', 'continued', 'mark statement']);
    expect(looks[0].d.match(/M/g)).toHaveLength(2);
    expect(bounds(looks[1].d)).toEqual({ left: 30.75, right: 49.25, top: 18.75, bottom: 26.25 });
  });

  it('fits a label to its room with an ellipsis, keeping whole characters', () => {
    expect(fitText('Geneva round', 60, fiveEach)).toBe('Geneva round');
    expect(fitText('Geneva round', 40, fiveEach)).toBe('Geneva…');
    expect(fitText('Geneva round', 3, fiveEach)).toBe('');
    // A character outside the basic plane is not cut in half.
    expect(fitText('ab😀cd', 20, (s) => Array.from(s).length * 5)).toBe('ab😀…');
  });

  it('tells Hebrew and Arabic from other scripts', () => {
    expect(hasRtl('משרד ראש הממשלה')).toBe(true);
    expect(hasRtl('Envoy سلمى')).toBe(true);
    expect(hasRtl('Anton Melis (mediator) – “we are close”')).toBe(false);
  });
});
