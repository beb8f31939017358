// Hostile text (markup, script, bidi overrides, NUL bytes, megabyte strings) is data: it round-trips through the API
// and the SQLite file byte for byte, including through the undo log. Rendering it as text is checked by the UI and
// PDF suites.
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { call, day, openHarness, type Harness } from './helpers';

const HOSTILE = [
  '<script>alert(document.domain)</script>',
  '<img src=x onerror="alert(1)">',
  '"><svg onload=alert(1)>',
  '\u202Eexe.tnemucod\u202C', // right-to-left override: renders reversed
  'Foreign Minister\u2066 \u2067ملاحظة\u2069',
  'null\u0000byte',
  '\u0000',
  "Robert'); DROP TABLE events;--",
  '{{constructor.constructor("alert(1)")()}}',
  'javascript:alert(1)',
  '\u200B\u200D\uFEFFzero width',
  '😀 family 👨‍👩‍👧 and ñ',
  'line\r\nbreak\ttab',
  '%s%n%x %00',
];
/** Every hostile piece, joined and repeated to n characters. */
const big = (n: number) => {
  const unit = `${HOSTILE.join(' | ')} | `;
  return unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
};
const hex = (s: string) => Buffer.from(s, 'utf8').toString('hex').toUpperCase();

const harnesses: Harness[] = [];
afterEach(() => { for (const h of harnesses.splice(0)) h.session.close(); });

describe('hostile content round-trips exactly', () => {
  it('through create, get, list, a reopened file and the raw bytes stored', async () => {
    const h = await openHarness();
    harnesses.push(h);
    const d = h.dispatch;
    const megabyte = big(1_048_576);
    expect(megabyte).toContain('\u0000');

    const actors = [];
    for (const name of HOSTILE.filter((n) => n.trim() === n && n.trim().length > 0)) {
      const a = await call<{ id: string; name: string; aliases: string[]; notes: string }>(d, 'actors.create', {
        name, kind: 'person', aliases: [name], notes: big(200_000),
      });
      expect(a.name).toBe(name);
      expect(a.aliases).toEqual([name]);
      expect(a.notes).toBe(big(200_000));
      actors.push(a);
    }
    const events = [];
    for (const [i, title] of HOSTILE.entries()) {
      if (title.trim() !== title || !title) continue; // names and titles are trimmed by design
      const e = await call<{ id: string; title: string; description: string; location: string }>(d, 'events.create', {
        type: 'talks', title, description: big(200_000 - i), location: HOSTILE[(i + 1) % HOSTILE.length], tags: [title.slice(0, 100)],
        start: day('2020-01-01'), participants: [{ actorId: actors[i % actors.length].id }],
      });
      expect(e.title).toBe(title);
      expect(e.description).toBe(big(200_000 - i));
      events.push(e);
    }
    const statement = await call<{ id: string; text: string }>(d, 'statements.create', { text: big(20_000), speakerId: actors[0].id });
    expect(statement.text).toBe(big(20_000));
    const source = await call<{ id: string; text: string; title: string; url: string; author: string }>(d, 'sources.create', {
      title: HOSTILE[0], author: HOSTILE[3], url: 'javascript:alert(1)', text: megabyte,
    });
    expect(source.text).toBe(megabyte);
    await call(d, 'project.updateSettings', { title: HOSTILE.join('') });

    // Read back through the API.
    for (const e of events) {
      const got = await call<{ title: string; description: string; location: string }>(d, 'events.get', { id: e.id });
      expect(got).toMatchObject({ title: e.title, description: e.description, location: e.location });
    }
    expect((await call<{ text: string }>(d, 'sources.get', { id: source.id })).text).toBe(megabyte);
    expect((await call<{ id: string; name: string }[]>(d, 'actors.list', {})).map((a) => a.name).sort()).toEqual(actors.map((a) => a.name).sort());

    // Byte-exact in the file: the UTF-8 stored is the UTF-8 given, NUL bytes and all.
    h.session.close();
    const db = new Database(h.file, { readonly: true });
    for (const e of events) {
      const row = db.prepare('SELECT hex(title) AS t, hex(description) AS d, length(CAST(description AS BLOB)) AS n FROM events WHERE id = ?').get(e.id) as { t: string; d: string; n: number };
      expect(row.t).toBe(hex(e.title));
      expect(row.n).toBe(Buffer.byteLength(e.description, 'utf8'));
      expect(row.d).toBe(hex(e.description));
    }
    const stored = db.prepare('SELECT CAST(text AS BLOB) AS b FROM sources WHERE id = ?').get(source.id) as { b: Buffer };
    expect(stored.b.equals(Buffer.from(megabyte, 'utf8'))).toBe(true);
    db.close();

    // And after reopening through the app.
    await call(d, 'project.open', { path: h.file });
    expect((await call<{ text: string }>(d, 'sources.get', { id: source.id })).text).toBe(megabyte);
    expect((await call<{ settings: { title: string } }>(d, 'project.info', {})).settings.title).toBe(HOSTILE.join(''));
    for (const e of events) expect((await call<{ title: string }>(d, 'events.get', { id: e.id })).title).toBe(e.title);
  });

  it('through the undo log (which stores old rows as JSON built by SQLite)', async () => {
    const h = await openHarness();
    harnesses.push(h);
    const d = h.dispatch;
    const actor = await call<{ id: string }>(d, 'actors.create', { name: HOSTILE[5], kind: 'media', notes: big(200_000) });
    const title = `${HOSTILE[0]}${HOSTILE[5]}${HOSTILE[3]}`;
    const e = await call<{ id: string }>(d, 'events.create', {
      type: 'visit', title, description: big(199_999), start: day('2019-09-09'), participants: [{ actorId: actor.id }],
    });
    const source = await call<{ id: string }>(d, 'sources.create', { title: HOSTILE[1], text: big(1_048_576) });
    const original = await call(d, 'events.get', { id: e.id });

    // Edit, undo: the old row comes back from the log exactly. Redo: the edit comes back exactly.
    await call(d, 'events.update', { id: e.id, patch: { title: 'plain', description: 'plain', participants: [{ actorId: actor.id }] } });
    const edited = await call(d, 'events.get', { id: e.id });
    await call(d, 'history.undo', {});
    expect(await call(d, 'events.get', { id: e.id })).toEqual(original);
    await call(d, 'history.redo', {});
    expect(await call(d, 'events.get', { id: e.id })).toEqual(edited);
    await call(d, 'history.undo', {});

    // Delete, undo: the megabyte source and the NUL-named actor (with its participation) come back whole.
    await call(d, 'sources.delete', { ids: [source.id] });
    await call(d, 'history.undo', {});
    expect((await call<{ text: string }>(d, 'sources.get', { id: source.id })).text).toBe(big(1_048_576));
    await call(d, 'actors.delete', { ids: [actor.id] });
    await call(d, 'history.undo', {});
    const restored = (await call<{ name: string; notes: string }[]>(d, 'actors.list', {})).find((a) => a.name === HOSTILE[5]);
    expect(restored?.notes).toBe(big(200_000));
    expect(await call(d, 'events.get', { id: e.id })).toEqual(original);
  });

  it('as search text: markup and LIKE wildcards in a filter match literally and break nothing', async () => {
    const h = await openHarness();
    harnesses.push(h);
    const d = h.dispatch;
    await call(d, 'events.create', { type: 'talks', title: 'Plain meeting', start: day('2020-01-01') });
    await call(d, 'events.create', { type: 'talks', title: `Hostile ${HOSTILE[0]}`, start: day('2020-01-02') });
    for (const text of [...HOSTILE, '%', '_', '\\', "'", '"']) {
      const r = await d('events.list', { filter: { text } });
      expect(r.ok, text).toBe(true);
    }
    const found = await call<{ title: string }[]>(d, 'events.list', { filter: { text: '<script>' } });
    expect(found.map((e) => e.title)).toEqual([`Hostile ${HOSTILE[0]}`]);
  });
});
