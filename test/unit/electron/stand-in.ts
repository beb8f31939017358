// A stand-in for the `electron` module. The real one cannot run here: no Electron binary can be
// downloaded on this machine, and `require('electron')` only resolves the binary's path anyway.
// Tests install it with vi.mock('electron', …) and drive the fakes below as Electron would.
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

export function electronStandIn() {
  return {
    app: { getPath: vi.fn(() => '/home/someone/Documents') },
    dialog: {
      showMessageBox: vi.fn(async () => ({ response: 1, checkboxChecked: false })),
      showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] as string[] })),
      showSaveDialog: vi.fn(async () => ({ canceled: true, filePath: '' })),
      showErrorBox: vi.fn(),
    },
    shell: { openExternal: vi.fn(async () => undefined), showItemInFolder: vi.fn() },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    contextBridge: { exposeInMainWorld: vi.fn() },
    ipcRenderer: { invoke: vi.fn(async () => undefined), on: vi.fn(), removeListener: vi.fn() },
  };
}

/** Emits a navigation event the way webContents does; returns whether the app cancelled it. */
export class FakeWebContents extends EventEmitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.windowOpenHandler = handler;
  }
  attempt(eventName: string, url: string): boolean {
    let prevented = false;
    this.emit(eventName, { url, preventDefault: () => { prevented = true; } });
    return prevented;
  }
}

type HeadersListener = (
  details: { responseHeaders?: Record<string, string[]> },
  callback: (response: { responseHeaders?: Record<string, string[]> }) => void,
) => void;

export class FakeSession {
  headersListener: HeadersListener | null = null;
  requestHandler: ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void) | null = null;
  checkHandler: ((contents: unknown, permission: string) => boolean) | null = null;
  deviceHandler: ((details: unknown) => boolean) | null = null;
  webRequest = { onHeadersReceived: (listener: HeadersListener) => { this.headersListener = listener; } };
  setPermissionRequestHandler(h: FakeSession['requestHandler']) { this.requestHandler = h; }
  setPermissionCheckHandler(h: FakeSession['checkHandler']) { this.checkHandler = h; }
  setDevicePermissionHandler(h: FakeSession['deviceHandler']) { this.deviceHandler = h; }
}

type Handler = (event: { senderFrame: { url: string } | null }, ...args: unknown[]) => unknown;

export class FakeIpcMain {
  handlers = new Map<string, Handler>();
  handle(channel: string, handler: Handler) { this.handlers.set(channel, handler); }
  /** Calls a channel as if `url` were the frame that sent it. */
  call(channel: string, url: string | null, ...args: unknown[]): Promise<unknown> {
    const handler = this.handlers.get(channel);
    if (!handler) throw new Error(`nothing handles ${channel}`);
    return Promise.resolve().then(() => handler({ senderFrame: url === null ? null : { url } }, ...args));
  }
}
