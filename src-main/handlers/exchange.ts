import fs from 'node:fs';
import path from 'node:path';
import { isoInZone } from '../../shared/dates';
import { DATA_EXTENSIONS, exportData } from '../export/data';
import { writeExportFile } from '../export/write-file';
import { importCsv, previewCsv } from '../data-import/csv';
import { importProjectJson } from '../data-import/json';
import type { Session } from './session';
import type { DomainHandlers } from './types';

/** Where an export goes when the caller names no path (the browser shell): the data folder's Exports, never overwriting. */
function defaultExportPath(s: Session, extension: string): string {
  const title = s.store.settings().title.replace(/[^\p{L}\p{N} _-]+/gu, ' ').replace(/\s+/g, ' ').trim().slice(0, 80) || 'Parley export';
  const stamp = isoInZone(Date.now(), 'UTC').slice(0, 16).replace(/[:T]/g, (c) => (c === 'T' ? ' ' : ''));
  return path.join(s.options.dataDir, 'Exports', `${title} ${stamp}${extension}`);
}

export const exchangeHandlers: DomainHandlers<'export.pdf' | 'export.data' | 'import.csvPreview' | 'import.data'> = {
  'export.pdf': async ({ options, outPath, returnData }, s) => {
    // playwright-core loads with the first PDF, not at start-up.
    const { exportPdf } = await import('../export/pdf');
    const result = await exportPdf({ session: s }, options, outPath ?? defaultExportPath(s, '.pdf'));
    return returnData ? { ...result, data: fs.readFileSync(result.path).toString('base64') } : result;
  },
  'export.data': ({ format, filter, bom, outPath, returnData }, s) => {
    const { text, rows } = exportData(s.store, format, { filter, bom });
    const target = outPath ?? defaultExportPath(s, DATA_EXTENSIONS[format]);
    return { ...writeExportFile(target, text), rows, ...(returnData ? { data: text } : {}) };
  },
  'import.csvPreview': ({ text }) => previewCsv(text),
  'import.data': (input, s) => (input.format === 'json' ? importProjectJson(s.store, input.text) : importCsv(s.store, input.text, input.mapping)),
};
