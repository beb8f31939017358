import fs from 'node:fs';
import path from 'node:path';
import { exportProjectJson } from '../export/json';
import { parse, UsageError, type Command } from './args';
import { openProjectArg } from './project-arg';

export const EXPORT_FORMATS = ['json'] as const;

export const exportCommand: Command = {
  name: 'export',
  summary: 'Write the project to a file (json)',
  usage: `parley export --project FILE --format json --out PATH

Writes the whole project. json: {actors, events, statements, sources, citations, settings} with ids,
names, and dates as ISO strings; lossless, so importing it gives the same project back.

  --project FILE   the .parley file (created when missing)
  --format F       ${EXPORT_FORMATS.join(' | ')}
  --out PATH       where to write (- for stdout)`,
  async run(argv) {
    const { values } = parse(argv, { project: { type: 'string' }, format: { type: 'string' }, out: { type: 'string' } });
    if (!values.format || !(EXPORT_FORMATS as readonly string[]).includes(values.format)) {
      throw new UsageError(`--format must be one of: ${EXPORT_FORMATS.join(', ')}`);
    }
    if (!values.out) throw new UsageError('--out PATH is required');
    const store = openProjectArg(values.project);
    try {
      const text = JSON.stringify(exportProjectJson(store), null, 2) + '\n';
      if (values.out === '-') process.stdout.write(text);
      else {
        fs.mkdirSync(path.dirname(path.resolve(values.out)), { recursive: true });
        fs.writeFileSync(values.out, text);
        process.stderr.write(`Wrote ${path.resolve(values.out)}\n`);
      }
    } finally {
      store.close();
    }
  },
};
