import Database from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openApp, tempDir, useAppShell } from './harness';

describe('the browser shell', () => {
  const dir = tempDir();
  const project = path.join(dir, 'Talks.parley');

  // Started on the default project, as `npm start` does; the test then opens its own project.
  const app = useAppShell(() => ({ args: [], dataDir: dir }));

  it('opens the default project with its sample timeline', async () => {
    const page = await openApp(app.browser, app.shell.url);
    await page.getByRole('button', { name: /^Third round of Geneva talks/ }).or(page.getByLabel(/^Third round of Geneva talks/)).first().waitFor();
    expect(await page.locator('[data-entity-id^="ev_"]').count()).toBeGreaterThanOrEqual(4);
    expect(await page.locator('.actors').innerText()).toContain('Ingrid Solberg');
    await page.close();
  });

  it('creates a project, creates and edits an event, keeps it after a reload, and undoes it', async () => {
    const page = await openApp(app.browser, app.shell.url);
    await page.getByRole('button', { name: 'New…' }).click();
    await page.getByLabel('Project file path').fill(project);
    await page.getByRole('button', { name: 'Create new' }).click();
    await page.getByRole('button', { name: 'New event' }).click();
    const title = page.getByLabel('Title', { exact: true });
    await expect.poll(() => title.inputValue()).toBe('New event');
    await title.fill('Ceasefire talks in Cairo');
    await title.press('Enter');
    const entry = page.locator('[data-entity-id^="ev_"]', { hasText: 'Ceasefire talks in Cairo' }).first();
    await entry.waitFor();
    const id = await entry.getAttribute('data-entity-id');
    // A new date moves the entry out of the timeline's current view; the file is what must change.
    await page.getByLabel('Start date').fill('2025-05-08');
    await page.getByLabel('Start date').press('Enter');

    const db = new Database(project, { readonly: true });
    const stored = () => db.prepare('SELECT title, json_extract(start, \'$.value\') AS start FROM events WHERE id = ?').get(id) as { title: string; start: string } | undefined;
    await expect.poll(stored).toEqual({ title: 'Ceasefire talks in Cairo', start: '2025-05-08' });

    await page.reload();
    // The timeline re-lays out as its data arrives, so read the name from whichever node holds the entry then.
    const label = () => page.locator(`[data-entity-id="${id}"]`).first().getAttribute('aria-label', { timeout: 2000 }).catch(() => null);
    await expect.poll(label, { timeout: 30_000 }).toMatch(/^Ceasefire talks in Cairo/);

    await page.keyboard.press('Control+z'); // the date edit
    await expect.poll(() => stored()?.start).not.toBe('2025-05-08');
    await page.keyboard.press('Control+z'); // the title edit
    await expect.poll(() => stored()?.title).toBe('New event');
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => stored()?.title).toBe('Ceasefire talks in Cairo');
    // The redo left the event on its first date (today), which the fitted timeline need not show: the list shows every entry.
    await page.getByRole('tab', { name: 'List' }).click();
    await page.locator(`.entries [data-entity-id="${id}"]`, { hasText: 'Ceasefire talks in Cairo' }).waitFor();
    db.close();
    expect((page as unknown as { errors: string[] }).errors).toEqual([]);
    await page.close();
  });
});
