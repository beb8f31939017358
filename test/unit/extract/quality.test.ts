// Scores extraction on the shared seed article and on every gold article in the repo, together,
// with the project's scorer, and holds the result to the floors.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src-main/extract';
import { extractResultSchema } from '../../../shared/extraction';

const repo = resolve(__dirname, '../../..');
const shared = resolve(repo, '../shared');
const fixtures = join(repo, 'test/fixtures/articles');

function cases(): { text: string; gold: string }[] {
  const own = readdirSync(fixtures)
    .filter((f) => f.endsWith('.gold.json'))
    .map((f) => ({ text: join(fixtures, f.replace(/\.gold\.json$/, '.txt')), gold: join(fixtures, f) }));
  return [{ text: join(shared, 'fixtures/seed-article.txt'), gold: join(shared, 'fixtures/seed-article.gold.json') }, ...own];
}

const FLOORS: Record<string, number> = {
  actor_recall: 0.9,
  actor_precision: 0.8,
  event_recall: 0.85,
  event_precision: 0.8,
  event_date: 0.9,
  event_participants: 0.8,
  statement_recall: 0.85,
  statement_precision: 0.8,
  statement_speaker: 0.9,
  statement_reported_by: 0.8,
};

describe('extraction quality on the gold articles', () => {
  it('has at least twelve gold articles of its own', () => {
    expect(cases().length - 1).toBeGreaterThanOrEqual(12);
  });

  it('meets the floors on the seed and the repo set together (micro-averaged)', () => {
    expect(existsSync(join(shared, 'eval/score.py'))).toBe(true);
    const out = mkdtempSync(join(tmpdir(), 'parley-extract-'));
    const args = [join(shared, 'eval/score.py'), '--json'];
    for (const [i, c] of cases().entries()) {
      const gold = JSON.parse(readFileSync(c.gold, 'utf8'));
      const result = extractArticle(readFileSync(c.text, 'utf8'), { published: gold.published, timezone: gold.timezone });
      extractResultSchema.parse(result);
      const pred = join(out, `${i}.pred.json`);
      writeFileSync(pred, JSON.stringify(result));
      args.push('--text', c.text, '--gold', c.gold, '--pred', pred);
    }
    const report = JSON.parse(execFileSync('python3', args, { encoding: 'utf8' }));
    console.log(JSON.stringify(report, null, 2));
    for (const [metric, floor] of Object.entries(FLOORS)) {
      expect({ metric, score: report.scores[metric] }).toEqual({ metric, score: expect.any(Number) });
      expect(report.scores[metric], metric).toBeGreaterThanOrEqual(floor);
    }
  });
});
