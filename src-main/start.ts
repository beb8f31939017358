// `npm start [-- [PROJECT.parley] [--no-open]]`: the Electron shell where Electron's binary is installed,
// the browser shell otherwise (saying why in one line on stderr; stdout stays the serve command's).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { ensureRendererBuilt, REPO_ROOT } from './app/renderer-build';
import { runServe } from './cli/serve';

/** The electron package exports its binary's path, and throws when the download never happened. */
function findElectron(): { binary: string } | { reason: string } {
  try {
    const binary: unknown = createRequire(import.meta.url)('electron');
    if (typeof binary === 'string' && fs.existsSync(binary)) return { binary };
    return { reason: `no file at ${String(binary)}` };
  } catch (e) {
    return { reason: e instanceof Error ? e.message : String(e) };
  }
}

async function main(argv: string[]): Promise<void> {
  const project = argv.find((a) => !a.startsWith('-'));
  const electron = findElectron();
  if ('binary' in electron) {
    await ensureRendererBuilt(); // runServe builds it itself
    const built = spawnSync(process.execPath, [path.join(REPO_ROOT, 'scripts', 'build-electron.mjs')], { stdio: 'inherit' });
    if (built.status !== 0) throw new Error('Bundling the Electron shell failed (see above).');
    const child = spawn(electron.binary, [REPO_ROOT, ...(project ? [path.resolve(project)] : [])], { stdio: 'inherit' });
    child.on('exit', (code) => process.exit(code ?? 0));
    return;
  }
  process.stderr.write(`Electron's binary is not installed here (${electron.reason}); starting the browser shell instead.\n`);
  await runServe({ project, open: !argv.includes('--no-open') });
}

main(process.argv.slice(2)).catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
