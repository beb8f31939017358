import fs from 'node:fs';
import path from 'node:path';
import { acceptImport } from '../import/accept';
import type { ProjectStore } from '../store/project-store';
import { parse, UsageError, type Command } from './args';
import { openProjectArg } from './project-arg';

const plural = (n: number, word: string, words = `${word}s`) => `${n} ${n === 1 ? word : words}`;

/** One article: stored as a source, and with `acceptAll` every proposed entry too. Returns the progress line. */
async function importOne(store: ProjectStore, file: string, options: { published?: string; timezone?: string; acceptAll: boolean }): Promise<string> {
  let bytes: Uint8Array;
  try {
    bytes = fs.readFileSync(file);
  } catch (e) {
    throw new Error(`cannot read ${file}: ${(e as Error).message}`);
  }
  const { proposeImport } = await import('../import/propose'); // the NLP model loads only for this command
  const { article, proposals } = await proposeImport(store, { bytes, name: path.basename(file), published: options.published, timezone: options.timezone });
  const kept = options.acceptAll ? proposals : { actors: [], events: [], statements: [] };
  const { counts } = acceptImport(store, { article, ...kept });
  const found = `${plural(proposals.events.length, 'event')}, ${plural(proposals.statements.length, 'statement')}, ${plural(proposals.actors.length, 'actor')}`;
  if (!options.acceptAll) return `${found} proposed; stored the source only (--accept-all adds them)`;
  const merged = counts.merged ? `; ${counts.merged} added to existing entries` : '';
  const aliases = counts.aliases ? `; ${plural(counts.aliases, 'alias', 'aliases')} learned` : '';
  return `${found}${merged}${aliases}`;
}

export const importCommand: Command = {
  name: 'import',
  summary: 'Store articles as sources, and optionally every entry found in them',
  usage: `parley import --project FILE [--published YYYY-MM-DD[THH:MM]] [--timezone ZONE] [--accept-all] ARTICLE…

Stores each article (.txt, .html or .pdf) in the project as a source, with its outlet. With
--accept-all, also adds every actor, event and statement the importer proposes, each with a
citation of the words it came from; entries the project already has (same type, overlapping dates,
a shared participant) get the new citation instead of a twin. Each article is one undo step.
A file that cannot be read is reported and skipped; the others still import (exit code 1).

  --project FILE   the .parley file (created when missing)
  --published D    when a page does not say: its publication date (and time); default now
  --timezone Z     when a page does not say: its IANA zone; default the project's display zone
  --accept-all     add every proposed entry, not only the source`,
  async run(argv) {
    const { values, positionals } = parse(argv, {
      project: { type: 'string' }, published: { type: 'string' }, timezone: { type: 'string' }, 'accept-all': { type: 'boolean' },
    }, true);
    if (!positionals.length) throw new UsageError('name at least one ARTICLE file');
    const store = openProjectArg(values.project);
    let failed = 0;
    try {
      for (const [i, file] of positionals.entries()) {
        const step = `[${i + 1}/${positionals.length}]`;
        try {
          const line = await importOne(store, file, { published: values.published, timezone: values.timezone, acceptAll: !!values['accept-all'] });
          process.stderr.write(`${step} ${path.basename(file)}: ${line}\n`);
        } catch (e) {
          failed++;
          process.stderr.write(`${step} ${path.basename(file)}: not imported: ${(e as Error).message}\n`);
        }
      }
    } finally {
      store.close();
    }
    if (failed) throw new Error(`${failed} of ${positionals.length} articles could not be imported (see above); the others were.`);
  },
};
