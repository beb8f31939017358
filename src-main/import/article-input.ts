// The article an import starts from: pasted text or a file read by the extraction's loader, with its
// publication instant and zone taken from the page where it states them, else from the user, else now.
import { isoInZone, isValidZone, parseUncertain, rangeOf, zoneOffsetMinutes } from '../../shared/dates';
import type { ImportArticle, ProposeInput } from '../../shared/api/import';
import { ExtractInputError, loadArticle, type LoadedArticle } from '../extract/inputs';
import { ParleyError } from '../store/errors';

const PASTED = 'The pasted text';
const HAS_OFFSET = /(?:Z|[+-]\d{2}:?\d{2})$/i;
const TITLE_MAX = 120;

/** An article to read: a file's bytes and name (its extension picks the reader), with publication hints. */
export interface ArticleBytes {
  bytes: Uint8Array;
  name: string;
  published?: string;
  timezone?: string;
}

/** Pasted text goes through the same loader as a .txt file, so it meets the same checks (empty, binary, size). */
export function articleBytes(input: ProposeInput): ArticleBytes {
  const [bytes, name] = input.file ? [Buffer.from(input.file.base64, 'base64'), input.file.name] : [Buffer.from(input.text ?? '', 'utf8'), PASTED];
  return { bytes, name, published: input.published, timezone: input.timezone };
}

export async function readArticle(input: ArticleBytes, displayZone: string): Promise<ImportArticle> {
  const loaded = await load(input);
  if (input.timezone !== undefined && !isValidZone(input.timezone)) {
    throw new ParleyError('invalid_input', `Unknown time zone: ${input.timezone} (use an IANA name such as Asia/Jerusalem).`);
  }
  const { published, zone } = publication(loaded, input, displayZone);
  return {
    text: loaded.text,
    title: (loaded.title ?? firstLine(loaded.text) ?? input.name).slice(0, 1000),
    author: (loaded.byline ?? '').slice(0, 500),
    published,
    zone,
    outletName: (loaded.outlet ?? '').slice(0, 500),
  };
}

async function load({ bytes, name }: ArticleBytes): Promise<LoadedArticle> {
  try {
    return await loadArticle(bytes, name);
  } catch (e) {
    if (e instanceof ExtractInputError) throw new ParleyError('invalid_input', e.message);
    throw e;
  }
}

/** A title for text that has none: its first line, cut at a word if long. */
function firstLine(text: string): string | undefined {
  const line = text.trim().split('\n')[0]?.trim();
  if (!line || line.length <= TITLE_MAX) return line || undefined;
  const cut = line.lastIndexOf(' ', TITLE_MAX - 1);
  return `${line.slice(0, cut > 0 ? cut : TITLE_MAX - 1)}…`;
}

/** Where the page gives an offset but no zone, a zone that disagrees with it gives way to the page's fixed offset. */
function publication(loaded: LoadedArticle, input: ArticleBytes, displayZone: string): { published: string; zone: string } {
  const pageZone = loaded.timezone && isValidZone(loaded.timezone) ? loaded.timezone : undefined;
  let zone = pageZone ?? input.timezone ?? displayZone;
  const stated = loaded.published ?? input.published;
  if (!stated) return { published: isoInZone(Date.now(), zone), zone };
  const ms = instantOf(stated, zone, loaded.published ? 'the page' : '--published');
  if (!pageZone && HAS_OFFSET.test(stated)) zone = zoneForOffset(stated, ms, zone);
  return { published: isoInZone(ms, zone), zone };
}

function instantOf(stated: string, zone: string, from: string): number {
  if (HAS_OFFSET.test(stated)) {
    const ms = Date.parse(stated);
    if (Number.isNaN(ms)) throw new ParleyError('invalid_input', `The publication date from ${from} is not a date: ${stated}`);
    return ms;
  }
  const local = parseUncertain(stated, zone);
  if (!local || !/^\d{4}-\d{2}-\d{2}/.test(local.value)) {
    throw new ParleyError('invalid_input', `The publication date from ${from} must look like YYYY-MM-DD or YYYY-MM-DDTHH:MM, not "${stated}".`);
  }
  // A date without a time is read as local noon, as the extraction reads it.
  const value = local.value.length === 10 ? `${local.value}T12:00` : local.value;
  return rangeOf({ value, precision: 'minute', approximate: false, zone }).startMs;
}

function zoneForOffset(stated: string, ms: number, zone: string): string {
  const m = /([+-])(\d{2}):?(\d{2})$/.exec(stated);
  const offset = m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
  if (zoneOffsetMinutes(zone, ms) === offset) return zone;
  if (offset === 0) return 'UTC';
  // IANA's fixed-offset zones are whole hours with the sign inverted (Etc/GMT-3 is UTC+3).
  return offset % 60 === 0 ? `Etc/GMT${offset > 0 ? '-' : '+'}${Math.abs(offset / 60)}` : zone;
}
