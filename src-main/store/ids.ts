import { randomUUID } from 'node:crypto';

/** A short unique id with a prefix naming its kind (ev_, st_, ac_, so_, ci_), readable in exports. */
export function newId(prefix: string): string {
  return `${prefix}_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
}
