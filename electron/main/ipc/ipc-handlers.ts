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
    'briefings.duplicate': ({ id }) => services.briefings.duplicate(id),
    'briefings.trash': ({ id }) => services.briefings.trash.moveToTrash(id),
    'briefings.conflictInfo': ({ id }) => services.briefings.conflicts.info(id),
    'briefings.resolveConflict': (resolution) => services.briefings.conflicts.resolve(resolution),
    'trash.list': async () => services.briefings.trash.list(),
    'trash.restore': ({ id }) => services.briefings.trash.restore(id),
    'trash.empty': async () => ({ removed: await services.briefings.trash.empty() }),
    'journal.write': (entry) => services.briefings.writeJournal(entry),
    'history.list': ({ id }) => services.briefings.history.list(id),
    'history.get': ({ id, revisionId }) => services.briefings.history.get(id, revisionId),
    'history.restore': ({ id, revisionId }) => services.briefings.history.restore(id, revisionId),
    'history.diff': ({ id, revisionId }) => services.briefings.history.diff(id, revisionId),
    'library.search': (request) => services.briefings.search.search(request),
    'library.recent': async () => services.briefings.recent(),
    'library.markOpened': async ({ id }) => services.briefings.markOpened(id),
    'assets.store': ({ base64 }) => services.briefings.assets.storeBase64(base64),
  };
}
