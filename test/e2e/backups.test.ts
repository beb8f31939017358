// Rolling backups from the app: the backup taken on open is listed and restoring it brings the file back.
import Database from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ProjectStore } from '../../src-main/store/project-store';
import { openApp, tempDir, useAppShell } from './harness';

describe('backups in the app', () => {
  const dir = tempDir();
  const file = path.join(dir, 'kept.parley');

  const app = useAppShell(() => {
    const store = ProjectStore.open(file, { create: true });
    store.createActor({ name: 'Oman', kind: 'government', aliases: [], parentId: null, color: null, notes: '', tags: [] });
    store.close();
    return { args: ['--project', file], dataDir: dir };
  });

  it('lists the backup taken on open and restores it over a later edit', async () => {
    const page = await openApp(app.browser, app.shell.url);
    await page.locator('.actors', { hasText: 'Oman' }).waitFor();
    await page.getByRole('button', { name: 'New actor' }).click();
    const names = () => {
      const db = new Database(file, { readonly: true });
      try { return (db.prepare('SELECT name FROM actors ORDER BY name').all() as { name: string }[]).map((r) => r.name); } finally { db.close(); }
    };
    await expect.poll(names).toEqual(['New actor', 'Oman']);

    await page.getByRole('button', { name: 'Backups…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Backups' });
    await dialog.getByRole('button', { name: 'Restore' }).last().waitFor();
    page.once('dialog', (d) => void d.accept());
    await dialog.getByRole('button', { name: 'Restore' }).last().click(); // the oldest: taken when the project opened
    await expect.poll(names).toEqual(['Oman']);
    await expect.poll(() => page.locator('.actors').innerText()).not.toContain('New actor');
    expect((page as unknown as { errors: string[] }).errors).toEqual([]);
  });
});
