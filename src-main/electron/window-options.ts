// The one BrowserWindow's options: every web preference that matters for security is spelled out, even
// where it is Electron's default, so a future default change (or a careless edit) shows in a test.
import type { BrowserWindowConstructorOptions } from 'electron';

export interface WindowOptionsInput {
  /** Absolute path of the bundled preload (dist-electron/preload.cjs). */
  preload: string;
}

export function windowOptions({ preload }: WindowOptionsInput): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 820,
    minWidth: 800,
    minHeight: 520,
    title: 'Parley',
    show: false, // shown on ready-to-show, so no blank frame flashes
    backgroundColor: '#f7f7f5',
    webPreferences: {
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      disableBlinkFeatures: 'Auxclick', // a middle click could otherwise try to open a window
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: true,
    },
  };
}
