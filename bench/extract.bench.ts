// Times extractArticle on a ~1,000-word article, warm: prints the median of many runs.
// Run: npx tsx bench/extract.bench.ts
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractArticle } from '../src-main/extract';

const fixtures = resolve(fileURLToPath(import.meta.url), '../../test/fixtures/articles');
const pieces = readdirSync(fixtures)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(fixtures, f), 'utf8'));

// Enough of the gold articles, end to end, to reach about 1,000 words.
let article = '';
for (const piece of pieces) {
  if (article.split(/\s+/).length >= 1000) break;
  article += `${piece}\n\n`;
}
const words = article.split(/\s+/).filter(Boolean).length;
const opts = { published: '2024-06-02', timezone: 'Europe/London' };

for (let i = 0; i < 20; i++) extractArticle(article, opts);
const times: number[] = [];
for (let i = 0; i < 100; i++) {
  const t0 = performance.now();
  extractArticle(article, opts);
  times.push(performance.now() - t0);
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];
console.log(`extractArticle: ${words} words, median ${median.toFixed(1)} ms, p90 ${times[Math.floor(times.length * 0.9)].toFixed(1)} ms (100 warm runs)`);
