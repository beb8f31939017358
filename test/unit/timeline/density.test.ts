import { afterEach, describe, expect, it } from 'vitest';
import { entryDensity } from '../../../src-main/store/density';
import type { ProjectStore } from '../../../src-main/store/project-store';
import { actor, createProject, day, event } from '../helpers';

let store: ProjectStore;
afterEach(() => store?.close());

describe('timeline density', () => {
  it('counts entries per actor per absolute time bucket, honouring the filter', () => {
    store = createProject();
    const a = actor(store, 'Alpha'), b = actor(store, 'Beta');
    event(store, 'One', day('2025-01-01'), [a.id, b.id]);
    event(store, 'Two', day('2025-01-01'), [a.id]);
    event(store, 'Three', day('2025-01-09'), []);
    store.createStatement({ speakerId: b.id, audienceIds: [], text: 'Hello', direct: false, hedged: false, date: day('2025-01-01'), outletIds: [], eventId: null, tags: [] });
    const week = 7 * 86_400_000;
    const d = entryDensity(store.db, Date.UTC(2024, 11, 30), Date.UTC(2025, 1, 1), week);
    expect(d.origin % week).toBe(0);
    // Events and statements come as separate cells; the renderer adds them up per lane.
    const cell = (actorId: string | null, ms: number) => d.cells
      .filter(([x, bucket]) => x === actorId && bucket === Math.floor((ms - d.origin) / week)).reduce((n, [, , count]) => n + count, 0);
    expect(cell(a.id, Date.UTC(2025, 0, 1))).toBe(2);
    expect(cell(b.id, Date.UTC(2025, 0, 1))).toBe(2);
    expect(cell(null, Date.UTC(2025, 0, 9))).toBe(1);
    expect(d.total).toBe(4);
    const onlyAlpha = entryDensity(store.db, Date.UTC(2024, 11, 30), Date.UTC(2025, 1, 1), week, { actorIds: [a.id], types: ['talks'] });
    expect(onlyAlpha.total).toBe(2);
  });
});
