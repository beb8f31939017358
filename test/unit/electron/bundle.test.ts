// The built Electron bundle, started under plain Node with a stand-in `electron` (fixtures/electron-stand-in.cjs;
// no Electron binary can run here): it hardens and loads its window, opens the right project, and its
// bundled code finds its files (the sample article read through import.meta.url).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../../src-main/dispatch';
import { Session } from '../../../src-main/handlers';
import { exportProjectJson } from '../../../src-main/export/json';
import { ProjectStore } from '../../../src-main/store/project-store';
import { fromInstant } from '../../../shared/dates';

const root = path.resolve(__dirname, '../../..');
const base = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-bundle-'));
const out = path.join(base, 'dist-electron');

interface Report {
  calls: [string, ...unknown[]][]; windows: { options: { webPreferences: Record<string, unknown> }; url: string }[];
  ipc: string[]; menu: string[]; errors: string[]; appEvents: string[]; invoked: unknown;
}

function launchWith(env: Record<string, string>, name: string, ...args: string[]): { report: Report; dataDir: string; stderr: string } {
  const dataDir = path.join(base, name);
  const reportFile = path.join(base, `${name}.json`);
  const r = spawnSync(process.execPath, ['-r', path.join(__dirname, 'fixtures/electron-stand-in.cjs'), path.join(out, 'main.cjs'), ...args], {
    encoding: 'utf8', env: { ...process.env, ...env, PARLEY_DATA_DIR: dataDir, STAND_IN_APP_PATH: base, STAND_IN_REPORT: reportFile },
  });
  expect(r.status, r.stderr).toBe(0);
  return { report: JSON.parse(fs.readFileSync(reportFile, 'utf8')) as Report, dataDir, stderr: r.stderr };
}

const launch = (name: string, ...args: string[]) => launchWith({}, name, ...args);

async function projectInfo(file: string) {
  const session = new Session({ dataDir: path.join(base, 'inspect') });
  try {
    const info = await createDispatcher(session)('project.open', { path: file });
    if (!info.ok) throw new Error(info.error.message);
    return info.value as { counts: { events: number; sources: number } };
  } finally {
    session.close();
  }
}

beforeAll(() => {
  const built = spawnSync(process.execPath, [path.join(root, 'scripts/build-electron.mjs'), '--out', out], { encoding: 'utf8' });
  expect(built.status, built.stderr).toBe(0);
  // The packaged layout: node_modules beside dist-electron (better-sqlite3 is not bundled).
  fs.symlinkSync(path.join(root, 'node_modules'), path.join(base, 'node_modules'), 'junction');
}, 120_000);
afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

describe('dist-electron/main.cjs under a stand-in Electron', () => {
  it('bundles the preload as CommonJS that requires only electron', () => {
    const preload = fs.readFileSync(path.join(out, 'preload.cjs'), 'utf8');
    expect([...preload.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1])).toEqual(['electron']);
  });

  it('registers the scheme before ready and every guard before the window loads app://parley', () => {
    const { report } = launch('plain');
    const order = report.calls.map(([name]) => name);
    expect(order.indexOf('registerSchemesAsPrivileged')).toBeLessThan(order.indexOf('ready'));
    for (const guard of ['onHeadersReceived', 'setPermissionRequestHandler', 'setPermissionCheckHandler', 'protocol.handle']) {
      expect(order.indexOf(guard), guard).toBeGreaterThan(order.indexOf('ready'));
    }
    expect(report.appEvents).toEqual(expect.arrayContaining(['web-contents-created', 'open-file', 'second-instance']));
    expect(report.windows).toHaveLength(1);
    expect(report.windows[0].url).toBe('app://parley/index.html');
    expect(report.windows[0].options.webPreferences).toMatchObject({
      contextIsolation: true, sandbox: true, nodeIntegration: false, preload: path.join(out, 'preload.cjs'),
    });
    expect(report.ipc).toHaveLength(5);
    expect(report.menu).toEqual(['File', 'Edit', 'View', 'windowMenu', 'help']);
  });

  it('opens the default project, with its sample timeline, when none is named', async () => {
    const { report, dataDir } = launch('default');
    const project = path.join(dataDir, 'Projects', 'My negotiations.parley');
    expect(report.calls).toContainEqual(['addRecentDocument', project]);
    expect(report.errors).toEqual([]);
    const info = await projectInfo(project);
    expect(info.counts.sources).toBe(1);
    expect(info.counts.events).toBeGreaterThan(0);
  });

  it('copies a large import into the project on a worker thread that finds the driver from the bundle', () => {
    const source = ProjectStore.open(path.join(base, 'source.parley'), { create: true });
    const qatar = source.createActor({ name: 'Qatar', kind: 'government', aliases: [], parentId: null, color: null, notes: '', tags: [] });
    source.createEvents(Array.from({ length: 30_000 }, (_, i) => ({
      type: 'talks' as const, title: `Round ${i}`, description: '', location: '', tags: [],
      start: fromInstant(Date.UTC(2020, 0, 1) + i * 3_600_000, 'hour', 'UTC'), end: null, participants: [{ actorId: qatar.id, role: 'party' as const }],
    })));
    const call = path.join(base, 'invoke.json');
    fs.writeFileSync(call, JSON.stringify(['import.data', { format: 'json', text: JSON.stringify(exportProjectJson(source)) }]));
    source.close();
    const { report, dataDir, stderr } = launchWith({ STAND_IN_INVOKE: call }, 'bulk');
    expect(report.invoked).toMatchObject({ ok: true, value: { events: 30_000 } });
    expect(stderr).not.toMatch(/checkpoints .* return to the commit/);
    // Nothing closed the project, and the commit left its pages in the log: only the worker copied them into the file.
    expect(fs.statSync(path.join(dataDir, 'Projects', 'My negotiations.parley')).size).toBeGreaterThan(4 * 1024 * 1024);
  });

  it('opens a .parley file named on the command line, and falls back to the default with a message when it cannot', async () => {
    const given = path.join(base, 'given.parley');
    fs.copyFileSync(path.join(base, 'default', 'Projects', 'My negotiations.parley'), given);
    const opened = launch('named', given, '--some-flag');
    expect(opened.report.calls).toContainEqual(['addRecentDocument', given]);
    expect(opened.report.errors).toEqual([]);

    const broken = path.join(base, 'broken.parley');
    fs.writeFileSync(broken, 'not a database');
    const failed = launch('broken', broken);
    expect(failed.report.errors).toEqual([expect.stringMatching(/^Parley could not open the project: /)]);
    expect(failed.report.calls).toContainEqual(['addRecentDocument', path.join(failed.dataDir, 'Projects', 'My negotiations.parley')]);
  });
});
