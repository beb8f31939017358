// The guards of security.ts and ipc.ts, installed on stand-ins for Electron's session, webContents and
// ipcMain (the real Electron binary cannot run here; see stand-in.ts).
import { dialog, shell, type IpcMain, type Session, type WebContents } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../../src-main/electron/channels';
import { registerIpc } from '../../../src-main/electron/ipc';
import {
  denyAllPermissions, guardWebContents, handleTrusted, installContentSecurityPolicy, offerToOpenExternally,
} from '../../../src-main/electron/security';
import { CONTENT_SECURITY_POLICY } from '../../../src-main/web/server';
import { FakeIpcMain, FakeSession, FakeWebContents } from './stand-in';

vi.mock('electron', async () => (await import('./stand-in')).electronStandIn());

const confirm = (yes: boolean) =>
  vi.mocked(dialog.showMessageBox).mockResolvedValueOnce({ response: yes ? 0 : 1, checkboxChecked: false });
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  vi.clearAllMocks();
});

describe('navigation and new windows', () => {
  let contents: FakeWebContents;
  beforeEach(() => {
    contents = new FakeWebContents();
    guardWebContents(contents as unknown as WebContents);
  });

  it('lets the page move within app://parley', () => {
    for (const event of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      expect(contents.attempt(event, 'app://parley/index.html#/actors')).toBe(false);
    }
  });

  it('blocks navigation and redirects to anywhere else', () => {
    const elsewhere = ['https://example.org/', 'http://127.0.0.1:8080/', 'file:///etc/passwd', 'app://other/index.html',
      'app://user@parley/', 'javascript:alert(1)', 'data:text/html,<script>1</script>', 'not a url'];
    for (const event of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      for (const url of elsewhere) expect(contents.attempt(event, url), `${event} ${url}`).toBe(true);
    }
  });

  it('refuses webviews', () => {
    expect(contents.attempt('will-attach-webview', 'app://parley/')).toBe(true);
  });

  it('denies every window.open, offering only https links to the browser', async () => {
    for (const url of ['https://example.org/a', 'http://example.org/', 'app://parley/', 'file:///etc/passwd', 'smb://host/share']) {
      expect(contents.windowOpenHandler!({ url })).toEqual({ action: 'deny' });
    }
    await settle();
    expect(dialog.showMessageBox).toHaveBeenCalledTimes(1);
    expect(vi.mocked(dialog.showMessageBox).mock.calls[0]).toEqual([expect.objectContaining({ detail: 'https://example.org/a' })]);
    expect(shell.openExternal).not.toHaveBeenCalled(); // the stand-in dialog answers "Cancel"
  });

  it('offers a blocked https navigation to the browser after confirmation', async () => {
    confirm(true);
    expect(contents.attempt('will-navigate', 'https://example.org/article')).toBe(true);
    await settle();
    expect(shell.openExternal).toHaveBeenCalledWith('https://example.org/article');
  });
});

describe('shell.openExternal', () => {
  it('opens an https link once the user confirms', async () => {
    confirm(true);
    expect(await offerToOpenExternally('https://example.org/')).toBe(true);
    expect(shell.openExternal).toHaveBeenCalledWith('https://example.org/');
  });

  it('does nothing when the user cancels', async () => {
    confirm(false);
    expect(await offerToOpenExternally('https://example.org/')).toBe(false);
    expect(shell.openExternal).not.toHaveBeenCalled();
  });

  it('never asks about, nor opens, anything but https', async () => {
    for (const url of ['http://example.org/', 'file:///bin/sh', 'smb://host/x', 'ms-msdt:/id', 'javascript:1', '']) {
      confirm(true);
      expect(await offerToOpenExternally(url)).toBe(false);
    }
    expect(shell.openExternal).not.toHaveBeenCalled();
  });
});

describe('session guards', () => {
  it('denies every permission request and check', () => {
    const ses = new FakeSession();
    denyAllPermissions(ses as unknown as Session);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen']) {
      const callback = vi.fn();
      ses.requestHandler!({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
      expect(ses.checkHandler!({}, permission)).toBe(false);
    }
    expect(ses.deviceHandler!({ deviceType: 'usb' })).toBe(false);
  });

  it('sets the one content security policy on every response, replacing any other', () => {
    const ses = new FakeSession();
    installContentSecurityPolicy(ses as unknown as Session);
    const callback = vi.fn();
    ses.headersListener!({ responseHeaders: { 'content-security-policy': ["script-src 'unsafe-inline'"], 'Content-Type': ['text/html'] } }, callback);
    const headers = callback.mock.calls[0][0].responseHeaders;
    expect(headers).toEqual({ 'Content-Type': ['text/html'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] });
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/script-src[^;]*unsafe-(inline|eval)/);
  });
});

describe('IPC sender check', () => {
  it('refuses a call from any frame but app://parley and runs the handler for the app', async () => {
    const ipc = new FakeIpcMain();
    const handler = vi.fn(() => 'done');
    handleTrusted(ipc as unknown as IpcMain, 'parley:test', handler);
    for (const url of ['https://example.org/', 'file:///tmp/x.html', 'app://evil/', 'about:blank', '']) {
      await expect(ipc.call('parley:test', url)).rejects.toThrow(/Refused parley:test/);
    }
    await expect(ipc.call('parley:test', null)).rejects.toThrow(/unknown frame/);
    expect(handler).not.toHaveBeenCalled();
    await expect(ipc.call('parley:test', 'app://parley/index.html', 1)).resolves.toBe('done');
    expect(handler).toHaveBeenCalledTimes(1);
  });

  describe('the registered channels', () => {
    const ipc = new FakeIpcMain();
    const dispatch = vi.fn(async () => ({ ok: true as const, value: { path: '/p/a.parley' } }));
    const projectOpened = vi.fn();
    registerIpc({ ipc: ipc as unknown as IpcMain, dispatch, window: () => null, projectOpened });

    it('guards every channel the preload uses', async () => {
      const bridged = Object.values(CHANNELS).filter((c) => c !== CHANNELS.menuCommand);
      expect([...ipc.handlers.keys()].sort()).toEqual(bridged.sort());
      for (const channel of bridged) {
        await expect(ipc.call(channel, 'https://example.org/', 'project.info', {})).rejects.toThrow(/Refused/);
      }
      expect(dispatch).not.toHaveBeenCalled();
      expect(dialog.showOpenDialog).not.toHaveBeenCalled();
      expect(shell.showItemInFolder).not.toHaveBeenCalled();
    });

    it('passes the app page\'s calls to the dispatcher and notes opened projects', async () => {
      await expect(ipc.call(CHANNELS.invoke, 'app://parley/index.html', 'project.open', { path: '/p/a.parley' }))
        .resolves.toEqual({ ok: true, value: { path: '/p/a.parley' } });
      expect(dispatch).toHaveBeenCalledWith('project.open', { path: '/p/a.parley' });
      expect(projectOpened).toHaveBeenCalledWith('/p/a.parley');
      const refused = await ipc.call(CHANNELS.invoke, 'app://parley/', 42, {});
      expect(refused).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    });

    it('takes only a file name from the renderer for the save dialog', async () => {
      await ipc.call(CHANNELS.pickSavePath, 'app://parley/', '../../../etc/cron.d/timeline.pdf');
      expect(dialog.showSaveDialog).toHaveBeenCalledWith(expect.objectContaining({
        defaultPath: '/home/someone/Documents/timeline.pdf', filters: [{ name: 'PDF', extensions: ['pdf'] }],
      }));
    });

    it('reveals only existing absolute paths', async () => {
      await ipc.call(CHANNELS.showFile, 'app://parley/', 'relative/file');
      await ipc.call(CHANNELS.showFile, 'app://parley/', '/no/such/file');
      expect(shell.showItemInFolder).not.toHaveBeenCalled();
      await ipc.call(CHANNELS.showFile, 'app://parley/', process.execPath);
      expect(shell.showItemInFolder).toHaveBeenCalledWith(process.execPath);
    });
  });
});
