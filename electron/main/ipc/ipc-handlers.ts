import type { AppServices } from '../app/app-services';
import type { IpcHandlers } from './ipc-dispatcher';

/** The IPC surface: each handler delegates to a service and adds nothing else. */
export function createIpcHandlers(services: AppServices): IpcHandlers {
  return {
    'app.info': async () => services.info(),
    'settings.get': async () => services.settings.get(),
    'settings.update': (patch) => services.settings.update(patch),
  };
}
