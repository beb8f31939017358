import { describe, expect, it } from 'vitest';
import type { ImportArticle, ImportProposals } from '../../../shared/api/import';
import { CAIRO_PUBLISHED, CAIRO_STORY, importSession } from './helpers';

type Proposed = { article: ImportArticle; proposals: ImportProposals };
const base64 = (text: string | Uint8Array) => Buffer.from(text).toString('base64');
const page = (head: string) => `<html><head>${head}</head><body><article><h1>Cairo round</h1><p>${CAIRO_STORY.replace(/\n\n/g, '</p><p>')}</p></article></body></html>`;

describe('import.propose', () => {
  it('proposes actors, events and statements with the project as gazetteer, and writes nothing', async () => {
    const { ok, person, government, snapshot } = await importSession();
    const haddad = person('Karim Haddad');
    const egypt = government('Egypt');
    const before = snapshot();
    const { article, proposals } = await ok<Proposed>('import.propose', { text: CAIRO_STORY, ...CAIRO_PUBLISHED });
    expect(snapshot()).toBe(before);

    expect(article).toMatchObject({ text: CAIRO_STORY, zone: 'Africa/Cairo', outletName: '' });
    expect(article.published).toMatch(/^2025-05-08T10:00:00[+-]\d\d:\d\d$/);
    expect(proposals.actors.find((a) => a.name === 'Karim Haddad')).toMatchObject({ id: haddad.id, existingId: haddad.id, aliases: ['Haddad'] });
    expect(proposals.actors.find((a) => a.name === 'Qatar')?.existingId).toBeUndefined();
    // "on Tuesday" before a Thursday publication: 6 May, a local date in Cairo.
    const talks = proposals.events.find((e) => e.type === 'talks')!;
    expect(talks).toMatchObject({ start: { value: '2025-05-06', precision: 'day', approximate: false, zone: 'Africa/Cairo' }, end: null, location: 'Cairo' });
    expect(talks.participants).toContain(egypt.id);
    expect(talks.mergeWithId).toBeUndefined();
    // The article dates no statement: they are placed around its publication day.
    const quote = proposals.statements.find((s) => s.direct)!;
    expect(quote).toMatchObject({ speaker: haddad.id, text: 'We are not there yet, but we are closer', date: { value: '2025-05-08', precision: 'day', approximate: true } });
  });

  it('takes the publication instant, zone and outlet from a saved page, and the zone from the user when the page has only an offset', async () => {
    const { ok } = await importSession();
    const html = page('<meta property="article:published_time" content="2025-05-08T06:10:00+03:00"><meta property="og:site_name" content="Nile Wire">');
    const file = { name: 'cairo.html', base64: base64(html) };
    const alone = await ok<Proposed>('import.propose', { file, published: '2024-01-01' });
    // The page's date wins over the user's; its offset, with no zone named, becomes a fixed-offset zone.
    expect(alone.article).toMatchObject({ published: '2025-05-08T06:10:00+03:00', zone: 'Etc/GMT-3', outletName: 'Nile Wire' });
    const withZone = await ok<Proposed>('import.propose', { file, timezone: 'Africa/Cairo' });
    expect(withZone.article).toMatchObject({ published: '2025-05-08T06:10:00+03:00', zone: 'Africa/Cairo' });
    expect(withZone.article.text).toContain('"We are not there yet, but we are closer," Haddad said.');
  });

  it('refuses bad input with a typed error and writes nothing', async () => {
    const { dispatch, snapshot } = await importSession();
    const before = snapshot();
    const binary = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256);
    const cases: [unknown, RegExp][] = [
      [{ text: '' }, /empty/],
      [{ text: '   \n\n ' }, /no text/],
      [{ file: { name: 'photo.txt', base64: base64(binary) } }, /binary/],
      [{ file: { name: 'broken.html', base64: base64('<html><body><div class="story"><p>Talks</di') } }, /no article body/],
      [{ file: { name: 'huge.txt', base64: base64('a'.repeat(20 * 1024 * 1024 + 1)) } }, /over 20 MB/],
      [{ text: CAIRO_STORY, timezone: 'Mars/Olympus' }, /Unknown time zone/],
      [{ text: CAIRO_STORY, published: 'last Tuesday' }, /YYYY-MM-DD/],
      [{}, /Invalid input/],
    ];
    for (const [input, message] of cases) {
      const r = await dispatch('import.propose', input);
      expect(r.ok, JSON.stringify(input).slice(0, 80)).toBe(false);
      if (!r.ok) {
        expect(r.error.code).toBe('invalid_input');
        expect(r.error.message).toMatch(message);
      }
    }
    expect(snapshot()).toBe(before);
  });
});
