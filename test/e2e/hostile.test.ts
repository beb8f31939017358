// Hostile content in the app: names and quotes holding markup render as text, and nothing they hold runs.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ProjectStore } from '../../src-main/store/project-store';
import { openApp, tempDir, useAppShell } from './harness';

const TITLE = '<img src=x onerror="window.__pwned=1">Talks <b>bold</b>';
const NAME = '<script>window.__pwned=2</script>Minister';
const QUOTE = '"><svg onload="window.__pwned=3"> we will not sign';

describe('hostile content in the app', () => {
  const app = useAppShell(() => {
    const dir = tempDir();
    const file = path.join(dir, 'hostile.parley');
    const store = ProjectStore.open(file, { create: true });
    const actor = store.createActor({ name: NAME, kind: 'person', aliases: [], parentId: null, color: null, notes: '', tags: [] });
    const day = { value: '2025-05-08', precision: 'day' as const, approximate: false, zone: 'UTC' };
    store.createEvent({ type: 'talks', title: TITLE, description: '', start: day, end: null, location: '', participants: [{ actorId: actor.id, role: 'party' }], tags: [] });
    store.createStatement({ speakerId: actor.id, audienceIds: [], text: QUOTE, direct: true, hedged: false, date: day, outletIds: [], eventId: null, tags: [] });
    store.close();
    return { args: ['--project', file], dataDir: dir };
  });

  it('shows markup as text in the timeline, the list and the inspector, and runs none of it', async () => {
    const page = await openApp(app.browser, app.shell.url);
    const response = await page.request.get(app.shell.url);
    expect(response.headers()['content-security-policy']).toMatch(/script-src 'self'(;|$)/);
    const event = page.locator('[data-entity-id^="ev_"]').first();
    await event.waitFor();
    expect(await event.getAttribute('aria-label')).toMatch(/^<img src=x onerror=/);
    // The label shows the markup as text; a long one is cut to its room with an ellipsis (the hover card has it whole).
    const label = await event.locator('.tl-label').innerText();
    expect(label).toMatch(/^<img src=x/);
    expect(TITLE.startsWith(label.replace(/\u2026$/, ''))).toBe(true);
    expect(await page.locator('.actors').innerText()).toContain(NAME);
    await page.getByRole('tab', { name: 'List' }).click();
    await page.locator('.entries', { hasText: QUOTE }).waitFor();
    await page.locator('.entries [data-entity-id^="ev_"]').click();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByLabel('Title', { exact: true }).inputValue()).toBe(TITLE);
    expect(await page.locator('img[src="x"], svg[onload], b').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect((page as unknown as { errors: string[] }).errors).toEqual([]);
  });
});
