// The painter's colour mixing: echoes are drawn as CSS color-mix(in srgb, c 75%, panel) would draw them.
import { describe, expect, it } from 'vitest';
import { mix } from '../../../src-renderer/timeline/paint';

describe('mix', () => {
  it('mixes two #rrggbb colours by share, rounding each channel', () => {
    expect(mix('#2563eb', '#ffffff', 0.75)).toBe('rgb(92,138,240)');
    expect(mix('#000000', '#ffffff', 0)).toBe('rgb(255,255,255)');
  });

  it('leaves a colour it cannot read as it is', () => {
    expect(mix('rebeccapurple', '#ffffff', 0.75)).toBe('rebeccapurple');
  });
});
