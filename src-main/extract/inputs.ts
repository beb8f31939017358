// Loading an article from a file: plain text, a saved web page (Readability over linkedom) or a PDF
// (pdfjs-dist). Anything we cannot read as an article fails with a message a researcher can act on.
// linkedom and Readability load with the first web page (about a second of start-up otherwise).
type ParseHtml = typeof import('linkedom').parseHTML;

export interface LoadedArticle {
  text: string;
  title?: string;
  byline?: string;
  /** ISO 8601 with offset, when the page says. */
  published?: string;
  timezone?: string;
  outlet?: string;
}

export class ExtractInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ExtractInputError';
  }
}

export const MAX_INPUT_BYTES = 20 * 1024 * 1024;

export async function loadArticle(bytes: Uint8Array, fileName: string): Promise<LoadedArticle> {
  if (bytes.byteLength > MAX_INPUT_BYTES) {
    throw new ExtractInputError(`${fileName} is ${(bytes.byteLength / 1024 / 1024).toFixed(1)} MB; articles over 20 MB are not imported.`);
  }
  if (bytes.byteLength === 0) throw new ExtractInputError(`${fileName} is empty.`);
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (ext === 'pdf' || startsWith(bytes, '%PDF-')) return loadPdf(bytes, fileName);
  const text = decodeText(bytes, fileName);
  if (ext === 'html' || ext === 'htm' || (!ext && /^\s*<(?:!doctype|html)/i.test(text))) {
    const [{ parseHTML }, { Readability }] = await Promise.all([import('linkedom'), import('@mozilla/readability')]);
    return loadHtml(text, fileName, parseHTML, Readability);
  }
  return { text: requireText(text.replace(/\r\n?/g, '\n'), fileName) };
}

function startsWith(bytes: Uint8Array, ascii: string): boolean {
  return [...ascii].every((c, i) => bytes[i] === c.charCodeAt(0));
}

function decodeText(bytes: Uint8Array, fileName: string): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ExtractInputError(`${fileName} is not text: it looks like binary data. Import .txt, .html or .pdf files.`);
  }
  const sample = text.slice(0, 4096);
  const control = [...sample].filter((c) => /[\u0000-\u0008\u000e-\u001f]/.test(c)).length;
  if (sample.includes('\u0000') || control > sample.length * 0.02) {
    throw new ExtractInputError(`${fileName} is not text: it looks like binary data. Import .txt, .html or .pdf files.`);
  }
  return text.replace(/^\uFEFF/, '');
}

function requireText(text: string, fileName: string): string {
  if (!text.trim()) throw new ExtractInputError(`${fileName} has no text to extract from.`);
  return text;
}

function loadHtml(html: string, fileName: string, parseHTML: ParseHtml, Readability: typeof import('@mozilla/readability').Readability): LoadedArticle {
  if (!/<[a-z!][^>]*>/i.test(html)) throw new ExtractInputError(`${fileName} is not a web page: it has no HTML tags.`);
  const { document } = parseHTML(html);
  const meta = (selector: string) => document.querySelector(selector)?.getAttribute('content')?.trim() || undefined;
  const published =
    meta('meta[property="article:published_time"]') ??
    meta('meta[name="article:published_time"]') ??
    meta('meta[itemprop="datePublished"]') ??
    meta('meta[name="pubdate"]') ??
    meta('meta[name="date"]') ??
    jsonLdDate(document) ??
    document.querySelector('time[datetime]')?.getAttribute('datetime')?.trim();
  const outlet = meta('meta[property="og:site_name"]') ?? meta('meta[name="application-name"]');
  let article: ReturnType<InstanceType<typeof Readability<string>>['parse']> = null;
  try {
    article = new Readability(document as unknown as Document).parse();
  } catch {
    article = null;
  }
  const text = article ? blocksText(parseHTML, article.content ?? '', article.textContent ?? '') : '';
  if (!article || !text || text.length < 40) {
    throw new ExtractInputError(`${fileName}: no article body could be found in this page (the HTML may be broken or truncated).`);
  }
  return {
    text,
    title: article.title?.trim() || undefined,
    byline: article.byline?.trim() || undefined,
    published: published && !Number.isNaN(Date.parse(published)) ? published : undefined,
    outlet: outlet ?? (article.siteName?.trim() || undefined),
  };
}

const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption';

/** Readability's HTML as paragraphs: one block per paragraph, so sentences never run together. */
function blocksText(parseHTML: ParseHtml, contentHtml: string, fallback: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${contentHtml}</body></html>`);
  const blocks = Array.from(document.querySelectorAll(BLOCKS))
    .filter((el) => !el.querySelector(BLOCKS))
    .map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  return (blocks.length ? blocks.join('\n\n') : fallback.replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n')).trim();
}

function jsonLdDate(document: { querySelectorAll(s: string): ArrayLike<{ textContent: string | null }> }): string | undefined {
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      const found = findKey(JSON.parse(script.textContent ?? ''), 'datePublished');
      if (typeof found === 'string') return found;
    } catch {
      // A broken JSON-LD block is common and harmless: try the next one.
    }
  }
  return undefined;
}

function findKey(value: unknown, key: string): unknown {
  if (Array.isArray(value)) return value.map((v) => findKey(v, key)).find((v) => v !== undefined);
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (key in record) return record[key];
    return Object.values(record).map((v) => findKey(v, key)).find((v) => v !== undefined);
  }
  return undefined;
}

async function loadPdf(bytes: Uint8Array, fileName: string): Promise<LoadedArticle> {
  if (!startsWith(bytes, '%PDF-')) throw new ExtractInputError(`${fileName} is not a PDF file.`);
  // pdfjs would prompt for a password; the app has no way to ask, so say so up front.
  if (/\/Encrypt\s/.test(new TextDecoder('latin1').decode(bytes.subarray(Math.max(0, bytes.byteLength - 4096))))) {
    throw new ExtractInputError(`${fileName} is an encrypted PDF; save an unprotected copy and import that.`);
  }
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  let doc;
  try {
    doc = await pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
  } catch (err) {
    const name = (err as { name?: string }).name;
    if (name === 'PasswordException') throw new ExtractInputError(`${fileName} is an encrypted PDF; save an unprotected copy and import that.`);
    throw new ExtractInputError(`${fileName} could not be read as a PDF (${(err as Error).message}).`);
  }
  try {
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const content = await (await doc.getPage(n)).getTextContent();
      let line = '';
      const lines: string[] = [];
      for (const item of content.items) {
        if (!('str' in item)) continue;
        line += item.str;
        if (item.hasEOL) {
          lines.push(line);
          line = '';
        }
      }
      if (line) lines.push(line);
      pages.push(lines.join('\n'));
    }
    const text = pages.join('\n\n').trim();
    if (!text) throw new ExtractInputError(`${fileName} has no text layer (it looks like scanned images); run it through OCR first.`);
    const info = (await doc.getMetadata().catch(() => null))?.info as { Title?: string; Author?: string } | undefined;
    return { text, title: info?.Title || undefined, byline: info?.Author || undefined };
  } finally {
    await doc.destroy();
  }
}
