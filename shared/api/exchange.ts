// Export (PDF, Parley JSON, CSV, TimelineJS) and import (Parley JSON, CSV with a column mapping).
import { z } from 'zod';
import { PrintOptions } from '../print-options';
import { EntryFilter } from './entities';
import { method } from './define';
import { CSV_FIELDS } from '../vocabulary';

export const DATA_FORMATS = ['json', 'csv', 'timelinejs'] as const;
export type DataFormat = (typeof DATA_FORMATS)[number];

export { CSV_FIELDS } from '../vocabulary';
export type CsvField = (typeof CSV_FIELDS)[number];
/** Field → index of the CSV column that holds it. */
export const CsvMapping = z.partialRecord(z.enum(CSV_FIELDS), z.number().int().min(0).max(10_000));
export type CsvMapping = z.infer<typeof CsvMapping>;

const OutPath = z.string().trim().min(1).max(4096);
/** Files up to 64 MB come in as text (the browser shell's request limit). */
const FileText = z.string().max(60_000_000);

export const ExportResult = z.object({
  path: z.string(),
  bytes: z.number(),
  /** Base64 (PDF) or text (data) of the file, when asked for: the browser shell offers it as a download. */
  data: z.string().optional(),
});

export const ImportCounts = z.object({
  actors: z.number(), events: z.number(), statements: z.number(), sources: z.number(), citations: z.number(),
});
export type ImportCounts = z.infer<typeof ImportCounts>;

export const CsvPreview = z.object({
  columns: z.array(z.string()),
  rows: z.array(z.array(z.string())),
  total: z.number(),
  /** The mapping guessed from the column names; the user corrects it before importing. */
  mapping: CsvMapping,
});
export type CsvPreview = z.infer<typeof CsvPreview>;

export const exchangeApi = {
  'export.pdf': method(
    z.object({ options: PrintOptions, outPath: OutPath.optional(), returnData: z.boolean().default(false) }),
    ExportResult.extend({ pages: z.number(), ms: z.number() }),
    'Print the timeline and its table of entries and sources to a PDF (to outPath, or the Exports folder).'),
  'export.data': method(
    z.object({
      format: z.enum(DATA_FORMATS), filter: EntryFilter.default({}), bom: z.boolean().default(false),
      outPath: OutPath.optional(), returnData: z.boolean().default(false),
    }),
    ExportResult.extend({ rows: z.number() }),
    'Write the project as Parley JSON (whole, lossless), CSV or TimelineJS JSON (both following the filter).'),
  'import.csvPreview': method(z.object({ text: FileText }), CsvPreview, 'The columns and first rows of a CSV file, with a guessed mapping.'),
  'import.data': method(
    z.discriminatedUnion('format', [
      z.object({ format: z.literal('json'), text: FileText }),
      z.object({ format: z.literal('csv'), text: FileText, mapping: CsvMapping }),
    ]),
    ImportCounts, 'Add a Parley JSON or a mapped CSV file to the open project, as one undo step.'),
};
