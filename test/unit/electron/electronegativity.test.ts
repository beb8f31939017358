// The Electronegativity gate (scripts/electronegativity.mjs) can fail: a careless window is caught, an
// explained finding passes, and an explanation for a finding that is gone is refused.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../../..');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-eng-'));
const src = path.join(dir, 'src');
fs.mkdirSync(src);
fs.writeFileSync(path.join(src, 'careless.ts'), [
  "import { BrowserWindow } from 'electron';",
  "export const w = new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false, sandbox: false } });",
].join('\n'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function gate(accepted: object[]) {
  const file = path.join(dir, 'accepted.json');
  fs.writeFileSync(file, JSON.stringify(accepted));
  const r = spawnSync(process.execPath, [path.join(root, 'scripts/electronegativity.mjs'), '--input', src, '--accepted', file], { encoding: 'utf8' });
  return { status: r.status, output: r.stdout + r.stderr };
}

describe('electronegativity gate', () => {
  it('fails on a window without isolation or sandbox, and on missing navigation and permission guards', () => {
    const { status, output } = gate([]);
    expect(status).toBe(1);
    for (const id of ['CONTEXT_ISOLATION_JS_CHECK', 'SANDBOX_JS_CHECK', 'LIMIT_NAVIGATION_GLOBAL_CHECK', 'PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK']) {
      expect(output).toContain(id);
    }
  }, 60_000);

  it('passes once every finding is explained', () => {
    const ids = [['CSP_GLOBAL_CHECK', 'N/A'], ['LIMIT_NAVIGATION_GLOBAL_CHECK', 'N/A'], ['PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK', 'N/A'],
      ['AUXCLICK_JS_CHECK', 'src/careless.ts'], ['CONTEXT_ISOLATION_JS_CHECK', 'src/careless.ts'], ['SANDBOX_JS_CHECK', 'src/careless.ts']];
    const relative = (f: string) => (f === 'N/A' ? f : path.relative(root, path.join(dir, f)).split(path.sep).join('/'));
    const { status, output } = gate(ids.map(([id, file]) => ({ id, file: relative(file), reason: 'test' })));
    expect(output).toContain('no unexplained finding');
    expect(status).toBe(0);
  }, 60_000);

  it('refuses an explanation for a finding that no longer occurs', () => {
    const { status, output } = gate([{ id: 'OPEN_EXTERNAL_JS_CHECK', file: 'src/careless.ts', reason: 'it was once there' }]);
    expect(status).toBe(1);
    expect(output).toMatch(/stale entry .*OPEN_EXTERNAL_JS_CHECK/);
  }, 60_000);
});
