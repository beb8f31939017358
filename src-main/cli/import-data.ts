import fs from 'node:fs';
import { CSV_FIELDS, type CsvField, type CsvMapping } from '../../shared/api/exchange';
import { guessMapping, importCsv, previewCsv } from '../data-import/csv';
import { importProjectJson } from '../data-import/json';
import { parse, UsageError, type Command } from './args';
import { openProjectArg } from './project-arg';

/** The guessed mapping with each --map FIELD=COLUMN (a header name or a 1-based number) laid over it. */
function mappingFor(columns: string[], maps: string[]): CsvMapping {
  const mapping = guessMapping(columns);
  for (const m of maps) {
    const [field, column] = m.split(/=(.*)/s);
    if (!(CSV_FIELDS as readonly string[]).includes(field)) throw new UsageError(`--map ${m}: the field must be one of ${CSV_FIELDS.join(', ')}`);
    const byName = columns.findIndex((c) => c.trim().toLowerCase() === (column ?? '').trim().toLowerCase());
    const index = byName >= 0 ? byName : /^\d+$/.test(column ?? '') ? Number(column) - 1 : -1;
    if (index < 0 || index >= columns.length) throw new UsageError(`--map ${m}: no column "${column}" (columns: ${columns.join(', ')})`);
    mapping[field as CsvField] = index;
  }
  return mapping;
}

export const importDataCommand: Command = {
  name: 'import-data',
  summary: 'Add a Parley JSON export or a CSV file to a project',
  usage: `parley import-data --project FILE [--format json|csv] [--map FIELD=COLUMN]… DATAFILE

Adds the file's entries to the project as one undo step. Nothing is written when any part is wrong.
  json   a Parley JSON export: every actor, event, statement, source and citation with its id
         (into a new project it gives back the same project)
  csv    one event or statement per row; columns are matched to fields by their names, and --map
         sets or corrects a match. Actors are found by name or alias, or added.

  --project FILE        the .parley file (created when missing)
  --format F            json or csv (default: from the file's extension)
  --map FIELD=COLUMN    map a CSV column (its header or its 1-based number) to a field:
                        ${CSV_FIELDS.join(', ')}`,
  async run(argv) {
    const { values, positionals } = parse(argv, { project: { type: 'string' }, format: { type: 'string' }, map: { type: 'string', multiple: true } }, true);
    if (positionals.length !== 1) throw new UsageError('name exactly one DATAFILE to import');
    const file = positionals[0];
    const format = values.format ?? (file.toLowerCase().endsWith('.csv') ? 'csv' : file.toLowerCase().endsWith('.json') ? 'json' : undefined);
    if (format !== 'json' && format !== 'csv') throw new UsageError('--format must be json or csv (it could not be told from the file name)');
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch (e) {
      throw new Error(`cannot read ${file}: ${(e as Error).message}`);
    }
    const store = openProjectArg(values.project);
    try {
      const counts = format === 'json' ? importProjectJson(store, text) : importCsv(store, text, mappingFor(previewCsv(text).columns, values.map ?? []));
      const said = Object.entries(counts).filter(([, n]) => n > 0).map(([k, n]) => `${n} ${k}`);
      process.stderr.write(`Imported ${said.join(', ') || 'nothing'} into ${store.file}\n`);
    } finally {
      store.close();
    }
  },
};
