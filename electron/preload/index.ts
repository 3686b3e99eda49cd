import { contextBridge, ipcRenderer } from 'electron';
import { createBriefdeskApi } from '../common/briefdesk-api';
import { isMenuCommand, type MenuCommand, menuCommandChannel } from '../common/ipc-channels';

function subscribeMenuCommands(listener: (command: MenuCommand) => void): () => void {
  const forward = (_event: unknown, command: unknown) => {
    if (isMenuCommand(command)) listener(command);
  };
  ipcRenderer.on(menuCommandChannel, forward);
  return () => ipcRenderer.removeListener(menuCommandChannel, forward);
}

contextBridge.exposeInMainWorld(
  'briefdesk',
  createBriefdeskApi((channel, input) => ipcRenderer.invoke(channel, input), subscribeMenuCommands),
);
