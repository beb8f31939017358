// The application menu as a plain template: app commands go to the renderer as MenuCommands, the rest
// are Electron's standard roles. Pure, so a test can read it without Electron.
import path from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/bridge';

export interface MenuContext {
  isMac: boolean;
  /** Developer tools only in an unpackaged (development) run. */
  isPackaged: boolean;
  recent: string[];
  send(command: MenuCommand): void;
  openRecent(file: string): void;
}

export function menuTemplate(ctx: MenuContext): MenuItemConstructorOptions[] {
  const command = (label: string, name: MenuCommand, accelerator?: string): MenuItemConstructorOptions =>
    ({ label, accelerator, click: () => ctx.send(name) });
  const recentItems: MenuItemConstructorOptions[] = ctx.recent.length
    ? ctx.recent.map((file) => ({ label: path.basename(file), sublabel: file, click: () => ctx.openRecent(file) }))
    : [{ label: 'No recent projects', enabled: false }];

  const template: MenuItemConstructorOptions[] = [
    {
      label: 'File',
      submenu: [
        command('New Project…', 'new-project', 'CmdOrCtrl+N'),
        command('Open Project…', 'open-project', 'CmdOrCtrl+O'),
        { label: 'Open Recent', submenu: recentItems },
        { type: 'separator' },
        command('Import Article…', 'import-article', 'CmdOrCtrl+I'),
        { label: 'Export', submenu: [
          command('PDF…', 'export-pdf', 'CmdOrCtrl+P'),
          command('JSON…', 'export-json'),
          command('CSV…', 'export-csv'),
        ] },
        { type: 'separator' },
        ctx.isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: 'Edit',
      submenu: [
        // Undo and redo act on the project's history (kept in the file), not on a text field.
        command('Undo', 'undo', 'CmdOrCtrl+Z'),
        command('Redo', 'redo', 'CmdOrCtrl+Shift+Z'),
        { type: 'separator' },
        { role: 'cut' }, { role: 'copy' }, { role: 'paste' }, { role: 'selectAll' },
        { type: 'separator' },
        command('Find…', 'find', 'CmdOrCtrl+F'),
      ],
    },
    {
      label: 'View',
      submenu: [
        command('Fit All', 'fit-all', 'CmdOrCtrl+0'),
        command('Zoom In', 'zoom-in', 'CmdOrCtrl+='),
        command('Zoom Out', 'zoom-out', 'CmdOrCtrl+-'),
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(ctx.isPackaged ? [] : [{ role: 'toggleDevTools' } as const]),
      ],
    },
    { role: 'windowMenu' },
    { role: 'help', submenu: [{ role: 'about' }] },
  ];
  return ctx.isMac ? [{ role: 'appMenu' }, ...template] : template;
}
