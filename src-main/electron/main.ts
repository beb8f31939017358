// The Electron shell: lifecycle, the one window, the menu and the project named on the command line.
// All project logic lives behind the dispatcher; this file only wires Electron to it.
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, session } from 'electron';
import type { MenuCommand } from '../../shared/bridge';
import { ensureDefaultProject } from '../app/default-project';
import { defaultProjectPath, userDataDir } from '../app/paths';
import { createDispatcher } from '../dispatch';
import { Session } from '../handlers';
import { APP_ORIGIN, CHANNELS } from './channels';
import { registerIpc } from './ipc';
import { setPagePrinter } from '../export/pdf';
import { menuTemplate } from './menu';
import { hiddenWindowPrinter } from './printer';
import { registerAppScheme, serveRenderer } from './protocol';
import { denyAllPermissions, guardWebContents, installContentSecurityPolicy } from './security';
import { windowOptions } from './window-options';

/** The first .parley file among command-line arguments (flags skipped). */
function projectArgument(argv: string[]): string | undefined {
  return argv.slice(1).find((arg) => !arg.startsWith('-') && arg.toLowerCase().endsWith('.parley'));
}

function start(): void {
  // One data folder for both shells, so recent files and the default project are shared.
  app.setPath('userData', userDataDir());
  registerAppScheme();

  const state = new Session({ dataDir: userDataDir() });
  const dispatch = createDispatcher(state);
  const appRoot = app.getAppPath(); // the folder (or app.asar) holding package.json
  let win: BrowserWindow | null = null;
  let pending = projectArgument(process.argv);

  const send = (command: MenuCommand) => win?.webContents.send(CHANNELS.menuCommand, command);
  const rebuildMenu = () => Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate({
    isMac: process.platform === 'darwin', isPackaged: app.isPackaged, recent: state.recent(), send,
    openRecent: (file) => void openProject(file),
  })));
  const projectOpened = (file: string) => {
    app.addRecentDocument(file);
    rebuildMenu();
  };

  /** Opens a project chosen outside the page (menu, Finder, a second launch) and reloads the page onto it. */
  async function openProject(file: string): Promise<boolean> {
    const result = await dispatch('project.open', { path: path.resolve(file) });
    if (!result.ok) {
      dialog.showErrorBox('Parley could not open the project', result.error.message);
      return false;
    }
    projectOpened(path.resolve(file));
    win?.webContents.reload();
    return true;
  }

  const preload = path.join(appRoot, 'dist-electron', 'preload.cjs');
  function createWindow(): void {
    win = new BrowserWindow(windowOptions({ preload }));
    win.once('ready-to-show', () => win?.show());
    win.on('closed', () => { win = null; });
    void win.loadURL(`${APP_ORIGIN}/index.html`);
  }

  app.on('open-file', (event, file) => {
    event.preventDefault();
    if (app.isReady()) void openProject(file);
    else pending = file;
  });
  app.on('second-instance', (_event, argv) => {
    const file = projectArgument(argv);
    if (file) void openProject(file);
    if (win?.isMinimized()) win.restore();
    win?.focus();
  });
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (!win) createWindow();
  });
  app.on('will-quit', () => state.close());

  void app.whenReady().then(async () => {
    installContentSecurityPolicy(session.defaultSession);
    denyAllPermissions(session.defaultSession);
    serveRenderer(path.join(appRoot, 'dist', 'renderer'));
    setPagePrinter(hiddenWindowPrinter(preload));
    registerIpc({ ipc: ipcMain, dispatch, window: () => win, projectOpened });
    app.setAboutPanelOptions({ applicationName: 'Parley', applicationVersion: app.getVersion() });
    if (!pending || !(await openProject(pending))) {
      // With no project named (or one that failed to open), the user's default project opens.
      const fallback = defaultProjectPath();
      ensureDefaultProject(fallback);
      await openProject(fallback);
    }
    rebuildMenu();
    createWindow();
  }).catch((e: unknown) => {
    dialog.showErrorBox('Parley could not start', e instanceof Error ? e.message : String(e));
    app.quit();
  });
}

// A second launch (e.g. double-clicking a .parley file) hands its file to the running app and exits.
if (app.requestSingleInstanceLock()) start();
else app.quit();
