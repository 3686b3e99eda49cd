import { contextBridge, ipcRenderer } from 'electron';
import { createBriefdeskApi } from '../common/briefdesk-api';
import {
  closeFlushedChannel,
  closeRequestedChannel,
  type EditCommand,
  editCommandChannel,
  isMenuCommand,
  type MenuCommand,
  menuCommandChannel,
} from '../common/ipc-channels';

const menuListeners = new Set<(command: MenuCommand) => void>();
// A command sent to a window that main just opened for it arrives before React subscribes: keep it until then.
const earlyMenuCommands: MenuCommand[] = [];

ipcRenderer.on(menuCommandChannel, (_event, command: unknown) => {
  if (!isMenuCommand(command)) return;
  if (menuListeners.size === 0) earlyMenuCommands.push(command);
  for (const listener of menuListeners) listener(command);
});

function subscribeMenuCommands(listener: (command: MenuCommand) => void): () => void {
  menuListeners.add(listener);
  for (const command of earlyMenuCommands.splice(0)) listener(command);
  return () => menuListeners.delete(listener);
}

const closeListeners = new Set<() => Promise<unknown>>();

// Main waits for this answer before the window closes or the app quits, so the last keystrokes are saved.
ipcRenderer.on(closeRequestedChannel, (_event, token: unknown) => {
  void Promise.allSettled([...closeListeners].map(async (listener) => listener())).then(() =>
    ipcRenderer.send(closeFlushedChannel, token),
  );
});

function subscribeCloseRequests(listener: () => Promise<unknown>): () => void {
  closeListeners.add(listener);
  return () => closeListeners.delete(listener);
}

contextBridge.exposeInMainWorld(
  'briefdesk',
  createBriefdeskApi(
    (channel, input) => ipcRenderer.invoke(channel, input),
    subscribeMenuCommands,
    subscribeCloseRequests,
    (command: EditCommand) => ipcRenderer.send(editCommandChannel, command),
  ),
);
