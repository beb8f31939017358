// electron-builder.yml read and schema-checked by electron-builder's own loader. Building the packages
// needs the Electron download, which this machine cannot make; this proves the config is what it must be.
import fs from 'node:fs';
import path from 'node:path';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Configuration } from 'app-builder-lib';

const root = path.resolve(__dirname, '../../..');
let config: Configuration;
beforeAll(async () => {
  config = await getConfig(root, null, null);
});

const targets = (t: unknown) => (Array.isArray(t) ? t : [t]).map((x) => (typeof x === 'string' ? x : (x as { target: string }).target));

describe('electron-builder.yml', () => {
  it('passes electron-builder\'s schema (which does refuse a wrong key)', async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
    await expect(validateConfiguration({ ...config, asarUnpak: [] } as Configuration, new DebugLogger(false))).rejects.toThrow(/asarUnpak/);
  });

  it('builds AppImage and deb for Linux, NSIS for Windows, dmg for macOS', () => {
    expect(targets(config.linux?.target)).toEqual(['AppImage', 'deb']);
    expect(targets(config.win?.target)).toEqual(['nsis']);
    expect(targets(config.mac?.target)).toEqual(['dmg']);
  });

  it('packs an asar with better-sqlite3 unpacked and rebuilt for Electron', () => {
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toContain('node_modules/better-sqlite3/**');
    expect(config.npmRebuild).toBe(true);
    // The loader normalises `files` into file sets.
    const files = (config.files as { filter: string[] }[]).flatMap((set) => set.filter);
    expect(files).toEqual(expect.arrayContaining(['package.json', 'dist/renderer/**', 'dist-electron/**']));
  });

  it('registers .parley as the app\'s own document type', () => {
    expect(config.fileAssociations).toEqual([expect.objectContaining({
      ext: 'parley', name: 'Parley project', mimeType: 'application/x-parley', role: 'Editor', description: expect.any(String),
    })]);
  });

  it('has a 512×512 PNG icon for every platform', () => {
    for (const platform of [config.linux, config.win, config.mac]) expect(platform?.icon).toBe('build/icon.png');
    const png = fs.readFileSync(path.join(root, 'build/icon.png'));
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([512, 512]);
  });

  it('flips the fuses after packing with scripts/fuses.cjs', async () => {
    expect(config.afterPack).toBe('scripts/fuses.cjs');
    const hook = await import(path.join(root, config.afterPack as string));
    expect(typeof hook.default).toBe('function');
  });
});
