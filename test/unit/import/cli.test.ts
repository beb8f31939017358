import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { extractResultSchema } from '../../../shared/extraction';
import { ProjectStore } from '../../../src-main/store/project-store';
import { tempDir } from '../helpers';

// Each run starts node with tsx (seconds on a busy machine).
vi.setConfig({ testTimeout: 120_000 });

const REPO = path.resolve(import.meta.dirname, '../../..');
const ARTICLES = path.join(REPO, 'test/fixtures/articles');

function cli(args: string[], stdin?: string) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(REPO, 'src-main/cli/index.ts'), ...args], { cwd: REPO, encoding: 'utf8', input: stdin });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('parley import', () => {
  it('stores two gold articles with every proposed entry and its citation, reporting progress', () => {
    const project = path.join(tempDir(), 'gold.parley');
    const files = ['wire-geneva-border.txt', 'cabinet-truce-vote.txt'].map((f) => path.join(ARTICLES, f));
    const r = cli(['import', '--project', project, '--published', '2025-03-03T09:00', '--timezone', 'Europe/Zurich', '--accept-all', ...files]);
    expect(r.stderr).toMatch(/^\[1\/2\] wire-geneva-border\.txt: \d+ events?, \d+ statements?, \d+ actors?\n\[2\/2\] cabinet-truce-vote\.txt: /);
    expect(r.status).toBe(0);
    const store = ProjectStore.open(project);
    try {
      const sources = store.listSources();
      expect(sources.map((s) => s.zone)).toEqual(['Europe/Zurich', 'Europe/Zurich']);
      const events = store.listEvents();
      expect(events.length).toBeGreaterThanOrEqual(2);
      for (const e of [...events, ...store.listStatements()]) {
        const [c] = store.listCitations({ entityId: e.id });
        expect(c, `a citation for ${e.id}`).toBeDefined();
        expect(store.getSource(c.sourceId).text.slice(c.start, c.end).length).toBeGreaterThan(10);
      }
      const geneva = events.find((e) => e.start.value === '2025-03-02');
      expect(geneva?.participants.map((p) => store.getActor(p.actorId).name)).toEqual(expect.arrayContaining(['Armenia', 'Azerbaijan']));
    } finally {
      store.close();
    }
  });

  it('stores only the sources without --accept-all, and reports a bad file while importing the rest', () => {
    const dir = tempDir();
    const project = path.join(dir, 'mixed.parley');
    const binary = path.join(dir, 'scan.txt');
    fs.writeFileSync(binary, Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 31) % 256)));
    const r = cli(['import', '--project', project, binary, path.join(ARTICLES, 'shuttle-visit.txt')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('[1/2] scan.txt: not imported: scan.txt is not text');
    expect(r.stderr).toMatch(/\[2\/2\] shuttle-visit\.txt: .*proposed; stored the source only/);
    expect(r.stderr).toContain('1 of 2 articles could not be imported');
    const store = ProjectStore.open(project);
    expect(store.counts()).toMatchObject({ sources: 1, events: 0, statements: 0 });
    store.close();
  });

  it('explains itself', () => {
    // Each command's help is found through the CLI's command table, so this also shows both are registered.
    for (const command of ['import', 'extract']) expect(cli([command, '--help']).stdout).toContain(`parley ${command}`);
    expect(cli(['import', '--project', path.join(tempDir(), 'x.parley')])).toMatchObject({ status: 2, stderr: expect.stringMatching(/at least one ARTICLE/) });
  });
});

describe('parley extract', () => {
  it('prints schema-valid JSON whose offsets point into the article, from a file or stdin', () => {
    const file = path.join(ARTICLES, 'wire-geneva-border.txt');
    const text = fs.readFileSync(file, 'utf8');
    const fromFile = cli(['extract', '--published', '2025-03-03', '--timezone', 'Europe/Zurich', file]);
    expect(fromFile.status).toBe(0);
    const result = extractResultSchema.parse(JSON.parse(fromFile.stdout));
    expect(result.events.length).toBeGreaterThan(0);
    for (const a of result.actors) for (const [start, end] of a.mentions) expect([a.name, ...a.aliases]).toContain(text.slice(start, end));
    const fromStdin = cli(['extract', '--published', '2025-03-03', '--timezone', 'Europe/Zurich', '-'], text);
    expect(JSON.parse(fromStdin.stdout)).toEqual(result);
  });

  it('fails with a clear message on a file it cannot read', () => {
    const r = cli(['extract', path.join(tempDir(), 'missing.pdf')]);
    expect(r).toMatchObject({ status: 1, stdout: '', stderr: expect.stringMatching(/^parley extract: cannot read .*missing\.pdf/) });
  });
});
