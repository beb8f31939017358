import { describe, expect, it } from 'vitest';
import { windowOptions } from '../../../src-main/electron/window-options';

describe('BrowserWindow options', () => {
  const options = windowOptions({ preload: '/app/dist-electron/preload.cjs' });
  const prefs = options.webPreferences!;

  it('isolates the page: context isolation, sandbox, no Node anywhere', () => {
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
  });

  it('keeps web security on and the risky features off', () => {
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.experimentalFeatures).toBe(false);
    expect(prefs.navigateOnDragDrop).toBe(false);
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
    expect(prefs.disableBlinkFeatures).toBe('Auxclick');
  });

  it('loads the bundled preload and nothing else', () => {
    expect(prefs.preload).toBe('/app/dist-electron/preload.cjs');
    expect(prefs).not.toHaveProperty('additionalArguments');
  });
});
