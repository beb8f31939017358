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
  return Array.from({ length: count }, (_, i) => `${prefix}_${clock}${(first + i).toString(16).padStart(8, '0')}`);
}

export function newId(prefix: string): string {
  return newIds(prefix, 1)[0];
}
