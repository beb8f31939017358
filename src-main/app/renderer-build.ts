// The built renderer both shells serve; built on demand when missing or older than its sources.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const RENDERER_DIR = path.join(REPO_ROOT, 'dist', 'renderer');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, fs.statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

export function rendererIsStale(): boolean {
  const index = path.join(RENDERER_DIR, 'index.html');
  if (!fs.existsSync(index)) return true;
  const sourcesDir = path.join(REPO_ROOT, 'src-renderer');
  if (!fs.existsSync(sourcesDir)) return false; // a packaged app ships only the build
  const built = fs.statSync(index).mtimeMs;
  return Math.max(newestMtime(sourcesDir), newestMtime(path.join(REPO_ROOT, 'shared'))) > built;
}

/** Builds the renderer with Vite when needed; logs to stderr so stdout stays machine-readable. */
export async function ensureRendererBuilt(): Promise<string> {
  if (rendererIsStale()) {
    process.stderr.write('Building the renderer…\n');
    const { build } = await import('vite');
    // The config file sets the root (src-renderer) and output folder; a root given here would override it.
    await build({ logLevel: 'warn', configFile: path.join(REPO_ROOT, 'vite.config.ts') });
  }
  return RENDERER_DIR;
}
