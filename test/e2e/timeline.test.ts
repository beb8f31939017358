// The timeline against the real browser shell: every edit made with the mouse or the keyboard must
// reach the .parley file (read here straight from SQLite), and undo must bring it back.
import Database from 'better-sqlite3';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ProjectStore } from '../../src-main/store/project-store';
import { openApp, tempDir, useAppShell } from './harness';

const day = (value: string) => ({ value, precision: 'day' as const, approximate: false, zone: 'UTC' });

let file = '';
const ids = { alpha: '', beta: '', gamma: '', talks: '', session: '', statement: '' };

function readDb<T>(query: (db: Database.Database) => T): T {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try { return query(db); } finally { db.close(); }
}
const eventRow = (id: string) => readDb((db) => db.prepare('SELECT start, "end" FROM events WHERE id = ?').get(id) as { start: string; end: string | null });
const startOf = (id: string) => (JSON.parse(eventRow(id).start) as { value: string }).value;
const endOf = (id: string) => { const e = eventRow(id).end; return e ? (JSON.parse(e) as { value: string }).value : null; };
const participantsOf = (id: string) => readDb((db) => (db.prepare(`SELECT p.value ->> 'actorId' AS actor_id FROM events e, json_each(e.participants) p
  WHERE e.id = ? ORDER BY p.key`).all(id) as { actor_id: string }[]).map((r) => r.actor_id));

async function until<T>(read: () => T, ok: (v: T) => boolean, what: string): Promise<T> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const v = read();
    if (ok(v)) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; last value ${JSON.stringify(v)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function openTimeline(): Promise<Page> {
  const page = await openApp(app.browser, app.shell.url);
  await page.locator(`[data-entity-id="${ids.talks}"]`).waitFor();
  return page;
}

async function box(l: Locator) {
  const b = await l.boundingBox();
  if (!b) throw new Error('element has no box');
  return b;
}

async function drag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let i = 1; i <= 8; i++) await page.mouse.move(from.x + ((to.x - from.x) * i) / 8, from.y + ((to.y - from.y) * i) / 8);
  await page.mouse.up();
}

const app = useAppShell(() => {
  file = path.join(tempDir('parley-timeline-'), 'timeline.parley');
  const store = ProjectStore.open(file, { create: true });
  ids.alpha = store.createActor({ name: 'Alphaland', kind: 'government', aliases: [], parentId: null, color: '#1f77b4', notes: '', tags: [] }).id;
  ids.beta = store.createActor({ name: 'Beta Front', kind: 'armed_group', aliases: [], parentId: null, color: '#d62728', notes: '', tags: [] }).id;
  ids.gamma = store.createActor({ name: 'Gamma Union', kind: 'organization', aliases: [], parentId: null, color: '#2ca02c', notes: '', tags: [] }).id;
  const ev = (title: string, type: 'talks' | 'cabinet_meeting', start: string, end: string | null, parts: string[]) => store.createEvent({
    type, title, description: '', start: day(start), end: end ? day(end) : null, location: '', participants: parts.map((actorId) => ({ actorId, role: 'party' as const })), tags: [],
  }).id;
  ids.talks = ev('Ceasefire talks', 'talks', '2025-03-10', '2025-03-12', [ids.alpha, ids.beta]);
  ids.session = ev('Cabinet session', 'cabinet_meeting', '2025-03-05', null, [ids.alpha]);
  ids.statement = store.createStatement({ speakerId: ids.beta, audienceIds: [], text: 'We are ready to talk', direct: true, hedged: false, date: day('2025-03-07'), outletIds: [], eventId: null, tags: [] }).id;
  store.close();
  return { args: ['--project', file], dataDir: tempDir() };
});

describe('timeline', () => {
  it('opens the project with one round of calls: the project and its extent asked once each, together', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1400, height: 860 } });
    const asked: string[] = [];
    const api = (url: string) => (url.includes('/api/') ? new URL(url).pathname.replace('/api/', '') : null);
    page.on('request', (r) => { const m = api(r.url()); if (m) asked.push(m); });
    page.on('response', (r) => { const m = api(r.url()); if (m) asked.push(`answered ${m}`); });
    await page.goto(app.shell.url);
    await page.locator(`[data-entity-id="${ids.talks}"]`).waitFor();
    await page.waitForFunction(() => performance.getEntriesByName('parley:timeline-painted').length > 0);
    const times = (method: string) => asked.filter((m) => m === method).length;
    expect([times('project.info'), times('timeline.extent')]).toEqual([1, 1]);
    // The extent the first fit needs goes out with the project, not a round after it.
    expect(asked.indexOf('timeline.extent')).toBeLessThan(asked.indexOf('answered project.info'));
    await page.close();
  });
  it('draws entries with their titles and lanes with actor names', async () => {
    const page = await openTimeline();
    expect(await page.locator(`[data-entity-id="${ids.talks}"]`).getAttribute('aria-label')).toMatch(/^Ceasefire talks/);
    expect(await page.locator(`[data-entity-id="${ids.statement}"]`).getAttribute('aria-label')).toMatch(/^Beta Front: We are ready to talk/);
    // The talks are drawn in both participants' lanes.
    expect(await page.locator(`[data-echo-of="${ids.talks}"]`).count()).toBe(1);
    for (const name of ['Alphaland', 'Beta Front', 'Gamma Union']) await expect.poll(() => page.locator('.tl-lane-header', { hasText: name }).count()).toBe(1);
    await page.close();
  });

  it('paints each entry under its node, and a zoom repaints the viewport before the nodes catch up', async () => {
    const page = await openTimeline();
    // The colour at a page point of the canvas showing there (a tile at rest, the viewport's canvas mid-zoom).
    const colourAt = (x: number, y: number) => page.evaluate(([px, py]) => {
      const c = [...document.querySelectorAll<HTMLCanvasElement>('.tl-plot canvas.tl-paint')].find((el) => {
        const b = el.getBoundingClientRect();
        return getComputedStyle(el).display !== 'none' && getComputedStyle(el).visibility !== 'hidden' && px >= b.left && px < b.right && py >= b.top && py < b.bottom;
      })!;
      const r = c.getBoundingClientRect();
      const [cx, cy] = [Math.floor(((px - r.left) * c.width) / r.width), Math.floor(((py - r.top) * c.height) / r.height)];
      return [...c.getContext('2d')!.getImageData(cx, cy, 1, 1).data.slice(0, 3)];
    }, [x, y]);
    const talks = page.locator(`[data-entity-id="${ids.talks}"]`), session = page.locator(`[data-entity-id="${ids.session}"]`);
    const near = (rgb: number[], hex: string) => rgb.every((v, i) => Math.abs(v - parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16)) <= 8);
    // A bar's colour just inside its start; a cabinet meeting's square glyph at the marker's left.
    const barPainted = async () => { const t = await box(talks); return near(await colourAt(t.x + 3, t.y + t.height / 2), '#2563eb'); };
    const s = await box(session);
    expect([await barPainted(), near(await colourAt(s.x + 7, s.y + s.height / 2), '#b45309')]).toEqual([true, true]);
    const before = await box(talks);

    // The frame answering each Ctrl+wheel shows the viewport's canvas, and it takes the pointer over the stale nodes meanwhile.
    await page.evaluate((talksId) => {
      const seen: string[] = ((window as unknown as { zoomFrames: string[] }).zoomFrames = []);
      addEventListener('wheel', () => requestAnimationFrame(() => setTimeout(() => {
        const view = document.querySelector<HTMLElement>('.tl-plot > canvas.tl-paint')!, node = document.querySelector(`[data-entity-id="${talksId}"]`)!;
        const r = node.getBoundingClientRect();
        seen.push(`${getComputedStyle(view).visibility}/${document.elementFromPoint(r.left + 3, r.top + r.height / 2) === view ? 'view' : 'node'}`);
      })), { capture: true });
    }, ids.talks);
    const plot = await box(page.locator('.tl-plot'));
    await page.mouse.move(before.x + before.width / 2, plot.y + 10);
    await page.keyboard.down('Control');
    for (let i = 0; i < 3; i++) { await page.mouse.wheel(0, -120); await page.waitForTimeout(20); }
    await page.keyboard.up('Control');
    expect(await page.evaluate(() => (window as unknown as { zoomFrames: string[] }).zoomFrames)).toEqual(['visible/view', 'visible/view', 'visible/view']);

    // Once it rests, the nodes lie over the new drawings again: the talks bar is wider, and painted under its node.
    await expect.poll(() => page.evaluate(() => getComputedStyle(document.querySelector('.tl-plot > canvas.tl-paint')!).visibility)).toBe('hidden');
    expect((await box(talks)).width).toBeGreaterThan(before.width * 1.5);
    expect(await barPainted()).toBe(true);

    // A pan that brings the cabinet session back paints it where its node is (the canvas adds what a pan brings in).
    const inView = async () => {
      const b = (await session.count()) ? await session.boundingBox() : null;
      return b !== null && b.x > plot.x + 10 && b.x < plot.x + plot.width - 40;
    };
    expect(await inView()).toBe(false);
    for (let i = 0; i < 12 && !(await inView()); i++) {
      await drag(page, { x: plot.x + 40, y: plot.y + plot.height - 20 }, { x: plot.x + 190, y: plot.y + plot.height - 20 });
      await page.waitForTimeout(150);
    }
    const back = await box(session);
    expect(near(await colourAt(back.x + 7, back.y + back.height / 2), '#b45309')).toBe(true);
    await page.close();
  });

  it('moves an event by dragging, snapped to days, and undo restores the file', async () => {
    const page = await openTimeline();
    const bar = await box(page.locator(`[data-entity-id="${ids.talks}"]`));
    const pxPerDay = bar.width / 3;
    const from = { x: bar.x + bar.width / 2, y: bar.y + bar.height / 2 };
    await drag(page, from, { x: from.x + 2 * pxPerDay, y: from.y });
    await until(() => startOf(ids.talks), (v) => v === '2025-03-12', 'the moved start');
    expect(endOf(ids.talks)).toBe('2025-03-14');
    await page.locator('.tl-scroll').focus();
    await page.keyboard.press('Control+z');
    await until(() => startOf(ids.talks), (v) => v === '2025-03-10', 'undo of the drag');
    expect(endOf(ids.talks)).toBe('2025-03-12');
    await page.close();
  });

  it('cancels a drag with Escape without touching the file', async () => {
    const page = await openTimeline();
    const bar = await box(page.locator(`[data-entity-id="${ids.talks}"]`));
    await page.mouse.move(bar.x + bar.width / 2, bar.y + 8);
    await page.mouse.down();
    await page.mouse.move(bar.x + bar.width / 2 + 200, bar.y + 8, { steps: 5 });
    await expect.poll(() => page.locator('.tl-drag-label').isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await page.mouse.up();
    await page.waitForTimeout(500);
    expect(startOf(ids.talks)).toBe('2025-03-10');
    await page.close();
  });

  it('resizes an event by dragging its end', async () => {
    const page = await openTimeline();
    const bar = page.locator(`[data-entity-id="${ids.talks}"]`);
    const b = await box(bar);
    const handle = await box(bar.locator('.tl-handle.end'));
    await drag(page, { x: handle.x + handle.width / 2, y: handle.y + handle.height / 2 }, { x: handle.x + handle.width / 2 + (b.width / 3) * 2, y: handle.y + handle.height / 2 });
    await until(() => endOf(ids.talks), (v) => v === '2025-03-14', 'the resized end');
    expect(startOf(ids.talks)).toBe('2025-03-10');
    await page.close();
  });

  it('moves an event into another lane, swapping the participant', async () => {
    const page = await openTimeline();
    const session = await box(page.locator(`[data-entity-id="${ids.session}"]`));
    const gammaLane = await box(page.locator(`[data-lane-id="${ids.gamma}"]`));
    const from = { x: session.x + 6, y: session.y + session.height / 2 };
    await drag(page, from, { x: from.x, y: gammaLane.y + gammaLane.height / 2 });
    await until(() => participantsOf(ids.session), (v) => v.join() === ids.gamma, 'the new participant');
    expect(startOf(ids.session)).toBe('2025-03-05');
    await page.close();
  });

  it('creates an event in a lane by double-clicking empty space', async () => {
    const page = await openTimeline();
    const count = () => readDb((db) => (db.prepare(`SELECT count(*) AS n FROM events e, json_each(e.participants) p WHERE p.value ->> 'actorId' = ?`).get(ids.beta) as { n: number }).n);
    const before = count();
    const lane = await box(page.locator(`[data-lane-id="${ids.beta}"]`));
    const plot = await box(page.locator('.tl-plot'));
    await page.mouse.dblclick(plot.x + plot.width - 40, lane.y + lane.height - 8);
    await until(count, (n) => n === before + 1, 'the created event');
    const created = readDb((db) => db.prepare(`SELECT e.title, e.start FROM events e, json_each(e.participants) p
      WHERE p.value ->> 'actorId' = ? ORDER BY e.rid DESC LIMIT 1`).get(ids.beta) as { title: string; start: string });
    expect(created.title).toBe('New event');
    expect(JSON.parse(created.start).value >= '2025-03-12').toBe(true);
    await expect.poll(() => page.getByRole('complementary', { name: 'Inspector' }).isVisible()).toBe(true);
    await page.close();
  });

  it('filters by actor', async () => {
    const page = await openTimeline();
    await page.locator('summary', { hasText: 'Actors' }).click();
    await page.getByLabel('Only entries of Gamma Union').check();
    await expect.poll(() => page.locator(`[data-entity-id="${ids.talks}"]`).count()).toBe(0);
    await expect.poll(() => page.locator(`[data-entity-id="${ids.session}"]`).count()).toBe(1);
    expect(await page.locator(`[data-entity-id="${ids.statement}"]`).count()).toBe(0);
    await page.getByLabel('Only entries of Gamma Union').uncheck();
    await expect.poll(() => page.locator(`[data-entity-id="${ids.talks}"]`).count()).toBe(1);
    await page.close();
  });

  it('edits with the keyboard alone: select, move by a day, open the inspector', async () => {
    const page = await openTimeline();
    await page.keyboard.press('Tab');
    await page.locator('.tl-scroll').focus();
    await page.keyboard.press('ArrowRight');
    const selected = page.locator('.tl-item.selected[data-entity-id]');
    await expect.poll(() => selected.count()).toBe(1);
    const id = (await selected.getAttribute('data-entity-id'))!;
    const table = id.startsWith('st') ? 'statements' : 'events';
    const column = id.startsWith('st') ? 'date' : 'start';
    const read = () => readDb((db) => JSON.parse((db.prepare(`SELECT ${column} AS d FROM ${table} WHERE id = ?`).get(id) as { d: string }).d).value as string);
    const before = read();
    await page.keyboard.press('Alt+ArrowRight');
    const after = await until(read, (v) => v !== before, 'the nudged date');
    expect(Date.parse(after) - Date.parse(before)).toBe(86_400_000);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('complementary', { name: 'Inspector' }).isVisible()).toBe(true);
    await page.close();
  });
});
