// The browser shell's HTTP transport: loopback only, a per-launch token on every API call, the Host and
// Origin headers checked, and the built renderer served as static files. It knows nothing about events.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Dispatch } from '../dispatch';

const MAX_BODY = 64 * 1024 * 1024;
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.woff2': 'font/woff2', '.ttf': 'font/ttf', '.json': 'application/json',
  '.ico': 'image/x-icon', '.map': 'application/json', '.mjs': 'text/javascript; charset=utf-8',
};
/** The same policy the Electron shell sets: no inline script, nothing from outside the app. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'", "script-src 'self'", "style-src 'self' 'unsafe-inline'", "img-src 'self' data: blob:",
  "font-src 'self' data:", "connect-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'none'", "frame-ancestors 'none'",
].join('; ');

export interface WebShellOptions {
  dispatch: Dispatch;
  /** Folder of the built renderer (index.html and assets). */
  rendererDir: string;
  port?: number;
  token?: string;
}

export interface WebShell {
  url: string;
  origin: string;
  token: string;
  server: http.Server;
  close(): Promise<void>;
}

function sameToken(given: string | undefined, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given), b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function send(res: http.ServerResponse, status: number, body: string | Buffer, type = 'application/json; charset=utf-8'): void {
  res.writeHead(status, {
    'Content-Type': type, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': CONTENT_SECURITY_POLICY, 'Referrer-Policy': 'no-referrer', 'Cross-Origin-Resource-Policy': 'same-origin',
  });
  res.end(body);
}

const refuse = (res: http.ServerResponse, status: number, message: string) =>
  send(res, status, JSON.stringify({ ok: false, error: { code: 'invalid_input', message } }));

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) { reject(new Error('request too large')); req.destroy(); return; }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** decodeURIComponent that answers null for a malformed escape instead of throwing. */
function decoded(text: string): string | null {
  try { return decodeURIComponent(text); } catch { return null; }
}

function serveStatic(rendererDir: string, urlPath: string, res: http.ServerResponse): void {
  const clean = decoded(urlPath.split('?')[0]);
  if (clean === null) return send(res, 400, 'bad request', 'text/plain');
  const relative = clean === '/' || !path.extname(clean) ? 'index.html' : clean.replace(/^\/+/, '');
  const file = path.resolve(rendererDir, relative);
  if (!file.startsWith(path.resolve(rendererDir) + path.sep)) return send(res, 404, 'not found', 'text/plain');
  fs.readFile(file, (err, data) => {
    if (err) return send(res, 404, 'not found', 'text/plain');
    send(res, 200, data, TYPES[path.extname(file)] ?? 'application/octet-stream');
  });
}

export async function startWebShell(options: WebShellOptions): Promise<WebShell> {
  const token = options.token ?? randomBytes(24).toString('hex');
  let origin = '';
  let allowedHosts = new Set<string>();
  const server = http.createServer(async (req, res) => {
    // A page on another site could reach a loopback port (DNS rebinding): only our own Host is served.
    if (!allowedHosts.has(req.headers.host ?? '')) return refuse(res, 421, 'Unexpected Host header.');
    const url = req.url ?? '/';
    if (url.startsWith('/api/')) {
      if (req.method !== 'POST') return refuse(res, 405, 'API calls are POST requests.');
      if (req.headers.origin && req.headers.origin !== origin) return refuse(res, 403, 'Requests from other origins are refused.');
      if (!sameToken(req.headers['x-parley-token'] as string | undefined, token)) return refuse(res, 401, 'Missing or wrong token.');
      let input: unknown;
      try {
        const body = await readBody(req);
        input = body ? JSON.parse(body) : {};
      } catch (e) {
        return refuse(res, 400, `The request body is not valid JSON (${(e as Error).message}).`);
      }
      const method = decoded(url.slice(5));
      if (method === null) return refuse(res, 400, 'The method name is not valid URL encoding.');
      const result = await options.dispatch(method, input);
      return send(res, 200, JSON.stringify(result));
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, 'Method not allowed.');
    serveStatic(options.rendererDir, url, res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  return {
    url: `${origin}/?token=${token}`, origin, token, server,
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}
