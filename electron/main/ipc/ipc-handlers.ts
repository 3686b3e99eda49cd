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
    'templates.list': async () => services.templates.list(),
    'templates.get': async ({ id }) => services.templates.get(id),
    'templates.sections': async () => services.templates.sections(),
    'templates.saveFromBriefing': (request) => services.templates.saveFromBriefing(request),
    'templates.rename': (request) => services.templates.rename(request),
    'templates.delete': ({ id }) => services.templates.delete(id).then(() => ({ id })),
    'briefings.createFromTemplate': (request) =>
      services.templates.createBriefing(request).then(({ briefing }) => briefing),
    'import.file': ({ path, ...options }) => services.imports.importFile(path, options),
    'import.text': ({ text, format, sourceName, ...options }) =>
      services.imports.importText(text, format, options, sourceName),
    'export.html': (request) => services.exports.export('html', request),
    'export.pdf': (request) => services.exports.export('pdf', request),
    'export.chooseDestination': (request) => services.exports.chooseDestination(request),
    'export.showInFolder': ({ path }) => services.exports.showInFolder(path),
    'export.openFile': ({ path }) => services.exports.openFile(path),
  };
}
