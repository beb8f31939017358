// `npm start` (src-main/start.ts) on both of its paths. ELECTRON_OVERRIDE_DIST_PATH is the electron
// package's own switch for where its binary lives: an empty folder stands for "not installed" (the
// case on this machine), a folder with a fake binary for an installed one.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../../..');
const base = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-start-'));
let child: ChildProcess | null = null;
afterEach(() => {
  if (child?.exitCode === null) child.kill('SIGTERM');
  child = null;
});
afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

function start(electronDir: string, ...args: string[]) {
  child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'src-main/start.ts'), ...args], {
    cwd: root, env: { ...process.env, PARLEY_DATA_DIR: path.join(base, 'data'), ELECTRON_OVERRIDE_DIST_PATH: electronDir },
  });
  const output = { stdout: '', stderr: '' };
  child.stdout!.on('data', (d) => { output.stdout += d; });
  child.stderr!.on('data', (d) => { output.stderr += d; });
  const exited = new Promise<number | null>((resolve) => child!.on('exit', resolve));
  return { output, exited };
}

async function until(condition: () => boolean, ms: number, output: object): Promise<void> {
  for (const end = Date.now() + ms; !condition(); await new Promise((r) => setTimeout(r, 100))) {
    if (Date.now() > end || child?.exitCode !== null) throw new Error(`npm start did not serve: ${JSON.stringify(output)}`);
  }
}

describe('npm start', () => {
  it('without Electron\'s binary, says why in one line and serves the browser shell', async () => {
    const missing = fs.mkdtempSync(path.join(base, 'no-electron-'));
    const { output } = start(missing, '--no-open');
    await until(() => /PARLEY_URL=\S+\n/.test(output.stdout), 150_000, output);
    const notices = output.stderr.split('\n').filter((l) => l.includes('Electron'));
    expect(notices).toEqual([
      `Electron's binary is not installed here (no file at ${path.join(missing, 'electron')}); starting the browser shell instead.`,
    ]);
    // The shell answers on its URL, with the default project open.
    const url = new URL(output.stdout.match(/PARLEY_URL=(\S+)/)![1]);
    const info = await fetch(new URL('/api/project.info', url), {
      method: 'POST', headers: { 'x-parley-token': url.searchParams.get('token')!, 'content-type': 'application/json' }, body: '{}',
    }).then((r) => r.json());
    expect(info).toMatchObject({ ok: true, value: { path: path.join(base, 'data', 'Projects', 'My negotiations.parley') } });
  }, 180_000);

  it('with Electron\'s binary, bundles the shell and starts Electron on the app and the named project', async () => {
    const installed = fs.mkdtempSync(path.join(base, 'electron-'));
    const argsFile = path.join(base, 'electron-args.txt');
    fs.writeFileSync(path.join(installed, 'electron'), `#!/bin/sh\nprintf '%s\\n' "$@" > '${argsFile}'\nexit 3\n`, { mode: 0o755 });
    const { output, exited } = start(installed, 'some.parley');
    expect(await exited).toBe(3); // Electron's exit code is npm start's
    expect(fs.readFileSync(argsFile, 'utf8').trim().split('\n')).toEqual([root, path.join(root, 'some.parley')]);
    expect(fs.existsSync(path.join(root, 'dist-electron', 'main.cjs'))).toBe(true);
    expect(output.stderr).not.toContain('browser shell');
  }, 180_000);
});
