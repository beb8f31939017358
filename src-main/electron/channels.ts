// IPC channel names shared by the main process and the preload; nothing else crosses the bridge.
export const CHANNELS = {
  invoke: 'parley:invoke',
  pickProjectToOpen: 'parley:pick-project-to-open',
  pickProjectToCreate: 'parley:pick-project-to-create',
  pickSavePath: 'parley:pick-save-path',
  showFile: 'parley:show-file',
  /** Main → renderer only: a menu item was chosen. */
  menuCommand: 'parley:menu-command',
} as const;

/** The renderer's one origin: app://parley (see protocol.ts). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'parley';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** True for app://parley/… only. `URL.origin` is "null" for non-special schemes, so compare the parts. */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && !parsed.username && !parsed.password;
  } catch {
    return false;
  }
}
