import { ipcMain } from 'electron';
import { ipcChannels } from '../../common/ipc-channels';
import type { IpcDispatch } from '../ipc/ipc-dispatcher';

/** Connects each contract channel to the dispatcher, which checks the sender frame and the argument. */
export function registerIpc(dispatch: IpcDispatch): void {
  for (const channel of ipcChannels) {
    ipcMain.handle(channel, (event, argument: unknown) => dispatch(channel, argument, { url: event.senderFrame?.url }));
  }
}
