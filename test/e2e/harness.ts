// End-to-end harness: the real CLI starts the browser shell on a project in a temp folder, and
// playwright-core drives the system Chromium against it. Nothing is mocked.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

export const REPO = path.resolve(import.meta.dirname, '../..');
const CHROMIUM = process.env.PARLEY_CHROMIUM ?? '/usr/bin/chromium';
export const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'];

export function requireChromium(): string {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`No Chromium at ${CHROMIUM}: the end-to-end tests need Debian's "chromium" package (apt-get install chromium), or PARLEY_CHROMIUM set to a Chromium binary.`);
  }
  return CHROMIUM;
}

export function tempDir(prefix = 'parley-e2e-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export interface Shell { url: string; child: ChildProcess; stop(): Promise<void> }

/** Starts `cli serve` the way a user would and waits for its PARLEY_URL line. */
export async function startShell(args: string[], env: Record<string, string> = {}): Promise<Shell> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(REPO, 'src-main/cli/index.ts'), 'serve', '--no-open', ...args], {
    cwd: REPO, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (d) => { stderr += d; });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`serve printed no URL in 60 s; stderr: ${stderr}`)), 60_000);
    child.stdout!.on('data', (d) => {
      out += d;
      const m = /^PARLEY_URL=(\S+)$/m.exec(out);
      if (m) { clearTimeout(timer); resolve(m[1]); }
    });
    child.once('exit', (code) => { clearTimeout(timer); reject(new Error(`serve exited (${code}): ${stderr}`)); });
  });
  return {
    url, child,
    stop: () => new Promise((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    }),
  };
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: requireChromium(), headless: true, args: CHROMIUM_FLAGS });
}

export async function openApp(browser: Browser, url: string, viewport = { width: 1400, height: 860 }): Promise<Page> {
  const page = await browser.newPage({ viewport });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  (page as Page & { errors?: string[] }).errors = errors;
  await page.goto(url);
  return page;
}

export interface ShellLaunch { args: string[]; dataDir: string }
export interface RunningApp { readonly shell: Shell; readonly browser: Browser }

/**
 * A suite's browser shell and Chromium: `prepare` builds the project and names the serve arguments; both
 * start before the suite's tests and stop after them.
 */
export function useAppShell(prepare: () => ShellLaunch | Promise<ShellLaunch>): RunningApp {
  let shell: Shell | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    const { args, dataDir } = await prepare();
    shell = await startShell(args, { PARLEY_DATA_DIR: dataDir });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await shell?.stop();
  });
  return {
    get shell() { if (!shell) throw new Error('the shell has not started'); return shell; },
    get browser() { if (!browser) throw new Error('the browser has not started'); return browser; },
  };
}
