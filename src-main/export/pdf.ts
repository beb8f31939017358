// PDF export: the renderer's print route (src-renderer/print.html) printed by a browser engine. The browser
// shell and the CLI use the system Chromium through playwright-core against a loopback web shell; the
// Electron shell registers its own printer (webContents.printToPDF of a hidden window) with setPagePrinter.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { printQuery, type PrintOptions } from '../../shared/print-options';
import { ensureRendererBuilt } from '../app/renderer-build';
import { CHROMIUM_HINT, QUIET_CHROMIUM_FLAGS, findChromium } from '../chromium';
import { createDispatcher } from '../dispatch';
import { Session } from '../handlers/session';
import { ParleyError } from '../store/errors';
import { startWebShell } from '../web/server';
import { writeExportFile } from './write-file';

const PRINT_TIMEOUT_MS = 60_000;
/**
 * The print window: wider than any paper (A4 landscape is 1,123 CSS px) and than the 1,500 px from which
 * print.css hides the page, so Chromium's first, unpaginated pass over it in print media is empty. Both
 * printers use it (Electron's hidden window too).
 */
export const PRINT_WINDOW = { width: 2000, height: 1000 };

/** The print route, relative to the renderer's root; its query string comes from printQuery(options). */
export const PRINT_PAGE = 'print.html';

/**
 * A script to evaluate in the print page: resolves once the layout and its fonts are ready, rejects with
 * the page's message when it could not load. Electron: `await webContents.executeJavaScript(WAIT_FOR_PRINT)`.
 */
export const WAIT_FOR_PRINT = `new Promise((resolve, reject) => {
  const root = document.documentElement;
  const given = Date.now();
  const check = () => root.dataset.printState === 'ready' ? resolve(true)
    : root.dataset.printState === 'error' ? reject(new Error(root.dataset.printError || 'the print page failed'))
    : Date.now() - given > ${PRINT_TIMEOUT_MS} ? reject(new Error('the print page did not finish its layout in ${PRINT_TIMEOUT_MS / 1000} s'))
    : setTimeout(check, 25);
  check();
})`;

/** Electron's printToPDF options: paper size, margins and page numbers come from the page's own @page CSS. */
export const ELECTRON_PDF_OPTIONS = {
  printBackground: true, preferCSSPageSize: true, displayHeaderFooter: false, margins: { top: 0, bottom: 0, left: 0, right: 0 },
} as const;

/** Loads the print route with this query (the part after "print.html?") and returns the PDF's bytes. */
export type PagePrinter = (query: string) => Promise<Uint8Array>;

let registered: PagePrinter | null = null;
/** The Electron shell calls this at start-up with its hidden-window printer; null restores Chromium. */
export function setPagePrinter(printer: PagePrinter | null): void {
  registered = printer;
}

export interface PdfResult { path: string; pages: number; bytes: number; ms: number }

/** Counts the page objects of a PDF (Chromium writes them uncompressed). */
export function countPdfPages(pdf: Uint8Array): number {
  return (Buffer.from(pdf).toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

/** Prints with the system Chromium, headless, the session served on a loopback port of its own for the print. */
function chromiumPrinter(session: Session): PagePrinter {
  return async (query) => {
    const executablePath = findChromium();
    if (!executablePath) throw new ParleyError('unsupported', `PDF export needs Chromium: ${CHROMIUM_HINT}.`);
    const [rendererDir, browser] = await Promise.all([
      ensureRendererBuilt(),
      // No sandbox: the page is Parley's own print route from loopback, and containers often cannot offer one.
      chromium.launch({ executablePath, headless: true, args: ['--no-sandbox', '--disable-gpu', ...QUIET_CHROMIUM_FLAGS] }),
    ]);
    const shell = await startWebShell({ dispatch: createDispatcher(session), rendererDir });
    try {
      const page = await browser.newPage({ viewport: PRINT_WINDOW });
      page.setDefaultTimeout(PRINT_TIMEOUT_MS);
      await page.goto(`${shell.origin}/${PRINT_PAGE}?token=${shell.token}&${query}`);
      await page.evaluate(WAIT_FOR_PRINT);
      return await page.pdf({ preferCSSPageSize: true, printBackground: true, margin: { top: '0', bottom: '0', left: '0', right: '0' } });
    } catch (e) {
      throw new ParleyError('internal', `The PDF could not be printed: ${(e as Error).message.split('\n')[0]}`);
    } finally {
      // The PDF is in hand (or the print failed): Chromium shuts down behind the export instead of before its end.
      void browser.close().catch(() => undefined);
      await shell.close();
    }
  };
}

async function printWith(session: Session, options: PrintOptions, outPath: string): Promise<PdfResult> {
  const started = performance.now();
  const pdf = await (registered ?? chromiumPrinter(session))(printQuery(options));
  const written = writeExportFile(outPath, pdf);
  return { ...written, pages: countPdfPages(pdf), ms: Math.round(performance.now() - started) };
}

/** Writes a PDF of the session's open project, or of a project file (the CLI), to outPath. */
export async function exportPdf(from: { session: Session } | { file: string }, options: PrintOptions, outPath: string): Promise<PdfResult> {
  if ('session' in from) return printWith(from.session, options, outPath);
  // A session of its own, so the CLI's print leaves no trace in the user's recent files or backups.
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-print-'));
  const session = new Session({ dataDir, backups: false });
  try {
    session.open(from.file, false);
    return await printWith(session, options, outPath);
  } finally {
    session.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
