// PDF export end to end: real projects printed by the system Chromium through the print route, then read
// back with poppler (pdftotext, pdffonts, pdfinfo) and rendered to PNGs (test-results/pdf/) to look at.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PrintOptions } from '../../shared/print-options';
import { ensureRendererBuilt } from '../../src-main/app/renderer-build';
import { exportPdf } from '../../src-main/export/pdf';
import { ProjectStore } from '../../src-main/store/project-store';
import { fillHostileProject, fillLongProject, fillRichProject, fillRtlProject, HOSTILE_TITLE, RTL } from '../fixtures/export-projects';
import { launchBrowser, openApp, REPO, requireChromium, startShell, tempDir } from './harness';

const PNG_DIR = path.join(REPO, 'test-results', 'pdf');

function project(fill: (store: ProjectStore) => void): string {
  const file = path.join(tempDir('parley-pdf-'), 'p.parley');
  const store = ProjectStore.open(file, { create: true });
  fill(store);
  store.close();
  return file;
}

const text = (pdf: string) => execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
/**
 * Whether every word of a phrase is in the text. pdftotext gives Arabic as presentation forms (NFKC undoes
 * them), wraps right-to-left runs in embedding marks, and writes the lam-alef ligature's letters in either
 * order, so words are compared as sorted letters.
 */
const letters = (w: string) => [...w.normalize('NFKC').replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069“”".,]/g, '')].sort().join('');
const containsRtl = (pdfText: string, phrase: string) => {
  const found = new Set(pdfText.split(/\s+/).map(letters));
  return phrase.split(/\s+/).every((w) => found.has(letters(w)));
};

function fonts(pdf: string): { name: string; emb: string }[] {
  const lines = execFileSync('pdffonts', [pdf], { encoding: 'utf8' }).trim().split('\n').slice(2);
  return lines.map((l) => { const cols = l.trim().split(/\s+/); return { name: cols[0], emb: cols[cols.length - 5] }; });
}

const pageCount = (pdf: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);

function renderPages(pdf: string, name: string): string[] {
  fs.mkdirSync(PNG_DIR, { recursive: true });
  const prefix = path.join(PNG_DIR, name);
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '2', pdf, prefix]);
  return fs.readdirSync(PNG_DIR).filter((f) => f.startsWith(`${name}-`)).map((f) => path.join(PNG_DIR, f));
}

describe('PDF export', () => {
  beforeAll(async () => {
    requireChromium();
    for (const tool of ['pdftotext', 'pdffonts', 'pdftoppm']) {
      if (spawnSync(tool, ['-v']).error) throw new Error(`${tool} is missing: install Debian's "poppler-utils" package.`);
    }
    await ensureRendererBuilt();
  });

  it('prints a project with its title, names, quotes, table, sources and page numbers, every font embedded', async () => {
    const out = path.join(tempDir(), 'rich.pdf');
    const result = await exportPdf({ file: project(fillRichProject) }, PrintOptions.parse({}), out);
    expect(result).toMatchObject({ path: out, pages: pageCount(out), bytes: fs.statSync(out).size });
    const t = text(out);
    for (const s of ['Orlan valley talks, spring round', 'Geneva round', 'Kestrel Front', 'Anton Melis', '“We are close”', 'Events and statements',
      'Sources', '[1] Meridian Wire. Talks resume in Geneva', 'to the minute', 'The whole project, no filters.', `Page 1 of ${result.pages}`]) {
      expect(t).toContain(s);
    }
    expect(fonts(out).length).toBeGreaterThan(0);
    for (const f of fonts(out)) expect(f, f.name).toMatchObject({ emb: 'yes' });
    expect(renderPages(out, 'rich')).toHaveLength(2);
  });

  it('shapes Arabic and Hebrew right to left with the bundled Noto faces', async () => {
    const out = path.join(tempDir(), 'rtl.pdf');
    await exportPdf({ file: project(fillRtlProject) }, PrintOptions.parse({ page: 'a4', orientation: 'portrait' }), out);
    const t = text(out);
    for (const phrase of [RTL.arabicActor, RTL.hebrewActor, RTL.arabicPerson, RTL.hebrewPerson, RTL.arabicEvent, RTL.arabicQuote, RTL.hebrewQuote]) {
      expect(containsRtl(t, phrase), phrase).toBe(true);
    }
    const names = fonts(out).map((f) => f.name);
    expect(names.some((n) => n.includes('NotoSansArabic'))).toBe(true);
    expect(names.some((n) => n.includes('NotoSansHebrew'))).toBe(true);
    for (const f of fonts(out)) expect(f, f.name).toMatchObject({ emb: 'yes' });
    renderPages(out, 'rtl');
  });

  it('prints markup in names as text', async () => {
    const out = path.join(tempDir(), 'hostile.pdf');
    await exportPdf({ file: project(fillHostileProject) }, PrintOptions.parse({}), out);
    const t = text(out).replace(/\s+/g, ' ');
    expect(t).toContain(HOSTILE_TITLE);
    expect(t).toContain('<img src=x onerror=alert(1)>');
    expect(t).toContain('<i>not italic</i>');
    renderPages(out, 'hostile');
  });

  it('spreads a long project over many pages, and the CLI applies filters, dates and paper', async () => {
    const file = project((s) => fillLongProject(s, 300));
    const all = path.join(tempDir(), 'long.pdf');
    const result = await exportPdf({ file }, PrintOptions.parse({}), all);
    expect(result.pages).toBeGreaterThan(10);
    expect(pageCount(all)).toBe(result.pages);
    renderPages(all, 'long');

    const some = path.join(tempDir(), 'some.pdf');
    const cli = spawnSync(process.execPath, ['--import', 'tsx', path.join(REPO, 'src-main/cli/index.ts'), 'export', '--project', file, '--format', 'pdf',
      '--out', some, '--actor', 'Party A', '--from', '2023-02-01', '--to', '2023-02-28', '--page', 'letter', '--portrait'], { cwd: REPO, encoding: 'utf8' });
    expect(cli.stderr).toMatch(/Wrote \d+ pages/);
    expect(cli.status).toBe(0);
    expect(execFileSync('pdfinfo', [some], { encoding: 'utf8' })).toMatch(/Page size:\s+612 x 792 pts \(letter\)/);
    const t = text(some);
    expect(t).toContain('Filters: actors: Party A · dates: 1 Feb 2023 to 28 Feb 2023');
    const meetings = [...t.matchAll(/Meeting (\d+) on/g)].map((m) => Number(m[1]));
    expect(meetings.length).toBeGreaterThan(0);
    // Party A takes part in meetings 1, 4, 5, 8, 9… (i % 4 is 0 or 3); nothing from outside February.
    for (const n of meetings) expect([0, 3]).toContain((n - 1) % 4);
    expect(t).not.toContain('Meeting 1 on');
  });

  it('exports a PDF from the app with a progress indicator, and imports a CSV through the column mapping', async () => {
    const dir = tempDir();
    const shell = await startShell(['--project', project(fillRichProject)], { PARLEY_DATA_DIR: dir });
    const browser = await launchBrowser();
    try {
      const page = await openApp(browser, shell.url);
      await page.getByRole('button', { name: 'Export…' }).click();
      const dialog = page.getByRole('dialog', { name: 'Export PDF' });
      await dialog.getByLabel('Letter').check();
      await dialog.getByLabel('Portrait').check();
      await dialog.getByRole('button', { name: 'Export', exact: true }).click();
      await expect.poll(() => dialog.getByRole('progressbar', { name: 'Exporting' }).count()).toBe(1);
      const saved = dialog.getByRole('status');
      await saved.waitFor({ timeout: 60_000 });
      const written = /to (\/.*?\.pdf)\./.exec(await saved.innerText())![1];
      expect(written.startsWith(path.join(dir, 'Exports'))).toBe(true);
      expect(execFileSync('pdfinfo', [written], { encoding: 'utf8' })).toMatch(/612 x 792 pts/);
      const download = page.waitForEvent('download');
      await dialog.getByRole('link', { name: /Download/ }).click();
      expect((await download).suggestedFilename()).toMatch(/\.pdf$/);
      await dialog.getByRole('button', { name: 'Close', exact: true }).last().click();

      const csv = path.join(dir, 'rows.csv');
      fs.writeFileSync(csv, 'Day,Headline,Notes\r\n2026-04-01,Imported talks,From a sheet\r\n');
      await page.getByRole('button', { name: 'Import data…' }).click();
      const importer = page.getByRole('dialog', { name: 'Import data' });
      await importer.locator('input[type=file]').setInputFiles(csv);
      await expect.poll(() => importer.getByRole('cell', { name: 'Imported talks' }).count()).toBe(1);
      await importer.getByLabel('Text, quote or description').selectOption({ label: 'Notes' });
      await importer.getByRole('button', { name: 'Import', exact: true }).click();
      await importer.getByRole('status').waitFor();
      expect(await importer.getByRole('status').innerText()).toContain('Imported 1 events');
      expect((page as typeof page & { errors: string[] }).errors).toEqual([]);
    } finally {
      await browser.close();
      await shell.stop();
    }
  });
});
