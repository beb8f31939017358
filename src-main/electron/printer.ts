// PDF export in the Electron shell: the same print route as the browser shell, loaded in a hidden window
// with the app's hardened options and printed by webContents.printToPDF.
import { BrowserWindow } from 'electron';
import { ELECTRON_PDF_OPTIONS, PRINT_PAGE, PRINT_WINDOW, WAIT_FOR_PRINT, type PagePrinter } from '../export/pdf';
import { APP_ORIGIN } from './channels';
import { windowOptions } from './window-options';

export function hiddenWindowPrinter(preload: string): PagePrinter {
  return async (query) => {
    const win = new BrowserWindow({ ...windowOptions({ preload }), ...PRINT_WINDOW, show: false });
    try {
      await win.loadURL(`${APP_ORIGIN}/${PRINT_PAGE}?${query}`);
      await win.webContents.executeJavaScript(WAIT_FOR_PRINT);
      return new Uint8Array(await win.webContents.printToPDF(ELECTRON_PDF_OPTIONS));
    } finally {
      win.destroy(); // also after a failed load, so no invisible window lingers
    }
  };
}
