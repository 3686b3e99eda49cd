import type { AppServices } from '../app/app-services';
import type { IpcHandlers } from './ipc-dispatcher';

/** The IPC surface: each handler delegates to a service and adds nothing else. */
export function createIpcHandlers(services: AppServices): IpcHandlers {
  return {
    'app.info': async () => services.info(),
    'settings.get': async () => services.settings.get(),
    'settings.update': (patch) => services.settings.update(patch),
    'briefings.list': async () => services.briefings.list(),
    'briefings.get': ({ id }) => services.briefings.get(id),
    'briefings.create': (request) => services.briefings.create(request),
    'briefings.save': (changes) => services.briefings.save(changes),
    'export.html': (request) => services.exports.export('html', request),
    'export.pdf': (request) => services.exports.export('pdf', request),
    'export.chooseDestination': (request) => services.exports.chooseDestination(request),
    'export.showInFolder': ({ path }) => services.exports.showInFolder(path),
    'export.openFile': ({ path }) => services.exports.openFile(path),
  };
}
