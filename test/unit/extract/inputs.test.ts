import { describe, expect, it } from 'vitest';
import { ExtractInputError, loadArticle, MAX_INPUT_BYTES } from '../../../src-main/extract/inputs';
import { encryptedPdf, imageOnlyPdf, textPdf } from './pdf-builder';

const utf8 = (s: string) => new TextEncoder().encode(s);
const paragraph = 'Negotiators from both delegations met in Geneva on Sunday for a fourth round of talks on the border. ';

describe('loadArticle', () => {
  it('reads plain text, normalising line endings', async () => {
    const loaded = await loadArticle(utf8('Talks resumed.\r\nHamas said so.'), 'a.txt');
    expect(loaded.text).toBe('Talks resumed.\nHamas said so.');
  });

  it('reads a saved web page: body as paragraphs, title, byline, outlet and published date from meta tags', async () => {
    const html = `<html><head><title>Talks resume</title>
      <meta property="article:published_time" content="2024-03-03T09:00:00+01:00"><meta property="og:site_name" content="Wire"></head>
      <body><nav>Home | World</nav><article><h1>Talks resume in Geneva</h1><p class="byline">By Jane Roe</p>
      <p>${paragraph.repeat(4)}</p><p>The mediator said the delegations would meet again on March 17.</p></article></body></html>`;
    const loaded = await loadArticle(utf8(html), 'page.html');
    expect(loaded.published).toBe('2024-03-03T09:00:00+01:00');
    expect(loaded.outlet).toBe('Wire');
    expect(loaded.byline).toContain('Jane Roe');
    expect(loaded.text).toContain('\n\nThe mediator said the delegations would meet again on March 17.');
    expect(loaded.text).not.toContain('Home | World');
  });

  it('takes the published date from JSON-LD, then from <time datetime>', async () => {
    const body = `<article><p>${paragraph.repeat(4)}</p></article>`;
    const jsonLd = `<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2025-05-08T06:10:00+03:00"}]}</script>`;
    expect((await loadArticle(utf8(`<html><head>${jsonLd}</head><body>${body}</body></html>`), 'a.html')).published).toBe('2025-05-08T06:10:00+03:00');
    const withTime = `<html><body><time datetime="2024-01-22T07:00:00+02:00">22 Jan</time>${body}</body></html>`;
    expect((await loadArticle(utf8(withTime), 'b.htm')).published).toBe('2024-01-22T07:00:00+02:00');
  });

  it('reads the text layer of a PDF', async () => {
    const loaded = await loadArticle(textPdf('Talks resumed in Doha on Monday, Reuters reported.'), 'wire.pdf');
    expect(loaded.text).toBe('Talks resumed in Doha on Monday, Reuters reported.');
  });

  const rejects = async (bytes: Uint8Array, name: string, message: RegExp) => {
    const error = await loadArticle(bytes, name).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExtractInputError);
    expect((error as Error).message).toMatch(message);
  };

  it('rejects empty text', async () => {
    await rejects(new Uint8Array(0), 'empty.txt', /empty/);
    await rejects(utf8('  \n\t \n'), 'blank.txt', /no text/);
  });

  it('rejects binary data', async () => {
    await rejects(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48]), 'photo.txt', /binary/);
    await rejects(utf8(`abc\u0000\u0001\u0002def`), 'dump.txt', /binary/);
  });

  it('rejects a file over 20 MB before reading it', async () => {
    await rejects(new Uint8Array(MAX_INPUT_BYTES + 1), 'huge.txt', /20 MB/);
  });

  it('rejects broken HTML with no article body', async () => {
    await rejects(utf8('<html><body><div><p>Sub</div></span><scr'), 'broken.html', /no article body/);
    await rejects(utf8('just some words, no tags'), 'notes.html', /no HTML tags/);
  });

  it('rejects an encrypted PDF', async () => {
    await rejects(encryptedPdf(), 'locked.pdf', /encrypted/);
  });

  it('rejects an image-only PDF', async () => {
    await rejects(imageOnlyPdf(), 'scan.pdf', /no text layer/);
  });

  it('rejects a file named .pdf that is not one', async () => {
    await rejects(utf8('hello'), 'fake.pdf', /not a PDF/);
  });
});
