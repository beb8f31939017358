// The preload against a stand-in `electron` (no Electron binary can run here): what reaches the page.
import { contextBridge, ipcRenderer } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import type { ParleyBridge } from '../../../shared/bridge';
import { CHANNELS } from '../../../src-main/electron/channels';

vi.mock('electron', async () => (await import('./stand-in')).electronStandIn());
await import('../../../src-main/electron/preload');

const [name, bridge] = vi.mocked(contextBridge.exposeInMainWorld).mock.calls[0] as [string, ParleyBridge];

describe('preload', () => {
  it('exposes exactly the ParleyBridge methods as window.parley', () => {
    expect(contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    expect(name).toBe('parley');
    expect(Object.keys(bridge).sort()).toEqual(
      ['invoke', 'onMenuCommand', 'pickProjectToCreate', 'pickProjectToOpen', 'pickSavePath', 'showFile'],
    );
    for (const value of Object.values(bridge)) expect(typeof value).toBe('function');
  });

  it('forwards calls on the fixed channels only', async () => {
    await bridge.invoke('project.info', {});
    await bridge.pickSavePath('timeline.pdf');
    await bridge.showFile('/tmp/x.pdf');
    expect(vi.mocked(ipcRenderer.invoke).mock.calls).toEqual([
      [CHANNELS.invoke, 'project.info', {}], [CHANNELS.pickSavePath, 'timeline.pdf'], [CHANNELS.showFile, '/tmp/x.pdf'],
    ]);
  });

  it('hands menu commands to the page without the IPC event, and can stop', () => {
    const listener = vi.fn();
    const stop = bridge.onMenuCommand(listener);
    const [channel, forward] = vi.mocked(ipcRenderer.on).mock.calls[0];
    expect(channel).toBe(CHANNELS.menuCommand);
    forward({ sender: 'ipc internals' } as never, 'undo');
    expect(listener.mock.calls).toEqual([['undo']]);
    stop();
    expect(ipcRenderer.removeListener).toHaveBeenCalledWith(CHANNELS.menuCommand, forward);
  });
});
