// Scores extraction with the project's scorer: on the shared seed article and our gold articles together, held to
// the floors; and on held-out articles it was never tuned on, held to what they scored when written.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src-main/extract';
import { extractResultSchema } from '../../../shared/extraction';

const repo = resolve(__dirname, '../../..');

/**
 * The scorer and the seed article live in `../shared`, beside the repo (as CI has it). A clone made elsewhere from a
 * local checkout (`git clone . "$(mktemp -d)"`) finds it beside the checkout it was cloned from.
 */
function sharedDir(): string {
  const beside = resolve(repo, '../shared');
  if (existsSync(beside)) return beside;
  const origin = execFileSync('git', ['-C', repo, 'config', '--default', '', '--get', 'remote.origin.url'], { encoding: 'utf8' }).trim();
  const besideOrigin = origin && !/^[\w+.-]+:\/\/|^[^/]+@[^/]+:/.test(origin) ? resolve(repo, origin, '../shared') : '';
  return besideOrigin && existsSync(besideOrigin) ? besideOrigin : beside;
}
const shared = sharedDir();

/** Articles written by us, in styles the extractor was tuned on. */
const tuned = join(repo, 'test/fixtures/articles');
/** Articles written after the last round of tuning and never tuned on: how the extractor does on text it has not seen. */
const heldOut = join(repo, 'test/fixtures/heldout');
/**
 * Articles in styles new to the extractor, written in thirty-six batches (four of nine, three of six, twenty-nine of
 * twelve); each batch was scored unseen once (events recall .71, .76, .70, .66, .83, .70, .77, .68, .73, .76, .68, .81,
 * .68, .79, .81, .82, .77, .86, .75, .80, .79, .84, .68, .78, .78, .76, .79, .64, .76, .77, .76, .76, .79, .75, .78 and .79; statement
 * recall .81, .73, .64, .65, .76, .81, .78, .80, .75, .70, .81, .71, .76, .75, .81, .77, .86, .74, .76, .84, .85, .80, .78,
 * .70, .68, .80, .82, .79, .75, .82, .79, .80, .78, .77, .80 and .78; statement dates .55, .85, .81, .80, .81, .54, .94, .72, .93, .77,
 * .77, .78, .80, .81, .73, .51, .89, .71, .70, .82, .88, .82, .83, .83, .73, .82, .85, .86, .72, .68, .83, .80, .81, .75, .84 and
 * .74),
 * then tuned on.
 */
const freshStyles = join(repo, 'test/fixtures/fresh-styles');

const goldIn = (dir: string) => readdirSync(dir)
  .filter((f) => f.endsWith('.gold.json'))
  .map((f) => ({ text: join(dir, f.replace(/\.gold\.json$/, '.txt')), gold: join(dir, f) }));

function cases(): { text: string; gold: string }[] {
  return [{ text: join(shared, 'fixtures/seed-article.txt'), gold: join(shared, 'fixtures/seed-article.gold.json') }, ...goldIn(tuned)];
}

/** The scorer's micro-averaged report over some articles. */
function score(articles: { text: string; gold: string }[]): { scores: Record<string, number | null> } {
  const out = mkdtempSync(join(tmpdir(), 'parley-extract-'));
  const args = [join(shared, 'eval/score.py'), '--json'];
  for (const [i, c] of articles.entries()) {
    const gold = JSON.parse(readFileSync(c.gold, 'utf8'));
    const result = extractArticle(readFileSync(c.text, 'utf8'), { published: gold.published, timezone: gold.timezone });
    extractResultSchema.parse(result);
    const pred = join(out, `${i}.pred.json`);
    writeFileSync(pred, JSON.stringify(result));
    args.push('--text', c.text, '--gold', c.gold, '--pred', pred);
  }
  return JSON.parse(execFileSync('python3', args, { encoding: 'utf8' }));
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

// Measured when the held-out articles were written (they were scored, never tuned on), with a little room: a change
// that generalises worse shows here first. The first ten were written early on; twelve more (wire, a dawn release from
// Wellington, a Yemen timeline, a NATO live blog in GMT, nested attribution from Moscow, a ministry briefing, diacritics
// from the Balkans, a Chagos feature, a Miami report, an ECOWAS release, a newsletter) were added in stop 20, and twelve
// more in stop 21 (Reuters from Addis Ababa, a Port Moresby release at 5.30am, a DR Congo–Rwanda timeline, a NATO live
// blog in GMT, nested attribution on the Muscat talks, a US report on Barbados, an MEA readout, Polish diacritics, WAM's
// honorifics, Kyodo, a Cyprus feature, a Commons committee), and twelve in stop 22 (AP from Baku, a Singapore release at
// 0500 hrs, an Essequibo timeline, a UN General Assembly live blog in GMT, nested attribution on Iran and the IAEA, Romanian
// and Polish diacritics, a Washington Post report from Naqoura, Kyodo, a Swiss Q&A, Port Sudan, a Beehive release at
// 5:45am, Senate question time).
const HELD_OUT_FLOORS: Record<string, number> = {
  actor_recall: 0.93,
  actor_precision: 0.9,
  event_recall: 0.78,
  event_precision: 0.82,
  event_date: 0.8,
  event_participants: 0.63,
  statement_recall: 0.82,
  statement_precision: 0.86,
  statement_speaker: 0.91,
};

// What the fresh-styles articles reached after their round of tuning, with a little room.
const FRESH_STYLES_FLOORS: Record<string, number> = {
  actor_recall: 0.92,
  actor_precision: 0.89,
  event_recall: 0.8,
  event_precision: 0.83,
  event_date: 0.83,
  event_participants: 0.67,
  statement_recall: 0.81,
  statement_precision: 0.85,
  statement_speaker: 0.89,
  statement_reported_by: 0.8,
  statement_date: 0.82,
};

describe('extraction quality on the gold articles', () => {
  it('has at least twelve gold articles of its own', () => {
    expect(cases().length - 1).toBeGreaterThanOrEqual(12);
  });

  it('meets the floors on the seed and the repo set together (micro-averaged)', () => {
    expect(existsSync(join(shared, 'eval/score.py'))).toBe(true);
    const report = score(cases());
    console.log(JSON.stringify(report, null, 2));
    expectFloors(report.scores, FLOORS);
  });

  it('holds its level on the held-out articles it was never tuned on', () => {
    expect(goldIn(heldOut).length).toBeGreaterThanOrEqual(46);
    const report = score(goldIn(heldOut));
    console.log(JSON.stringify(report, null, 2));
    expectFloors(report.scores, HELD_OUT_FLOORS);
  });

  it('keeps what the rounds on fresh styles reached (wire, live blogs, chronologies, releases, readouts, transcripts, debates, digests, columns)', () => {
    expect(goldIn(freshStyles).length).toBeGreaterThanOrEqual(402);
    const report = score(goldIn(freshStyles));
    console.log(JSON.stringify(report, null, 2));
    expectFloors(report.scores, FRESH_STYLES_FLOORS);
  });
});

function expectFloors(scores: Record<string, number | null>, floors: Record<string, number>) {
  for (const [metric, floor] of Object.entries(floors)) {
    expect({ metric, score: scores[metric] }).toEqual({ metric, score: expect.any(Number) });
    expect(scores[metric], metric).toBeGreaterThanOrEqual(floor);
  }
}
