import { describe, expect, it } from 'vitest';
import type { TimedEvent, TimedStatement } from '../../../shared/api';
import { rangeOf, spanOf } from '../../../shared/dates';
import type { Actor } from '../../../shared/model';
import { buildItems, itemsInRange, overflowClusters, packLane } from '../../../src-renderer/timeline/items';
import { EMPTY_PREFS, LANE_HEIGHT, UNASSIGNED, laneAtY, layoutLanes, reorderLane, visibleLaneRange } from '../../../src-renderer/timeline/lanes';

const actor = (id: string, name: string, parentId: string | null = null, kind: Actor['kind'] = 'government'): Actor =>
  ({ id, name, kind, aliases: [], parentId, color: null, notes: '', tags: [] });
const ACTORS = [actor('il', 'Israel'), actor('bn', 'Netanyahu', 'il', 'person'), actor('sc', 'Security cabinet', 'il', 'body'),
  actor('us', 'United States'), actor('tv', 'Channel 12', null, 'media')];
const day = (value: string) => ({ value, precision: 'day' as const, approximate: false, zone: 'UTC' });
function ev(id: string, start: string, end: string | null, actors: string[]): TimedEvent {
  const s = spanOf(day(start), end ? day(end) : null);
  return { id, type: 'talks', title: `Event ${id}`, description: '', start: day(start), end: end ? day(end) : null, location: '',
    participants: actors.map((actorId) => ({ actorId, role: 'party' })), tags: [], ...s };
}

describe('lanes', () => {
  it('nest members under parents, hide media by default and fold collapsed groups into the parent', () => {
    const open = layoutLanes(ACTORS, EMPTY_PREFS);
    expect(open.lanes.map((l) => [l.id, l.depth])).toEqual([['il', 0], ['bn', 1], ['sc', 1], ['us', 0], [UNASSIGNED, 0]]);
    const folded = layoutLanes(ACTORS, { ...EMPTY_PREFS, collapsed: ['il'] });
    expect(folded.lanes.map((l) => l.id)).toEqual(['il', 'us', UNASSIGNED]);
    expect(folded.laneOfActor.get('bn')).toBe('il');
    const shown = layoutLanes(ACTORS, { ...EMPTY_PREFS, visible: { tv: true, us: false } });
    expect(shown.lanes.map((l) => l.id)).toEqual(['il', 'bn', 'sc', 'tv', UNASSIGNED]);
    expect(shown.laneOfActor.has('us')).toBe(false);
  });

  it('reorder among siblings only, and find lanes by height', () => {
    const order = reorderLane(ACTORS, EMPTY_PREFS, 'sc', -1);
    expect(layoutLanes(ACTORS, { ...EMPTY_PREFS, order }).lanes.map((l) => l.id)).toEqual(['il', 'sc', 'bn', 'us', UNASSIGNED]);
    const top = reorderLane(ACTORS, EMPTY_PREFS, 'us', -5);
    expect(layoutLanes(ACTORS, { ...EMPTY_PREFS, order: top }).lanes[0].id).toBe('us');
    const layout = layoutLanes(ACTORS, EMPTY_PREFS);
    expect(laneAtY(layout, LANE_HEIGHT * 1.5)?.id).toBe('bn');
    expect(visibleLaneRange(layout, LANE_HEIGHT * 1.2, LANE_HEIGHT * 2)).toEqual([1, 3]);
  });
});

describe('items', () => {
  const layout = layoutLanes(ACTORS, EMPTY_PREFS);
  const actors = new Map(ACTORS.map((a) => [a.id, a]));

  it('draw an event in each participant lane with one primary, and a statement in its speaker lane', () => {
    const st: TimedStatement = { id: 'st1', speakerId: 'bn', audienceIds: [], text: 'No deal', direct: true, hedged: false, date: day('2025-01-02'),
      outletIds: ['tv'], eventId: null, tags: [], ...rangeOf(day('2025-01-02')) };
    const index = buildItems([ev('e1', '2025-01-01', '2025-01-03', ['bn', 'us'])], [st], actors, layout, 'UTC');
    const drawings = [...index.values()].flatMap((l) => l.items).filter((i) => i.id === 'e1');
    expect(drawings.map((i) => [i.laneId, i.primary])).toEqual([['bn', true], ['us', false]]);
    expect(drawings[0].twins).toHaveLength(2);
    const statement = index.get('bn')!.items.find((i) => i.id === 'st1')!;
    expect(statement.ariaLabel().startsWith('Netanyahu: No deal')).toBe(true);
    expect(statement.outlets).toBe('Channel 12');
  });

  it('pack overlapping entries into rows, count the overflow, and find the visible ones', () => {
    const events = Array.from({ length: 6 }, (_, i) => ev(`e${i}`, '2025-01-01', '2025-01-05', ['us']));
    events.push(ev('late', '2025-03-01', null, ['us']));
    const lane = buildItems(events, [], actors, layout, 'UTC').get('us')!;
    packLane(lane, 86_400_000 / 20);
    expect(lane.items.map((i) => i.row)).toEqual([0, 1, 2, -1, -1, -1, 0]);
    expect(overflowClusters('us', lane.items, 86_400_000 / 20)).toEqual([expect.objectContaining({ count: 3 })]);
    const visible = itemsInRange(lane, Date.UTC(2025, 1, 28), Date.UTC(2025, 2, 2));
    expect(visible.map((i) => i.id)).toEqual(['late']);
    // A long entry that started before the window is still found.
    expect(itemsInRange(lane, Date.UTC(2025, 0, 4), Date.UTC(2025, 0, 4, 1))).toHaveLength(6);
  });
});
