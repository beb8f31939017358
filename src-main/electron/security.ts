// The guards Electron's security checklist asks for, installed on a session, on every webContents and
// on every IPC handler. Each is a small function so the tests can install it on a stand-in and poke it.
import { dialog, shell } from 'electron';
import type { IpcMain, IpcMainInvokeEvent, Session, WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../web/server';
import { isAppUrl } from './channels';

/** Sets the app's one policy on every response, replacing any policy a response brought with it. */
export function installContentSecurityPolicy(ses: Session): void {
  ses.webRequest.onHeadersReceived((details, callback) => {
    const headers = Object.fromEntries(
      Object.entries(details.responseHeaders ?? {}).filter(([name]) => name.toLowerCase() !== 'content-security-policy'),
    );
    callback({ responseHeaders: { ...headers, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
}

/** Parley needs no camera, microphone, location, notifications, HID, serial or USB: refuse them all. */
export function denyAllPermissions(ses: Session): void {
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
}

export function isExternalLink(url: string): boolean {
  try {
    return new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
}

/** Opens an https link in the user's browser once they agree; anything else is never handed to the OS. */
export async function offerToOpenExternally(url: string): Promise<boolean> {
  if (!isExternalLink(url)) return false;
  const { response } = await dialog.showMessageBox({
    type: 'question',
    buttons: ['Open in browser', 'Cancel'],
    defaultId: 1,
    cancelId: 1,
    message: 'Open this link in your web browser?',
    detail: url,
  });
  if (response !== 0) return false;
  await shell.openExternal(url);
  return true;
}

/** Keeps a webContents on the app's own pages: no navigation away, no new windows, no webviews. */
export function guardWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => {
    if (isAppUrl(event.url)) return;
    event.preventDefault();
    void offerToOpenExternally(event.url);
  });
  // Covers subframes too; will-navigate above already offered the main frame's link.
  contents.on('will-frame-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    void offerToOpenExternally(url);
    return { action: 'deny' };
  });
}

/** Only the app's own page (app://parley) may call the main process. */
export function isTrustedSender(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  return frame !== null && isAppUrl(frame.url);
}

/** ipcMain.handle with the sender check in front; a refused call rejects in the caller and does nothing. */
export function handleTrusted<A extends unknown[], R>(
  ipc: IpcMain,
  channel: string,
  handler: (event: IpcMainInvokeEvent, ...args: A) => R | Promise<R>,
): void {
  ipc.handle(channel, (event, ...args) => {
    if (!isTrustedSender(event)) throw new Error(`Refused ${channel} from ${event.senderFrame?.url || 'an unknown frame'}.`);
    return handler(event, ...(args as A));
  });
}
