// One entry point for the data exports, used by the API and the CLI alike.
import type { DataFormat } from '../../shared/api/exchange';
import type { EntryFilter } from '../../shared/api/entities';
import type { ProjectStore } from '../store/project-store';
import { exportCsv } from './csv';
import { exportProjectJson } from './json';
import { exportTimelineJs } from './timelinejs';

export const DATA_EXTENSIONS: Record<DataFormat, string> = { json: '.json', csv: '.csv', timelinejs: '.timeline.json' };

/** The file's text and how many entries (events and statements) it holds. JSON is always the whole project. */
export function exportData(store: ProjectStore, format: DataFormat, options: { filter?: EntryFilter; bom?: boolean } = {}): { text: string; rows: number } {
  if (format === 'csv') return exportCsv(store, options.filter, { bom: options.bom });
  if (format === 'timelinejs') {
    const doc = exportTimelineJs(store, options.filter);
    return { text: JSON.stringify(doc, null, 2) + '\n', rows: doc.events.length };
  }
  const doc = exportProjectJson(store);
  return { text: JSON.stringify(doc, null, 2) + '\n', rows: doc.events.length + doc.statements.length };
}
