// Finding and starting the system's Chromium: the browser shell's window, and the PDF printer.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const CANDIDATES = [
  '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable',
  '/Applications/Chromium.app/Contents/MacOS/Chromium', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

/** Flags that keep Chromium from phoning home: Parley runs offline. */
export const QUIET_CHROMIUM_FLAGS = ['--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-default-apps'];

export function findChromium(): string | null {
  const configured = process.env.PARLEY_CHROMIUM;
  if (configured) return fs.existsSync(configured) ? configured : null;
  return CANDIDATES.find((c) => fs.existsSync(c)) ?? null;
}

/** The Debian package to install when no Chromium is found (said in every such message). */
export const CHROMIUM_HINT = 'install Debian\'s "chromium" package (apt-get install chromium) or set PARLEY_CHROMIUM to a Chromium binary';

/** Opens the browser shell's URL as an app window with its own profile; returns false when there is no Chromium. */
export function openAppWindow(url: string, profileDir: string): boolean {
  const chromium = findChromium();
  if (!chromium) return false;
  fs.mkdirSync(profileDir, { recursive: true });
  const args = [`--app=${url}`, `--user-data-dir=${path.resolve(profileDir)}`, ...QUIET_CHROMIUM_FLAGS];
  if (process.getuid?.() === 0) args.push('--no-sandbox'); // Chromium refuses to start as root otherwise.
  const child = spawn(chromium, args, { stdio: 'ignore', detached: true });
  child.unref();
  return true;
}
