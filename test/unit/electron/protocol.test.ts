// The app:// protocol handler on a real folder; `electron` is a stand-in (no Electron binary here).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { protocol } from 'electron';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { createRendererHandler, registerAppScheme, resolveRendererFile } from '../../../src-main/electron/protocol';
import { CONTENT_SECURITY_POLICY } from '../../../src-main/web/server';

vi.mock('electron', async () => (await import('./stand-in')).electronStandIn());

const base = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-protocol-'));
const rendererDir = path.join(base, 'renderer');
fs.mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Parley</title>');
fs.writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
// A secret beside the renderer folder, whose name shares its prefix: "renderer-secret" starts with "renderer".
fs.mkdirSync(path.join(base, 'renderer-secret'));
fs.writeFileSync(path.join(base, 'renderer-secret', 'key.txt'), 'secret');
fs.writeFileSync(path.join(base, 'secret.txt'), 'secret');
afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

const handler = createRendererHandler(rendererDir);
const get = (url: string) => handler(new Request(url));

describe('app:// protocol', () => {
  it('registers a standard, secure scheme without CSP bypass or CORS', () => {
    registerAppScheme();
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('serves the renderer with its type and the content security policy', async () => {
    const page = await get('app://parley/index.html');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await page.text()).toContain('<title>Parley</title>');
    const script = await get('app://parley/assets/app.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await (await get('app://parley/timeline')).text()).toContain('<title>Parley</title>');
  });

  it('refuses paths that leave the renderer folder, however they are spelled', async () => {
    const attempts = [
      'app://parley/../secret.txt', 'app://parley/%2e%2e/secret.txt', 'app://parley/..%2fsecret.txt',
      'app://parley/assets/..%2f..%2fsecret.txt', 'app://parley/%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd',
      'app://parley/..%2frenderer-secret%2fkey.txt', `app://parley/${encodeURIComponent(path.join(base, 'secret.txt'))}`,
      'app://parley/index.html%00.js', 'app://parley/%E0%A4%A',
    ];
    for (const url of attempts) {
      const response = await get(url);
      expect(response.status, url).toBe(404);
      expect(await response.text(), url).not.toContain('secret');
    }
    expect(resolveRendererFile(rendererDir, 'app://parley/..%2f..%2fetc%2fpasswd')).toBeNull();
  });

  it('serves only its own host and scheme, and only reads', async () => {
    expect(resolveRendererFile(rendererDir, 'app://evil/index.html')).toBeNull();
    expect(resolveRendererFile(rendererDir, 'file:///index.html')).toBeNull();
    expect((await get('app://parley/missing.js')).status).toBe(404);
    expect((await handler(new Request('app://parley/index.html', { method: 'POST', body: 'x' }))).status).toBe(405);
  });
});
