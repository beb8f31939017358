// What the Electron preload exposes to the renderer as window.parley. The browser shell has no bridge:
// the renderer then speaks HTTP to the loopback server (src-renderer/api/client.ts).
import type { ApiResponse } from './api/define';

export type MenuCommand =
  | 'new-project' | 'open-project' | 'undo' | 'redo' | 'import-article' | 'export-pdf' | 'export-json' | 'export-csv'
  | 'fit-all' | 'zoom-in' | 'zoom-out' | 'find';

export interface ParleyBridge {
  invoke(method: string, input: unknown): Promise<ApiResponse<unknown>>;
  /** Native dialogs; they resolve to null when the user cancels. */
  pickProjectToOpen(): Promise<string | null>;
  pickProjectToCreate(): Promise<string | null>;
  pickSavePath(defaultName: string): Promise<string | null>;
  /** Shows a written file in the system's file manager. */
  showFile(path: string): Promise<void>;
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}
