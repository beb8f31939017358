import { randomBytes } from 'node:crypto';

let lastClock = '';
let nextSerial = 0;

/**
 * Unique ids with a prefix naming their kind (ev_, st_, ac_, so_, ci_), readable in exports: 11 hex digits of the
 * clock, then an 8-digit serial that starts at random and counts up within a millisecond. So ids sort by creation,
 * and each insert appends to the id index instead of landing on a random page of it (a 100k import is much faster).
 */
export function newIds(prefix: string, count: number): string[] {
  const clock = Date.now().toString(16).padStart(11, '0');
  if (clock !== lastClock) { lastClock = clock; nextSerial = randomBytes(4).readUInt32BE() & 0x7fffffff; }
  const first = nextSerial;
  nextSerial += count;
  if (count === 1) return [`${prefix}_${clock}${first.toString(16).padStart(8, '0')}`];
  // The serial's upper four hex digits change once in 65,536 ids and the lower four come from a table: formatting
  // 100k numbers one by one took an import 30-60 ms.
  const lower = lowerHex();
  const ids = new Array<string>(count);
  let upper = -1;
  let stem = '';
  for (let i = 0; i < count; i++) {
    const serial = first + i;
    if (Math.floor(serial / 65536) !== upper) {
      upper = Math.floor(serial / 65536);
      stem = `${prefix}_${clock}${upper.toString(16).padStart(4, '0')}`;
    }
    ids[i] = stem + lower[serial % 65536];
  }
  return ids;
}

let lowerHexTable: string[] | null = null;
const lowerHex = () => (lowerHexTable ??= Array.from({ length: 65536 }, (_, i) => i.toString(16).padStart(4, '0')));

export function newId(prefix: string): string {
  return newIds(prefix, 1)[0];
}
