import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ProjectStore } from '../../src-main/store/project-store';
import { actor, day, event, tempDir } from './helpers';

const REPO = path.resolve(import.meta.dirname, '../..');
const CLI = path.join(REPO, 'src-main/cli/index.ts');

function cli(args: string[], env: Record<string, string> = {}): { status: number; stdout: string; stderr: string } {
  try {
    const stdout = execFileSync(process.execPath, ['--import', 'tsx', CLI, ...args], { cwd: REPO, env: { ...process.env, ...env }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    return { status: 0, stdout, stderr: '' };
  } catch (e) {
    const err = e as { status: number; stdout: string; stderr: string };
    return { status: err.status, stdout: err.stdout, stderr: err.stderr };
  }
}

describe('the CLI', () => {
  it('explains itself and each command', () => {
    const help = cli(['--help']);
    expect(help.status).toBe(0);
    for (const command of ['serve', 'export']) {
      expect(help.stdout).toContain(command);
      const own = cli([command, '--help']);
      expect(own.status).toBe(0);
      expect(own.stdout).toContain(`parley ${command}`);
    }
    const wrong = cli(['export', '--format', 'xml', '--out', '-', '--project', 'x.parley']);
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toMatch(/--format must be one of/);
  });

  it('exports the whole project as JSON with ids, names and ISO dates', () => {
    const dir = tempDir();
    const file = path.join(dir, 'p.parley');
    const store = ProjectStore.open(file, { create: true });
    const a = actor(store, 'Qatar');
    const e = event(store, 'Doha round', day('2025-05-08', 'Asia/Qatar'), [a.id]);
    store.close();
    const out = path.join(dir, 'out.json');
    expect(cli(['export', '--project', file, '--format', 'json', '--out', out]).status).toBe(0);
    const json = JSON.parse(fs.readFileSync(out, 'utf8'));
    expect(Object.keys(json)).toEqual(expect.arrayContaining(['actors', 'events', 'statements', 'sources']));
    expect(json.actors).toEqual([expect.objectContaining({ id: a.id, name: 'Qatar' })]);
    expect(json.events[0]).toMatchObject({ id: e.id, title: 'Doha round', start: { value: '2025-05-08' }, startsAt: '2025-05-07T21:00:00+00:00' });
  });

  it('creates the project file when missing, and refuses one that is not a project', () => {
    const dir = tempDir();
    const file = path.join(dir, 'new.parley');
    expect(cli(['export', '--project', file, '--format', 'json', '--out', '-']).status).toBe(0);
    expect(fs.existsSync(file)).toBe(true);
    const junk = path.join(dir, 'junk.parley');
    fs.writeFileSync(junk, 'hello, not a database');
    const r = cli(['export', '--project', junk, '--format', 'json', '--out', '-']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/not a Parley project/);
    expect(fs.readFileSync(junk, 'utf8')).toBe('hello, not a database');
  });

  it('serve prints exactly one PARLEY_URL line and answers API calls with its token only', async () => {
    const dir = tempDir();
    const child = spawn(process.execPath, ['--import', 'tsx', CLI, 'serve', '--no-open', '--project', path.join(dir, 's.parley')], {
      cwd: REPO, env: { ...process.env, PARLEY_DATA_DIR: dir }, stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      let stdout = '';
      const url = await new Promise<string>((resolve, reject) => {
        child.stdout.on('data', (d) => { stdout += d; const m = /PARLEY_URL=(\S+)\n/.exec(stdout); if (m) resolve(m[1]); });
        child.once('exit', (c) => reject(new Error(`serve exited ${c}`)));
      });
      const u = new URL(url);
      expect(u.hostname).toBe('127.0.0.1');
      const call = (token: string) => fetch(`${u.origin}/api/project.info`, { method: 'POST', headers: { 'X-Parley-Token': token }, body: '{}' }).then((r) => r.json());
      expect(await call(u.searchParams.get('token')!)).toMatchObject({ ok: true, value: { path: path.join(dir, 's.parley') } });
      expect(await call('wrong')).toMatchObject({ ok: false });
      await new Promise((r) => setTimeout(r, 200));
      expect(stdout.trim().split('\n')).toHaveLength(1);
    } finally {
      child.kill('SIGTERM');
    }
  });
});
