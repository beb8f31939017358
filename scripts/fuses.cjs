// electron-builder afterPack hook: flips Electron's fuses in the packaged binary, before signing.
// With these, the shipped app cannot be turned into a Node runtime, debugged through CLI flags or
// NODE_OPTIONS, or made to load code from outside its integrity-checked app.asar.
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS hook, loaded by electron-builder */
const path = require('node:path');
const { flipFuses, FuseVersion, FuseV1Options } = require('@electron/fuses');

const FUSES = {
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  [FuseV1Options.EnableCookieEncryption]: true,
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
};

/** The packaged Electron binary electron-builder just wrote (the .app bundle on macOS). */
function electronBinary(context) {
  const { electronPlatformName, appOutDir, packager } = context;
  if (electronPlatformName === 'darwin' || electronPlatformName === 'mas') {
    return path.join(appOutDir, `${packager.appInfo.productFilename}.app`);
  }
  if (electronPlatformName === 'win32') return path.join(appOutDir, `${packager.appInfo.productFilename}.exe`);
  return path.join(appOutDir, packager.executableName);
}

async function afterPack(context) {
  await flipFuses(electronBinary(context), {
    version: FuseVersion.V1,
    // Flipping fuses invalidates the ad-hoc signature of an unsigned macOS build; re-sign it ad hoc.
    resetAdHocDarwinSignature: context.electronPlatformName === 'darwin',
    ...FUSES,
  });
}

module.exports = afterPack;
module.exports.FUSES = FUSES;
module.exports.electronBinary = electronBinary;
