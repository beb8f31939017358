// The browser shell's HTTP transport, attacked the way a hostile page or local process would: missing or wrong
// tokens, foreign Host (DNS rebinding) and Origin headers, path traversal, non-JSON bodies. It listens on loopback only.
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dispatch } from '../../../src-main/dispatch';
import { startWebShell, type WebShell } from '../../../src-main/web/server';
import { day, digest, openHarness, type Harness } from './helpers';

let h: Harness;
let shell: WebShell;
let port: number;
let calls = 0;
const SECRET = 'SECRET-OUTSIDE-RENDERER-7f3a';

beforeAll(async () => {
  h = await openHarness();
  const renderer = path.join(h.dir, 'renderer');
  fs.mkdirSync(path.join(renderer, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(renderer, 'index.html'), '<!doctype html><title>Parley</title>');
  fs.writeFileSync(path.join(renderer, 'assets', 'app.js'), 'console.log("app")');
  // Files beside the renderer folder that a traversal would reach.
  fs.writeFileSync(path.join(h.dir, 'package.json'), JSON.stringify({ secret: SECRET }));
  fs.writeFileSync(path.join(h.dir, 'secret.txt'), SECRET);
  // The real dispatcher, counted, to prove refused requests never reach it.
  const counted: Dispatch = (method, input) => { calls++; return h.dispatch(method, input); };
  shell = await startWebShell({ dispatch: counted, rendererDir: renderer });
  port = Number(new URL(shell.origin).port);
});
afterAll(async () => {
  await shell.close();
  h.session.close();
});

interface Reply { status: number; body: string; headers: http.IncomingHttpHeaders }

function request(urlPath: string, options: { method?: string; headers?: Record<string, string>; body?: string; host?: string } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request({
      host: options.host ?? '127.0.0.1', port, path: urlPath, method: options.method ?? 'GET',
      headers: { host: `127.0.0.1:${port}`, ...options.headers },
    }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => { body += c; });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', reject);
    req.setTimeout(5000, () => req.destroy(new Error(`timeout on ${urlPath}`)));
    req.end(options.body);
  });
}

const api = (method: string, body: unknown, headers: Record<string, string> = {}) =>
  request(`/api/${method}`, { method: 'POST', body: typeof body === 'string' ? body : JSON.stringify(body), headers: { 'content-type': 'application/json', ...headers } });
const withToken = (extra: Record<string, string> = {}) => ({ 'x-parley-token': shell.token, ...extra });
const newEvent = { type: 'talks', title: 'Via HTTP', start: day('2020-01-01') };

describe('browser shell', () => {
  it('answers a proper call (the baseline the refusals are measured against)', async () => {
    const r = await api('project.info', {}, withToken({ origin: shell.origin }));
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body)).toMatchObject({ ok: true, value: { path: h.file } });
    expect(r.headers['content-security-policy']).toContain("script-src 'self'");
    expect(r.headers['x-content-type-options']).toBe('nosniff');
  });

  it('refuses API calls without the token, with a wrong one, or with the token elsewhere than its header', async () => {
    const before = { calls, digest: digest(h.session.store.db) };
    const wrongSameLength = shell.token.replace(/./, (c) => (c === 'a' ? 'b' : 'a'));
    const attempts: [string, Record<string, string>][] = [
      ['none', {}], ['empty', { 'x-parley-token': '' }], ['wrong', { 'x-parley-token': wrongSameLength }],
      ['prefix', { 'x-parley-token': shell.token.slice(0, -1) }], ['longer', { 'x-parley-token': `${shell.token}0` }],
      ['other header', { authorization: `Bearer ${shell.token}` }], ['cookie', { cookie: `x-parley-token=${shell.token}` }],
    ];
    for (const [label, headers] of attempts) {
      const r = await api('events.create', newEvent, headers);
      expect(r.status, label).toBe(401);
      expect(JSON.parse(r.body).ok, label).toBe(false);
    }
    const inQuery = await request(`/api/events.create?token=${shell.token}`, { method: 'POST', body: JSON.stringify(newEvent) });
    expect(inQuery.status).toBe(401);
    expect(calls).toBe(before.calls);
    expect(digest(h.session.store.db)).toBe(before.digest);
  });

  it('refuses a foreign Host header (DNS rebinding), for the API and for static files', async () => {
    const before = calls;
    for (const host of ['evil.example', `evil.example:${port}`, `127.0.0.1:${port + 1}`, `127.0.0.1.nip.io:${port}`, `[::1]:${port}`]) {
      const apiReply = await api('project.info', {}, withToken({ host }));
      expect(apiReply.status, host).toBe(421);
      const page = await request('/', { headers: { host } });
      expect(page.status, host).toBe(421);
      expect(page.body).not.toContain('<title>Parley</title>');
    }
    // HTTP/1.0 allows leaving Host out entirely.
    const raw = await new Promise<string>((resolve, reject) => {
      const socket = net.connect(port, '127.0.0.1', () => socket.end('GET / HTTP/1.0\r\n\r\n'));
      let out = '';
      socket.on('data', (c) => { out += c.toString(); });
      socket.on('end', () => resolve(out));
      socket.on('error', reject);
    });
    expect(raw).toMatch(/^HTTP\/1\.[01] 421/);
    expect(calls).toBe(before);
  });

  it('refuses a foreign Origin even with the right token', async () => {
    const before = { calls, digest: digest(h.session.store.db) };
    for (const origin of ['http://evil.example', 'null', `http://localhost:${port + 1}`, `https://127.0.0.1:${port}`, `${shell.origin}.evil.example`]) {
      const r = await api('events.create', newEvent, withToken({ origin }));
      expect(r.status, origin).toBe(403);
    }
    expect(calls).toBe(before.calls);
    expect(digest(h.session.store.db)).toBe(before.digest);
    // Same token and same origin: accepted, which is what makes the refusals above meaningful.
    const ok = await api('events.create', newEvent, withToken({ origin: shell.origin }));
    expect(JSON.parse(ok.body).ok).toBe(true);
  });

  it('takes API calls only as POST', async () => {
    for (const method of ['GET', 'PUT', 'DELETE']) {
      const r = await request('/api/project.info', { method, headers: withToken() });
      expect(r.status, method).toBe(405);
    }
  });

  it('listens on 127.0.0.1 only', async () => {
    expect(shell.server.address()).toMatchObject({ address: '127.0.0.1', family: 'IPv4', port });
    expect(new URL(shell.origin).hostname).toBe('127.0.0.1');
    // Every other address of this machine, IPv6 loopback included, must refuse the connection.
    const others = Object.values(os.networkInterfaces()).flat()
      .filter((i): i is os.NetworkInterfaceInfo => !!i && i.address !== '127.0.0.1')
      .map((i) => i.address);
    expect(others.length).toBeGreaterThan(0);
    for (const address of others) {
      const refused = await new Promise<boolean>((resolve) => {
        const socket = net.connect({ host: address, port, timeout: 2000 });
        socket.on('connect', () => { socket.destroy(); resolve(false); });
        socket.on('timeout', () => { socket.destroy(); resolve(true); });
        socket.on('error', () => resolve(true));
      });
      expect(refused, address).toBe(true);
    }
  });

  it('serves the renderer but refuses static paths that climb out of it', async () => {
    const app = await request('/assets/app.js');
    expect(app.status).toBe(200);
    expect(app.body).toBe('console.log("app")');
    const traversals = [
      '/../package.json', '/../../package.json', '/..%2fpackage.json', '/%2e%2e/package.json', '/%2e%2e%2fpackage.json',
      '/%2E%2E%2Fpackage.json', '/assets/../../package.json', '/assets/..%2f..%2fpackage.json', '/..%5cpackage.json',
      '/%2e%2e%5csecret.txt', '/..\\secret.txt', '//../secret.txt', `/${'../'.repeat(10)}etc/passwd`,
      `/%2e%2e%2f${path.basename(h.dir)}%2fsecret.txt`, '/renderer/../secret.txt', `/${encodeURIComponent(path.join(h.dir, 'secret.txt'))}`,
      `/..%252fpackage.json`,
    ];
    for (const p of traversals) {
      const r = await request(p);
      expect(r.body, p).not.toContain(SECRET);
      expect(r.body, p).not.toMatch(/root:.*:0:0:/);
      // Either not found, or the app page itself (paths without an extension are routes of the single-page app).
      expect([404, 200], p).toContain(r.status);
      if (r.status === 200) expect(r.body, p).toBe('<!doctype html><title>Parley</title>');
    }
  });

  it('answers a non-JSON body with a typed error, and the server keeps serving', async () => {
    for (const body of ['not json{', '{"unterminated": ', '\u0000\u0001', '<xml/>']) {
      const r = await api('events.create', body, withToken());
      expect(r.status, body).toBe(400);
      const reply = JSON.parse(r.body);
      expect(reply).toEqual({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(/not valid JSON/) } });
      expect(reply.error.message).not.toMatch(/\n\s+at /);
    }
    // Valid JSON of the wrong shape reaches the dispatcher and comes back typed, with the fields at fault.
    const wrong = JSON.parse((await api('events.create', { title: 42 }, withToken())).body);
    expect(wrong).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: expect.arrayContaining([expect.objectContaining({ path: 'title' })]) } });
    const unknown = JSON.parse((await api('__proto__', {}, withToken())).body);
    expect(unknown).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    expect(JSON.parse((await api('project.info', {}, withToken())).body).ok).toBe(true);
  });

  it('answers malformed percent-encoding with 400 and keeps serving', async () => {
    expect((await request('/%E0%A4%A')).status).toBe(400);
    const r = await request('/api/%E0', { method: 'POST', headers: withToken(), body: '{}' });
    expect(r.status).toBe(400);
    expect(JSON.parse(r.body)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(JSON.parse((await api('project.info', {}, withToken())).body).ok).toBe(true);
  });
});
