import { describe, expect, it } from 'vitest';
import { parseUncertain } from '../../../shared/dates';
import { printOptionsFromQuery, printQuery } from '../../../shared/print-options';
import { contentBox, layoutSheets, SHEET, timeWindows, type LayoutEntry } from '../../../src-renderer/print/layout';

const DAY = 86_400_000;
const entries = (n: number, lanes: string[]): LayoutEntry[] => Array.from({ length: n }, (_, i) => ({
  no: i + 1, id: `ev_${i}`, startMs: Date.UTC(2026, 0, 1) + i * DAY, endMs: Date.UTC(2026, 0, 1) + (i + 1) * DAY, hasEnd: false,
  laneKeys: [lanes[i % lanes.length]], label: `Meeting number ${i + 1} about the border`,
}));

describe('the print layout', () => {
  it('cuts time into contiguous windows of about the requested density', () => {
    const starts = Array.from({ length: 100 }, (_, i) => i * DAY);
    const windows = timeWindows(starts, 100 * DAY, 30);
    expect(windows).toHaveLength(4);
    windows.slice(1).forEach((w, i) => expect(w.fromMs).toBe(windows[i].toMs));
    for (const s of starts) expect(windows.filter((w) => s >= w.fromMs && s < w.toMs)).toHaveLength(1);
    // Entries at one instant are never split across pages.
    expect(timeWindows(Array(50).fill(0), 0, 10)).toHaveLength(1);
  });

  it('places every entry once with its label, keeps labels in a row apart, and fits each sheet on its page', () => {
    const box = contentBox('a4', 'portrait');
    const lanes = Array.from({ length: 60 }, (_, i) => ({ key: `ac_${i}`, name: `Actor ${i}`, depth: i % 2 }));
    const sheets = layoutSheets({ entries: entries(200, lanes.map((l) => l.key)), lanes, box, labelColumn: 130, perWindow: 50 });
    // Four windows of time; their 50 lanes each do not fit one page, so each continues on a second.
    expect(new Set(sheets.map((s) => s.window.fromMs)).size).toBe(4);
    expect(sheets).toHaveLength(8);
    expect(sheets.filter((s) => s.first)).toHaveLength(1);
    const labelled = sheets.flatMap((s) => s.lanes.flatMap((l) => l.items.filter((i) => i.label)));
    expect(labelled.map((i) => i.no).sort((a, b) => a - b)).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
    for (const sheet of sheets) {
      const room = box.height - SHEET.runningHead - SHEET.axis - SHEET.legend - (sheet.first ? SHEET.header : 0);
      expect(sheet.height).toBeLessThanOrEqual(room);
      for (const lane of sheet.lanes) {
        for (let row = 0; row < lane.rows; row++) {
          const spans = lane.items.filter((i) => i.row === row).map((i) => [Math.min(i.x1, i.labelX), Math.max(i.x2, i.labelX + i.labelWidth)]).sort((a, b) => a[0] - b[0]);
          spans.slice(1).forEach((s, k) => expect(s[0]).toBeGreaterThanOrEqual(spans[k][1]));
        }
      }
    }
  });

  it('carries its options in the print URL and back', () => {
    const options = { page: 'letter' as const, orientation: 'portrait' as const, filter: { actorIds: ['ac_1', 'ac_2'], types: ['talks' as const], fromMs: 5, toMs: 10, text: 'Doha & more' } };
    expect(printOptionsFromQuery(`token=x&${printQuery(options)}`)).toEqual(options);
    expect(printOptionsFromQuery('')).toEqual({ page: 'a4', orientation: 'landscape', filter: {} });
    expect(() => printOptionsFromQuery('page=a3')).toThrow();
  });
});

describe('reading dates from files and the command line', () => {
  it('reads ISO forms and Parley\'s own display forms with their precision', () => {
    expect(parseUncertain('2026-05-08', 'UTC')).toEqual({ value: '2026-05-08', precision: 'day', approximate: false, zone: 'UTC' });
    expect(parseUncertain('2026-5-8 9:05', 'Asia/Qatar')).toMatchObject({ value: '2026-05-08T09:05', precision: 'minute', zone: 'Asia/Qatar' });
    expect(parseUncertain('c. May 2026', 'UTC')).toMatchObject({ value: '2026-05', precision: 'month', approximate: true });
    expect(parseUncertain('8 May 2026, 18:30', 'UTC')).toMatchObject({ value: '2026-05-08T18:30', precision: 'minute' });
    expect(parseUncertain('2026', 'UTC', 'year')).toMatchObject({ value: '2026', precision: 'year' });
    for (const bad of ['2026-02-30', 'next Tuesday', '', '2026-13']) expect(parseUncertain(bad, 'UTC')).toBeNull();
  });
});
