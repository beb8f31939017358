import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ProjectStore } from '../../src-main/store/project-store';
import { openApp, REPO, tempDir, useAppShell } from './harness';

const FIXTURES = path.join(REPO, 'test/fixtures/import');
const STORY = fs.readFileSync(path.join(FIXTURES, 'cairo-round.txt'), 'utf8');

describe('importing an article in the browser shell', () => {
  const dir = tempDir();
  const project = path.join(dir, 'Import.parley');
  let haddadId = '';

  const app = useAppShell(() => {
    // The project already knows the Egyptian minister by his full name only.
    const store = ProjectStore.open(project, { create: true });
    haddadId = store.createActor({ name: 'Karim Haddad', kind: 'person', aliases: [], parentId: null, color: null, notes: '', tags: [] }).id;
    store.close();
    return { args: ['--project', project], dataDir: dir };
  });

  it('pastes an article, rejects one proposal, accepts the rest, and cites the words on the entries it made', async () => {
    const page = await openApp(app.browser, app.shell.url);
    await page.getByRole('button', { name: 'Import…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import article' });
    await dialog.getByLabel('Article text').fill(STORY);
    await dialog.getByLabel('Published').fill('2025-05-08T10:00');
    await dialog.getByLabel('Time zone').fill('Africa/Cairo');
    await dialog.getByRole('button', { name: 'Find entries' }).click();

    // Hovering a proposal emphasises its words in the article.
    const quote = dialog.getByRole('listitem', { name: /^statement proposal: Karim Haddad: We are not there yet/ });
    await quote.hover();
    await expect.poll(() => dialog.locator('.hl-focus').allInnerTexts()).toEqual(['"We are not there yet, but we are closer," ', 'Haddad', ' said.']);
    await quote.getByRole('button', { name: 'Reject' }).click();
    await expect.poll(() => quote.getByRole('checkbox').isChecked()).toBe(false);
    const talks = dialog.getByRole('listitem', { name: /^event proposal: Talks in Cairo/ });
    await expect.poll(() => talks.innerText()).toContain('6 May 2025');
    await dialog.getByRole('button', { name: /^Accept \d+ kept$/ }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText(/^Imported CAIRO, May 8/).waitFor();

    const db = new Database(project, { readonly: true });
    const texts = db.prepare('SELECT text FROM statements').all().map((r) => (r as { text: string }).text);
    expect(texts.length).toBeGreaterThan(0);
    expect(texts).not.toContain('We are not there yet, but we are closer');
    db.close();

    await page.getByRole('tab', { name: 'List' }).click();
    const entry = page.locator('[data-entity-id^="ev_"]', { hasText: 'Talks in Cairo' });
    await entry.dblclick();
    await page.getByRole('complementary', { name: 'Inspector' }).locator('.citation-link').first().click();
    const source = page.getByRole('dialog', { name: /^Source: CAIRO, May 8/ });
    expect(await source.locator('mark').innerText()).toContain('mediators hosted Israeli and Hamas negotiators in Cairo on Tuesday');
    await source.getByRole('button', { name: 'Close' }).click();

    // The existing actor learned the short name the article used for him.
    await page.locator(`[data-entity-id="${haddadId}"]`).click();
    await expect.poll(() => page.getByLabel('Aliases').inputValue()).toBe('Haddad');
    expect((page as unknown as { errors: string[] }).errors).toEqual([]);
    await page.close();
  });

  it('files each new person under their country, as the review shows and lets the user change', async () => {
    const page = await openApp(app.browser, app.shell.url);
    await page.getByRole('button', { name: 'Import…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import article' });
    await dialog.getByLabel('Article text').fill('DOHA, May 9 (Nile Wire) - Israeli Prime Minister Daniel Avner met Qatari Prime Minister Yusuf Al-Hamadi and '
      + 'Egyptian Foreign Minister Samir Fawzi in Doha on Thursday.');
    await dialog.getByLabel('Published').fill('2025-05-09T10:00');
    await dialog.getByLabel('Time zone').fill('Asia/Qatar');
    await dialog.getByRole('button', { name: 'Find entries' }).click();
    const card = (name: string) => dialog.getByRole('listitem', { name: `actor proposal: ${name}` });
    await expect.poll(() => card('Daniel Avner').innerText()).toContain('filed under Israel');
    await expect.poll(() => card('Yusuf Al-Hamadi').innerText()).toContain('filed under Qatar');
    // The user moves the Egyptian minister to the top level.
    await card('Samir Fawzi').getByRole('button', { name: 'Edit' }).click();
    await card('Samir Fawzi').getByLabel('Filed under').selectOption({ label: '(top level)' });
    await expect.poll(() => card('Samir Fawzi').innerText()).not.toContain('filed under');
    await dialog.getByRole('button', { name: /^Accept \d+ kept$/ }).click();
    await dialog.waitFor({ state: 'detached' });

    // In the timeline each minister's lane sits under their country's, and the one moved to the top level does not.
    const header = (name: string) => page.locator('.tl-lane-header', { has: page.getByText(name, { exact: true }) });
    await expect.poll(() => header('Daniel Avner').getAttribute('class')).toContain('depth-1');
    await expect.poll(() => header('Yusuf Al-Hamadi').getAttribute('class')).toContain('depth-1');
    await expect.poll(() => header('Samir Fawzi').getAttribute('class')).toContain('depth-0');
    const db = new Database(project, { readonly: true });
    const parentOf = (name: string) => (db.prepare('SELECT p.name FROM actors a LEFT JOIN actors p ON p.id = a.parent_id WHERE a.name = ?').get(name) as { name: string | null }).name;
    expect([parentOf('Daniel Avner'), parentOf('Yusuf Al-Hamadi'), parentOf('Samir Fawzi')]).toEqual(['Israel', 'Qatar', null]);
    db.close();
    expect((page as unknown as { errors: string[] }).errors).toEqual([]);
    await page.close();
  });

  it('reads a saved web page chosen as a file, with its title, outlet and publication time', async () => {
    const page = await openApp(app.browser, app.shell.url);
    await page.getByRole('button', { name: 'Import…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import article' });
    await dialog.getByLabel('Choose article files').setInputFiles(path.join(FIXTURES, 'doha-visit.html'));
    await expect.poll(() => dialog.getByLabel('Source title').inputValue()).toBe('Envoy visits Doha as truce talks stall');
    expect(await dialog.getByLabel('Outlet').inputValue()).toBe('Gulf Ledger');
    expect(await dialog.getByLabel('Published').inputValue()).toBe('2025-06-12T08:30');
    expect(await dialog.locator('.import-article').innerText()).not.toContain('Home');
    await dialog.getByRole('button', { name: 'Accept all' }).click();
    await dialog.waitFor({ state: 'detached' });

    const db = new Database(project, { readonly: true });
    const stored = db.prepare(`SELECT s.title, s.published, a.name AS outlet, (SELECT count(*) FROM citations c WHERE c.source_id = s.id) AS citations
      FROM sources s JOIN actors a ON a.id = s.outlet_id WHERE s.title LIKE 'Envoy%'`).get();
    expect(stored).toMatchObject({ title: 'Envoy visits Doha as truce talks stall', published: '2025-06-12T08:30:00+03:00', outlet: 'Gulf Ledger' });
    expect((stored as { citations: number }).citations).toBeGreaterThan(2);
    db.close();
    await page.locator('.actors').getByText('Ingrid Solberg').waitFor();
    expect((page as unknown as { errors: string[] }).errors).toEqual([]);
    await page.close();
  });

  it('proposes files dropped anywhere on the window', async () => {
    const page = await openApp(app.browser, app.shell.url);
    await page.locator('.actors').waitFor();
    const dataTransfer = await page.evaluateHandle((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], 'dropped.txt', { type: 'text/plain' }));
      return dt;
    }, STORY);
    await page.dispatchEvent('.workspace', 'drop', { dataTransfer });
    const dialog = page.getByRole('dialog', { name: 'Import article' });
    await expect.poll(() => dialog.locator('.import-article').innerText()).toBe(STORY);
    await dialog.getByRole('button', { name: 'Discard' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect((page as unknown as { errors: string[] }).errors).toEqual([]);
    await page.close();
  });
});
