// The strips a new layout changed: only there do the canvas tiles paint again, so a strip missed is a stale drawing.
import { describe, expect, it } from 'vitest';
import type { Shape } from '../../../src-renderer/timeline/paint';
import { changedStrips, type Shapes } from '../../../src-renderer/timeline/strips';

const bar = (x: number, w: number, label = 'Talks'): Shape => ({ kind: 'bar', type: 'talks', x, y: 10, w, label, approxStart: false, approxEnd: false, echo: false, selected: false, lifted: false });
const layout = (marks: [string, Shape][], over: Shape[] = []): Shapes => ({ under: new Map(), marks: new Map(marks), over });

describe('changedStrips', () => {
  it('finds nothing when the same shapes are laid out again', () => {
    expect(changedStrips(layout([['a', bar(100, 50)]]), layout([['a', bar(100, 50)]]))).toEqual([]);
  });

  it('covers a shape that came, one that went, and both places of one that moved, outline included', () => {
    const was = layout([['a', bar(100, 50)], ['gone', bar(400, 20)]]);
    const now = layout([['a', bar(120, 50)], ['new', bar(700, 30)]]);
    expect(changedStrips(was, now)).toEqual([[97, 173], [397, 423], [697, 733]]);
  });

  it('sees a change of label or selection at the same place, and merges strips that touch', () => {
    const was = layout([['a', bar(100, 50)], ['b', bar(140, 50)]]);
    const now = layout([['a', bar(100, 50, 'Talks in Doha')], ['b', { ...bar(140, 50), selected: true } as Shape]]);
    expect(changedStrips(was, now)).toEqual([[97, 193]]);
  });

  it('compares counts by their place, so a count that changed is repainted', () => {
    const count = (text: string): Shape => ({ kind: 'count', x: 300, y: 60, w: 24, text });
    expect(changedStrips(layout([], [count('+2')]), layout([], [count('+3')]))).toEqual([[297, 327]]);
  });
});
