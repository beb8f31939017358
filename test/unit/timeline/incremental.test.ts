import { describe, expect, it } from 'vitest';
import type { TimedEvent } from '../../../shared/api';
import { spanOf } from '../../../shared/dates';
import type { Actor } from '../../../shared/model';
import { buildItems, dropItems, mergeItems } from '../../../src-renderer/timeline/items';
import { fitText, labelFit, MIN_CUT_PX } from '../../../src-renderer/timeline/labels';
import { EMPTY_PREFS, layoutLanes } from '../../../src-renderer/timeline/lanes';

const actor = (id: string): Actor => ({ id, name: id.toUpperCase(), kind: 'government', aliases: [], parentId: null, color: null, notes: '', tags: [] });
const ACTORS = [actor('a'), actor('b')];
const day = (value: string) => ({ value, precision: 'day' as const, approximate: false, zone: 'UTC' });
const ev = (id: string, start: string, actors: string[]): TimedEvent => ({
  id, type: 'talks', title: id, description: '', start: day(start), end: null, location: '', tags: [],
  participants: actors.map((actorId) => ({ actorId, role: 'party' as const })), ...spanOf(day(start), null),
});

describe('incremental item index', () => {
  const layout = layoutLanes(ACTORS, EMPTY_PREFS);
  const actors = new Map(ACTORS.map((a) => [a.id, a]));
  const build = (events: TimedEvent[]) => buildItems(events, [], actors, layout, 'UTC');

  it('merges pieces loaded in any order into lanes sorted by start', () => {
    const index = build([ev('e3', '2025-01-03', ['a']), ev('e5', '2025-01-05', ['a', 'b'])]);
    mergeItems(index, build([ev('e1', '2025-01-01', ['a']), ev('e4', '2025-01-04', ['b']), ev('e6', '2025-01-06', ['a'])]));
    expect(index.get('a')!.items.map((i) => i.id)).toEqual(['e1', 'e3', 'e5', 'e6']);
    expect(index.get('b')!.items.map((i) => i.id)).toEqual(['e4', 'e5']);
  });

  it('drops every drawing of an entry', () => {
    const index = build([ev('e1', '2025-01-01', ['a', 'b']), ev('e2', '2025-01-02', ['a'])]);
    dropItems(index, new Set(['e1']));
    expect(index.get('a')!.items.map((i) => i.id)).toEqual(['e2']);
    expect(index.get('b')!.items).toEqual([]);
  });
});

describe('label fitting', () => {
  it('shows a label whole where it fits, cuts it to its room in 4 px steps, and leaves out a stub', () => {
    expect(labelFit(80, 120)).toBe('whole');
    expect(labelFit(80, 80)).toBe('whole');
    expect(labelFit(80, 63)).toBe(60);
    expect(labelFit(80, MIN_CUT_PX - 1)).toBe('none');
    expect(labelFit(20, 30)).toBe('whole');
  });

  it('cuts a label in script to the longest start that fits with an ellipsis, between whole characters', () => {
    const widthOf = (t: string) => Array.from(t).length * 6; // a monospaced stand-in for the canvas measure
    expect(fitText('Ceasefire talks in Doha', 60, widthOf)).toBe('Ceasefire\u2026'); // 10 characters, 60 px
    expect(widthOf(fitText('Ceasefire talks in Doha', 60, widthOf))).toBeLessThanOrEqual(60);
    expect(fitText('Talks in Doha', 40, widthOf)).toBe('Talks\u2026'); // no space before the ellipsis
    expect(fitText('\u{1F54A}\u{1F54A}\u{1F54A}\u{1F54A}', 18, widthOf)).toBe('\u{1F54A}\u{1F54A}\u2026');
  });
});
