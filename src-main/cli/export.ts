import path from 'node:path';
import type { EntryFilter } from '../../shared/api/entities';
import { DATA_FORMATS, type DataFormat } from '../../shared/api/exchange';
import { parseUncertain, rangeOf } from '../../shared/dates';
import { PrintOptions } from '../../shared/print-options';
import { exportData } from '../export/data';
import { writeExportFile } from '../export/write-file';
import type { ProjectStore } from '../store/project-store';
import { parse, UsageError, type Command } from './args';
import { openProjectArg } from './project-arg';

export const EXPORT_FORMATS = ['pdf', ...DATA_FORMATS] as const;

/** --from, --to and --actor as a filter: dates in the project's zone (--to includes its whole day, month…), actors by name or alias. */
function filterFrom(store: ProjectStore, values: { from?: string; to?: string; actor?: string[] }): EntryFilter {
  const zone = store.settings().displayZone;
  const date = (flag: string, text: string) => {
    const d = parseUncertain(text, zone);
    if (!d) throw new UsageError(`--${flag} must be a date like 2025-05-08 or 2025-05, not "${text}"`);
    return rangeOf(d);
  };
  const filter: EntryFilter = {};
  if (values.from) filter.fromMs = date('from', values.from).startMs;
  if (values.to) filter.toMs = date('to', values.to).endMs;
  if (filter.fromMs !== undefined && filter.toMs !== undefined && filter.toMs <= filter.fromMs) throw new UsageError('--to must come after --from');
  if (values.actor?.length) {
    const actors = store.listActors();
    filter.actorIds = values.actor.map((name) => {
      const key = name.trim().toLowerCase();
      const found = actors.find((a) => [a.name, ...a.aliases].some((n) => n.toLowerCase() === key));
      if (!found) throw new UsageError(`--actor "${name}" names no actor in this project`);
      return found.id;
    });
  }
  return filter;
}

export const exportCommand: Command = {
  name: 'export',
  summary: 'Write the project to a file (pdf, json, csv, timelinejs)',
  usage: `parley export --project FILE --format pdf|json|csv|timelinejs --out PATH [--from DATE] [--to DATE] [--actor NAME]…
              [--page a4|letter] [--landscape|--portrait] [--bom]

  pdf         the print layout: header, the timeline over as many pages as it needs, a table of
              events and statements with numbered citations, and the sources (needs Chromium)
  json        the whole project, lossless (import-data reads it back with the same ids); ignores filters
  csv         one row per event or statement, UTF-8 (--bom for Excel)
  timelinejs  TimelineJS3 JSON, for publishing with Knight Lab's TimelineJS

  --project FILE   the .parley file (created when missing)
  --out PATH       where to write (- for stdout; not for pdf)
  --from DATE      only entries that reach this date or later (2025-05-08, 2025-05, 2025)
  --to DATE        only entries that begin by the end of this date
  --actor NAME     only entries of this actor (name or alias); repeat for more
  --page P         a4 (default) or letter (pdf)
  --landscape      landscape pages (default) (pdf); --portrait for portrait
  --bom            start the CSV with a byte order mark (csv)`,
  async run(argv) {
    const { values } = parse(argv, {
      project: { type: 'string' }, format: { type: 'string' }, out: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' },
      actor: { type: 'string', multiple: true }, page: { type: 'string' }, landscape: { type: 'boolean' }, portrait: { type: 'boolean' },
      bom: { type: 'boolean' },
    });
    const format = values.format as (typeof EXPORT_FORMATS)[number] | undefined;
    if (!format || !EXPORT_FORMATS.includes(format)) throw new UsageError(`--format must be one of: ${EXPORT_FORMATS.join(', ')}`);
    if (!values.out) throw new UsageError('--out PATH is required');
    if (values.landscape && values.portrait) throw new UsageError('--landscape and --portrait cannot both be given');
    if (values.page && values.page !== 'a4' && values.page !== 'letter') throw new UsageError('--page must be a4 or letter');
    if (format === 'pdf' && values.out === '-') throw new UsageError('a PDF needs a file: give --out a path');
    const store = openProjectArg(values.project);
    let filter: EntryFilter;
    try {
      filter = filterFrom(store, values);
      if (format !== 'pdf') {
        const { text, rows } = exportData(store, format as DataFormat, { filter, bom: values.bom });
        if (values.out === '-') process.stdout.write(text);
        else process.stderr.write(`Wrote ${rows} entries to ${writeExportFile(values.out, text).path}\n`);
        return;
      }
    } finally {
      store.close();
    }
    const options = PrintOptions.parse({ filter, page: values.page, orientation: values.portrait ? 'portrait' : 'landscape' });
    const { exportPdf } = await import('../export/pdf'); // playwright-core loads only for PDFs
    const result = await exportPdf({ file: store.file }, options, path.resolve(values.out));
    process.stderr.write(`Wrote ${result.pages} pages (${Math.round(result.bytes / 1024)} KB) to ${result.path} in ${(result.ms / 1000).toFixed(1)} s\n`);
  },
};
