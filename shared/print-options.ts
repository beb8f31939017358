// What a PDF print shows (a filter, a date range, a paper size and orientation) and how it travels in
// the print route's URL, so the app, the CLI and the print page read the same options the same way.
import { z } from 'zod';
import { EntryFilter } from './api/entities';

export const PAGE_SIZES = ['a4', 'letter'] as const;
export const ORIENTATIONS = ['portrait', 'landscape'] as const;

export const PrintOptions = z.object({
  /** Narrows what is printed; fromMs/toMs are the date range. Empty prints the whole project. */
  filter: EntryFilter.default({}),
  page: z.enum(PAGE_SIZES).default('a4'),
  orientation: z.enum(ORIENTATIONS).default('landscape'),
});
export type PrintOptions = z.infer<typeof PrintOptions>;

const LISTS = { actor: 'actorIds', type: 'types', outlet: 'outletIds', tag: 'tags' } as const;

/** The print route's query string (without the token, which the shell adds). */
export function printQuery(options: PrintOptions): string {
  const q = new URLSearchParams({ page: options.page, orientation: options.orientation });
  const f = options.filter;
  if (f.fromMs !== undefined) q.set('from', String(f.fromMs));
  if (f.toMs !== undefined) q.set('to', String(f.toMs));
  if (f.text) q.set('q', f.text);
  for (const [param, key] of Object.entries(LISTS)) for (const v of f[key] ?? []) q.append(param, v);
  return q.toString();
}

/** Reads the options back from the print route's URL; throws a zod error naming what is wrong. */
export function printOptionsFromQuery(search: string): PrintOptions {
  const q = new URLSearchParams(search);
  const filter: Record<string, unknown> = {};
  if (q.has('from')) filter.fromMs = Number(q.get('from'));
  if (q.has('to')) filter.toMs = Number(q.get('to'));
  if (q.get('q')) filter.text = q.get('q');
  for (const [param, key] of Object.entries(LISTS)) if (q.has(param)) filter[key] = q.getAll(param);
  return PrintOptions.parse({ filter, page: q.get('page') ?? undefined, orientation: q.get('orientation') ?? undefined });
}
