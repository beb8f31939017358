// The Electron printer with a stand-in BrowserWindow: the real Electron binary cannot run here.
import { beforeEach, describe, expect, it, vi } from 'vitest';

const windows: FakeWindow[] = [];
class FakeWindow {
  destroyed = false;
  loaded = '';
  constructor(readonly options: { show: boolean; width: number; webPreferences: { sandbox: boolean; contextIsolation: boolean; preload: string } }) { windows.push(this); }
  loadURL = vi.fn(async (url: string) => { this.loaded = url; if (url.includes('broken')) throw new Error('ERR_FAILED'); });
  webContents = {
    executeJavaScript: vi.fn(async () => true),
    printToPDF: vi.fn(async () => Buffer.from('%PDF-1.7 fake')),
  };
  destroy() { this.destroyed = true; }
}
vi.mock('electron', () => ({ BrowserWindow: FakeWindow }));

const { hiddenWindowPrinter } = await import('../../../src-main/electron/printer');
const { ELECTRON_PDF_OPTIONS, PRINT_WINDOW, WAIT_FOR_PRINT } = await import('../../../src-main/export/pdf');

describe('the Electron PDF printer', () => {
  beforeEach(() => { windows.length = 0; });

  it('prints the print route in a hidden, hardened window and closes it', async () => {
    const pdf = await hiddenWindowPrinter('/app/preload.cjs')('page=a4&orientation=landscape');
    expect(Buffer.from(pdf).toString()).toBe('%PDF-1.7 fake');
    const [win] = windows;
    expect(win.options.show).toBe(false);
    // As wide as the Chromium printer's window: print.css hides the screen layout from 1,500 px, which spares a pass.
    expect(win.options.width).toBe(PRINT_WINDOW.width);
    expect(PRINT_WINDOW.width).toBeGreaterThanOrEqual(1500);
    expect(win.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, preload: '/app/preload.cjs' });
    expect(win.loaded).toBe('app://parley/print.html?page=a4&orientation=landscape');
    expect(win.webContents.executeJavaScript).toHaveBeenCalledWith(WAIT_FOR_PRINT);
    expect(win.webContents.printToPDF).toHaveBeenCalledWith(ELECTRON_PDF_OPTIONS);
    expect(win.destroyed).toBe(true);
  });

  it('closes the window when the page fails to load', async () => {
    await expect(hiddenWindowPrinter('/app/preload.cjs')('broken')).rejects.toThrow('ERR_FAILED');
    expect(windows[0].destroyed).toBe(true);
    expect(windows[0].webContents.printToPDF).not.toHaveBeenCalled();
  });
});
