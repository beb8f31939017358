// Named user actions: menu items, shortcuts and toolbar buttons all run these, so each lives in one place.
import type { MenuCommand } from '../shared/bridge';
import { useApp } from './state/store';

export interface AppCommand {
  id: MenuCommand | 'import-data' | 'show-backups' | 'new-event' | 'new-statement' | 'new-actor' | 'delete-selection' | 'open-inspector' | 'close-panels';
  label: string;
  /** Keys as "Mod+Shift+Z" (Mod is Ctrl, or Cmd on a Mac). */
  keys: string[];
  /** Whether the shortcut also fires while typing in a field (undo inside a text box is the field's own). */
  inFields?: boolean;
  run(): void | Promise<void>;
}

type Handlers = Partial<Record<AppCommand['id'], () => void | Promise<void>>>;
let extra: Handlers = {};
/** Views register what they handle (the timeline handles fit-all and zoom, the app handles new-event…). */
export function registerCommandHandlers(handlers: Handlers): () => void {
  extra = { ...extra, ...handlers };
  return () => { for (const k of Object.keys(handlers)) delete extra[k as AppCommand['id']]; };
}

const viaRegistry = (id: AppCommand['id']) => () => extra[id]?.();

export const COMMANDS: AppCommand[] = [
  { id: 'undo', label: 'Undo', keys: ['Mod+Z'], run: () => useApp.getState().undo() },
  { id: 'redo', label: 'Redo', keys: ['Mod+Shift+Z', 'Mod+Y'], run: () => useApp.getState().redo() },
  { id: 'new-event', label: 'New event', keys: ['Mod+E'], run: viaRegistry('new-event') },
  { id: 'new-statement', label: 'New statement', keys: ['Mod+Shift+S'], run: viaRegistry('new-statement') },
  { id: 'new-actor', label: 'New actor', keys: ['Mod+Shift+A'], run: viaRegistry('new-actor') },
  { id: 'delete-selection', label: 'Delete selection', keys: ['Delete', 'Backspace'], run: viaRegistry('delete-selection') },
  { id: 'open-inspector', label: 'Open inspector', keys: ['Enter'], run: () => useApp.getState().setInspectorOpen(true) },
  { id: 'close-panels', label: 'Cancel', keys: ['Escape'], run: viaRegistry('close-panels') },
  { id: 'find', label: 'Find', keys: ['Mod+F'], inFields: true, run: viaRegistry('find') },
  { id: 'fit-all', label: 'Fit all', keys: ['Mod+0'], run: viaRegistry('fit-all') },
  { id: 'zoom-in', label: 'Zoom in', keys: ['Mod+=', 'Mod++', '+', '='], run: viaRegistry('zoom-in') },
  { id: 'zoom-out', label: 'Zoom out', keys: ['Mod+-', '-'], run: viaRegistry('zoom-out') },
  { id: 'import-article', label: 'Import article…', keys: ['Mod+I'], run: viaRegistry('import-article') },
  { id: 'export-pdf', label: 'Export PDF…', keys: ['Mod+P'], inFields: true, run: viaRegistry('export-pdf') },
  { id: 'export-json', label: 'Export JSON…', keys: [], run: viaRegistry('export-json') },
  { id: 'export-csv', label: 'Export CSV…', keys: [], run: viaRegistry('export-csv') },
  { id: 'import-data', label: 'Import data…', keys: [], run: viaRegistry('import-data') },
  { id: 'show-backups', label: 'Backups…', keys: [], run: viaRegistry('show-backups') },
  { id: 'open-project', label: 'Open project…', keys: ['Mod+O'], inFields: true, run: viaRegistry('open-project') },
  { id: 'new-project', label: 'New project…', keys: ['Mod+N'], inFields: true, run: viaRegistry('new-project') },
];

/** The key string of a keyboard event, in the form the keymap uses ("Mod+Shift+Z", "ArrowLeft"). */
export function keyOf(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>): string {
  const single = e.key.length === 1;
  const parts: string[] = [];
  if (e.ctrlKey || e.metaKey) parts.push('Mod');
  if (e.altKey) parts.push('Alt');
  // Shift is part of the name for letters and named keys; for "+" or "?" it is how the character is typed.
  if (e.shiftKey && (!single || /^[a-z]$/i.test(e.key))) parts.push('Shift');
  parts.push(single ? e.key.toUpperCase() : e.key);
  return parts.join('+');
}

export function commandForKey(key: string, inField: boolean): AppCommand | undefined {
  return COMMANDS.find((c) => c.keys.includes(key) && (!inField || c.inFields));
}

export function runCommand(id: AppCommand['id']): void {
  void COMMANDS.find((c) => c.id === id)?.run();
}
