// scripts/fuses.cjs with a fake electron-builder context and a stand-in flipFuses: packaging needs the
// Electron download, which this machine cannot make, so no real binary is ever flipped here.
import { createRequire } from 'node:module';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';

const require = createRequire(import.meta.url);
const script = path.resolve(__dirname, '../../../scripts/fuses.cjs');
// The real enums, so the test reads the fuse indices the way @electron/fuses defines them.
const fusesModule = require.resolve('@electron/fuses', { paths: [path.dirname(script)] });
const real = require(fusesModule) as typeof import('@electron/fuses');
const { FuseV1Options, FuseVersion } = real;
const flipFuses = vi.fn(async (_binary: string, _config: Record<string | number, unknown>) => 1);
require.cache[fusesModule]!.exports = { ...real, flipFuses };
afterAll(() => {
  require.cache[fusesModule]!.exports = real;
  delete require.cache[script];
});
const afterPack = require(script) as (context: object) => Promise<void>;

const context = (electronPlatformName: string) => ({
  electronPlatformName, appOutDir: '/out/unpacked',
  packager: { appInfo: { productFilename: 'Parley' }, executableName: 'parley' },
});

beforeEach(() => flipFuses.mockClear());

describe('fuses afterPack hook', () => {
  it('turns off Node-as-runtime, NODE_OPTIONS and --inspect; turns on asar integrity, asar-only and cookie encryption', async () => {
    await afterPack(context('linux'));
    expect(flipFuses).toHaveBeenCalledTimes(1);
    const [, config] = flipFuses.mock.calls[0];
    expect(config).toEqual({
      version: FuseVersion.V1,
      resetAdHocDarwinSignature: false,
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
      [FuseV1Options.EnableCookieEncryption]: true,
      [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
    });
  });

  it('flips the binary electron-builder wrote on each platform', async () => {
    const expected = {
      linux: path.join('/out/unpacked', 'parley'),
      win32: path.join('/out/unpacked', 'Parley.exe'),
      darwin: path.join('/out/unpacked', 'Parley.app'),
    };
    for (const [platform, binary] of Object.entries(expected)) {
      await afterPack(context(platform));
      expect(flipFuses).toHaveBeenLastCalledWith(binary, expect.objectContaining({ resetAdHocDarwinSignature: platform === 'darwin' }));
    }
  });

  it('fails the build when the fuses cannot be flipped', async () => {
    flipFuses.mockRejectedValueOnce(new Error('not an Electron binary'));
    await expect(afterPack(context('linux'))).rejects.toThrow('not an Electron binary');
  });
});
