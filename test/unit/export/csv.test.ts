import { describe, expect, it } from 'vitest';
import { exportCsv, CSV_COLUMNS } from '../../../src-main/export/csv';
import { parseCsv, toCsv } from '../../../src-main/export/csv-text';
import { fillRichProject } from '../../fixtures/export-projects';
import { createProject } from '../helpers';

describe('CSV export', () => {
  it('writes one row per event and statement under the documented columns', () => {
    const store = createProject();
    fillRichProject(store);
    const { text, rows } = exportCsv(store);
    const table = parseCsv(text);
    expect(table[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toBe(5);
    expect(table).toHaveLength(6);
    const col = (name: string) => CSV_COLUMNS.indexOf(name as (typeof CSV_COLUMNS)[number]);
    const geneva = table.find((r) => r[col('title')] === 'Geneva round')!;
    expect(geneva[col('kind')]).toBe('event');
    expect(geneva[col('start')]).toBe('2026-03-02');
    expect(geneva[col('start_zone')]).toBe('Europe/Zurich');
    expect(geneva[col('participants')]).toBe('Varossa; Kestrel Front; United Nations (mediator)');
    expect(geneva[col('sources')]).toBe('Meridian Wire: Talks resume in Geneva');
    expect(geneva[col('text')]).toBe('Ceasefire, "prisoners", and the border, with commas');
    const quote = table.find((r) => r[col('text')] === 'We are close')!;
    expect(quote.slice(col('speaker'), col('speaker') + 1)).toEqual(['United Nations']);
    expect(quote[col('direct')]).toBe('yes');
    expect(quote[col('event_id')]).toBe(geneva[col('id')]);
    // Rows follow time; the undated statement comes last.
    expect(table[table.length - 1][col('text')]).toBe('-1 is not an offer');
  });

  it('quotes by RFC 4180: commas, quotes and line breaks inside cells, CRLF between rows', () => {
    const text = toCsv([['a', 'b,c', 'say "hi"', 'two\nlines']]);
    expect(text).toBe('a,"b,c","say ""hi""","two\nlines"\r\n');
    expect(parseCsv(text)).toEqual([['a', 'b,c', 'say "hi"', 'two\nlines']]);
  });

  it('adds a byte order mark only when asked, and reading ignores it', () => {
    const store = createProject();
    fillRichProject(store);
    expect(exportCsv(store).text.charCodeAt(0)).toBe('k'.charCodeAt(0));
    const withBom = exportCsv(store, {}, { bom: true }).text;
    expect(withBom.charCodeAt(0)).toBe(0xfeff);
    expect(parseCsv(withBom)[0][0]).toBe('kind');
  });

  it('defuses cells a spreadsheet would run as formulas, and reading restores them', () => {
    const written = toCsv([['=SUM(A1)', '+1', '-1 is not an offer', '@cmd', 'safe', '\tx']]);
    expect(written).toBe("'=SUM(A1),'+1,'-1 is not an offer,'@cmd,safe,'\tx\r\n");
    expect(parseCsv(written)).toEqual([['=SUM(A1)', '+1', '-1 is not an offer', '@cmd', 'safe', '\tx']]);
    const store = createProject();
    fillRichProject(store);
    const text = exportCsv(store).text;
    expect(text).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(text).not.toMatch(/(^|,)=HYPERLINK/m);
  });

  it('reads semicolon-separated files and names the line of an unclosed quote', () => {
    expect(parseCsv('title;start\r\nA;2026-01-01\r\n')).toEqual([['title', 'start'], ['A', '2026-01-01']]);
    expect(() => parseCsv('a,b\n1,"open\n2,3\n')).toThrow(/quote opened on line 2/);
  });
});
