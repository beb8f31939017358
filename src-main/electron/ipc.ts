// The main process's side of the bridge: one API channel to the dispatcher and the native dialogs.
// Every handler goes through handleTrusted, and every argument from the renderer is checked here.
import fs from 'node:fs';
import path from 'node:path';
import { app, dialog, shell } from 'electron';
import type { BrowserWindow, IpcMain, OpenDialogOptions, SaveDialogOptions } from 'electron';
import type { ProjectInfo } from '../../shared/api';
import type { Dispatch } from '../dispatch';
import { CHANNELS } from './channels';
import { handleTrusted } from './security';

const PROJECT_FILTERS = [{ name: 'Parley project', extensions: ['parley'] }];

export interface IpcDeps {
  ipc: IpcMain;
  dispatch: Dispatch;
  window(): BrowserWindow | null;
  /** Called after the renderer opened or created a project (recent documents, menu). */
  projectOpened(file: string): void;
}

export function registerIpc({ ipc, dispatch, window, projectOpened }: IpcDeps): void {
  const open = async (options: OpenDialogOptions) => {
    const parent = window();
    const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
    return result.canceled ? null : result.filePaths[0] ?? null;
  };
  const save = async (options: SaveDialogOptions) => {
    const parent = window();
    const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
    return result.canceled || !result.filePath ? null : result.filePath;
  };

  handleTrusted(ipc, CHANNELS.invoke, async (_event, method: unknown, input: unknown) => {
    if (typeof method !== 'string') {
      return { ok: false, error: { code: 'unknown_method', message: 'The API method name must be a string.' } };
    }
    const result = await dispatch(method, input);
    if (result.ok && (method === 'project.open' || method === 'project.create')) projectOpened((result.value as ProjectInfo).path);
    return result;
  });

  handleTrusted(ipc, CHANNELS.pickProjectToOpen, () =>
    open({ title: 'Open a Parley project', properties: ['openFile'], filters: PROJECT_FILTERS }));

  handleTrusted(ipc, CHANNELS.pickProjectToCreate, async () => {
    const file = await save({
      title: 'Create a Parley project', filters: PROJECT_FILTERS,
      defaultPath: path.join(app.getPath('documents'), 'Untitled.parley'),
    });
    // Some Linux dialogs do not add the extension from the filter.
    return file && !file.toLowerCase().endsWith('.parley') ? `${file}.parley` : file;
  });

  handleTrusted(ipc, CHANNELS.pickSavePath, (_event, defaultName: unknown) => {
    // Only a file name is taken from the renderer: the folder is the user's choice in the dialog.
    const name = path.basename(typeof defaultName === 'string' ? defaultName : '').slice(0, 200) || 'export';
    const ext = path.extname(name).slice(1);
    return save({
      title: 'Save as', defaultPath: path.join(app.getPath('documents'), name),
      filters: ext ? [{ name: ext.toUpperCase(), extensions: [ext] }] : [],
    });
  });

  handleTrusted(ipc, CHANNELS.showFile, (_event, file: unknown) => {
    // Reveals (never opens or runs) an existing file.
    if (typeof file === 'string' && path.isAbsolute(file) && fs.existsSync(file)) shell.showItemInFolder(file);
  });
}
