// CSV as RFC 4180 writes and reads it, made safe for spreadsheets: cells that a spreadsheet would run
// as a formula (= + - @, tab, CR) are written with a leading apostrophe, which reading takes off again.
import { ParleyError } from '../store/errors';

const FORMULA_START = /^[=+\-@\t\r]/;
const BOM = '\uFEFF';

export function neutralizeFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

function quote(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

/** Rows to CSV text: CRLF line ends, every cell quoted only when it must be; `bom` for Excel's UTF-8 detection. */
export function toCsv(rows: string[][], options: { bom?: boolean } = {}): string {
  const body = rows.map((r) => r.map((c) => quote(neutralizeFormula(c))).join(',')).join('\r\n') + '\r\n';
  return (options.bom ? BOM : '') + body;
}

/** The delimiter of a file: a comma unless the header line has more semicolons or tabs (European Excel writes ;). */
function delimiterOf(text: string): string {
  const header = text.slice(0, text.search(/\r?\n|$/));
  const outside = header.replace(/"[^"]*"/g, '');
  const counts = [',', ';', '\t'].map((d) => [d, outside.split(d).length - 1] as const);
  return counts.reduce((best, c) => (c[1] > best[1] ? c : best))[0];
}

/** CSV text to rows; throws a ParleyError naming the line of an unclosed quote. */
export function parseCsv(text: string): string[][] {
  const src = text.startsWith(BOM) ? text.slice(1) : text;
  const delimiter = delimiterOf(src);
  const rows: string[][] = [];
  let row: string[] = [], cell = '', line = 1, i = 0;
  const endCell = () => { row.push(cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell); cell = ''; };
  while (i < src.length) {
    const ch = src[i];
    if (ch === '"' && cell === '') {
      const openedAt = line;
      i++;
      for (;;) {
        if (i >= src.length) throw new ParleyError('invalid_input', `The CSV has a quote opened on line ${openedAt} that never closes.`);
        if (src[i] === '"') {
          if (src[i + 1] === '"') { cell += '"'; i += 2; continue; }
          i++;
          break;
        }
        if (src[i] === '\n') line++;
        cell += src[i++];
      }
      continue;
    }
    if (ch === delimiter) { endCell(); i++; continue; }
    if (ch === '\r' || ch === '\n') {
      endCell();
      rows.push(row);
      row = [];
      i += ch === '\r' && src[i + 1] === '\n' ? 2 : 1;
      line++;
      continue;
    }
    cell += ch;
    i++;
  }
  if (cell !== '' || row.length) { endCell(); rows.push(row); }
  // Blank lines carry no row.
  return rows.filter((r) => r.length > 1 || r[0] !== '');
}
