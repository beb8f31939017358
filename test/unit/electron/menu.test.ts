import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { menuTemplate, type MenuContext } from '../../../src-main/electron/menu';

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? flatten(i.submenu) : [])]);
}
const click = (item: MenuItemConstructorOptions | undefined) => (item?.click as () => void)();

function build(overrides: Partial<MenuContext> = {}) {
  const ctx: MenuContext = { isMac: false, isPackaged: true, recent: [], send: vi.fn(), openRecent: vi.fn(), ...overrides };
  return { ctx, items: flatten(menuTemplate(ctx)) };
}

describe('application menu', () => {
  it('has File, Edit, View, Window and Help with the standard roles', () => {
    const { ctx } = build();
    const top = menuTemplate(ctx).map((m) => m.label ?? m.role);
    expect(top).toEqual(['File', 'Edit', 'View', 'windowMenu', 'help']);
    const roles = build().items.map((i) => i.role).filter(Boolean);
    expect(roles).toEqual(expect.arrayContaining(['quit', 'cut', 'copy', 'paste', 'selectAll', 'togglefullscreen', 'about']));
    expect(menuTemplate({ ...ctx, isMac: true })[0]).toEqual({ role: 'appMenu' });
  });

  it('sends the app commands to the renderer, undo and redo included', () => {
    const { ctx, items } = build();
    const byLabel = (label: string) => items.find((i) => i.label === label);
    for (const [label, command] of [['Undo', 'undo'], ['Redo', 'redo'], ['New Project…', 'new-project'], ['Open Project…', 'open-project'],
      ['Import Article…', 'import-article'], ['PDF…', 'export-pdf'], ['JSON…', 'export-json'], ['CSV…', 'export-csv']] as const) {
      click(byLabel(label));
      expect(ctx.send).toHaveBeenLastCalledWith(command);
    }
    expect(byLabel('Undo')?.accelerator).toBe('CmdOrCtrl+Z');
    expect(byLabel('Redo')?.accelerator).toBe('CmdOrCtrl+Shift+Z');
  });

  it('lists recent projects and opens the one chosen', () => {
    const { ctx, items } = build({ recent: ['/data/a.parley', '/data/b.parley'] });
    click(items.find((i) => i.label === 'b.parley'));
    expect(ctx.openRecent).toHaveBeenCalledWith('/data/b.parley');
    expect(build().items.find((i) => i.label === 'No recent projects')?.enabled).toBe(false);
  });

  it('offers developer tools only in development', () => {
    expect(build({ isPackaged: true }).items.some((i) => i.role === 'toggleDevTools')).toBe(false);
    expect(build({ isPackaged: false }).items.some((i) => i.role === 'toggleDevTools')).toBe(true);
  });
});
