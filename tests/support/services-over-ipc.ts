import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { type AppServices, openAppServices } from '../../electron/main/app/app-services';
import { createIpcDispatcher, type IpcDispatch } from '../../electron/main/ipc/ipc-dispatcher';
import { createIpcHandlers } from '../../electron/main/ipc/ipc-handlers';

/** A call's sender as the app's own page: what `dispatch` trusts. */
export const appPage = { url: 'app://briefdesk/index.html' };

/** The app's services over a fresh data folder, reached through the real IPC handlers and dispatcher. */
export interface ServicesOverIpc {
  dataDir: string;
  services: AppServices;
  dispatch: IpcDispatch;
  /** Closes the services and removes the data folder. */
  close(): Promise<void>;
}

/** Opens the services in a new temporary folder named from `prefix`, with IPC's dispatcher in front of them. */
export async function openServicesOverIpc(prefix: string): Promise<ServicesOverIpc> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), prefix));
  const services = await openAppServices(dataDir, { name: 'Briefdesk', version: 'test' });
  const dispatch = createIpcDispatcher({ handlers: createIpcHandlers(services), trustedOrigin: 'app://briefdesk' });
  return {
    dataDir,
    services,
    dispatch,
    async close() {
      await services.close();
      await rm(dataDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 });
    },
  };
}
