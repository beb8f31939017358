// The sandboxed preload: only contextBridge and ipcRenderer exist here. It exposes exactly ParleyBridge
// as window.parley; no Electron object (not even the IPC event) reaches the page.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { ApiResponse } from '../../shared/api';
import type { MenuCommand, ParleyBridge } from '../../shared/bridge';
import { CHANNELS } from './channels';

const bridge = {
  invoke: (method: string, input: unknown) => ipcRenderer.invoke(CHANNELS.invoke, method, input) as Promise<ApiResponse<unknown>>,
  pickProjectToOpen: () => ipcRenderer.invoke(CHANNELS.pickProjectToOpen) as Promise<string | null>,
  pickProjectToCreate: () => ipcRenderer.invoke(CHANNELS.pickProjectToCreate) as Promise<string | null>,
  pickSavePath: (defaultName: string) => ipcRenderer.invoke(CHANNELS.pickSavePath, defaultName) as Promise<string | null>,
  showFile: (path: string) => ipcRenderer.invoke(CHANNELS.showFile, path) as Promise<void>,
  onMenuCommand(listener: (command: MenuCommand) => void): () => void {
    const forward = (_event: IpcRendererEvent, command: MenuCommand) => listener(command);
    ipcRenderer.on(CHANNELS.menuCommand, forward);
    return () => {
      ipcRenderer.removeListener(CHANNELS.menuCommand, forward);
    };
  },
} satisfies ParleyBridge;

contextBridge.exposeInMainWorld('parley', bridge);
