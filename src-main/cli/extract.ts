import fs from 'node:fs';
import path from 'node:path';
import { readArticle } from '../import/article-input';
import { parse, UsageError, type Command } from './args';

export const extractCommand: Command = {
  name: 'extract',
  summary: 'Print the actors, events and statements found in an article, as JSON',
  usage: `parley extract [--published YYYY-MM-DD[THH:MM]] [--timezone ZONE] FILE|-

Reads one article (.txt, .html or .pdf; - reads text or HTML from stdin) and prints on stdout
  {actors:[{id,name,kind,aliases,mentions:[[start,end]],affiliation?}],
   events:[{id,type,title,start,end,precision,approximate,participants,location,reportedBy,evidence,confidence}],
   statements:[{id,speaker,audience,text,direct,hedged,date,reportedBy,evidence,confidence}]}
Offsets index the article's text (JavaScript string indices); dates are ISO 8601 (a date, or a
date-time with its offset) or null. The schema is shared/extraction.ts. Writes no project.

  --published D   when the page does not say: the publication date (and time) that relative dates
                  ("on Sunday", "next week") resolve against; default now
  --timezone Z    when the page does not say: the IANA zone the article's dates are in; default UTC`,
  async run(argv) {
    const { values, positionals } = parse(argv, { published: { type: 'string' }, timezone: { type: 'string' } }, true);
    if (positionals.length !== 1) throw new UsageError('name exactly one FILE (or - for stdin)');
    const [file] = positionals;
    let bytes: Uint8Array;
    try {
      bytes = fs.readFileSync(file === '-' ? 0 : file);
    } catch (e) {
      throw new Error(`cannot read ${file}: ${(e as Error).message}`);
    }
    const article = await readArticle({ bytes, name: file === '-' ? 'stdin' : path.basename(file), ...values }, 'UTC');
    const { extractArticle } = await import('../extract'); // the NLP model loads only for this command
    const result = extractArticle(article.text, { published: article.published, timezone: article.zone });
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  },
};
