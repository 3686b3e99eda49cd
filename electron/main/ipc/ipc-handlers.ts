import { toOpenedBriefing } from '../../common/library/opened-briefing';
import { toSavedBriefing } from '../../common/library/saved-briefing';
import type { AppServices } from '../app/app-services';
import type { IpcHandlers } from './ipc-dispatcher';

/** The IPC surface: each handler delegates to a service and adds nothing else. */
export function createIpcHandlers(services: AppServices): IpcHandlers {
  return {
    'app.info': async () => services.info(),
    'app.notices': async () => services.briefings.checked().then(() => services.info().notices),
    'settings.get': async () => services.settings.get(),
    'settings.update': (patch) => services.settings.update(patch),
    // These need the whole library index, which the desktop app loads after showing the first page.
    'briefings.list': async () => services.briefings.checked().then(() => services.briefings.list()),
    'briefings.get': ({ id }) => services.briefings.get(id),
    'briefings.open': ({ id }) => services.briefings.get(id).then(toOpenedBriefing),
    'briefings.create': (request) => services.briefings.create(request),
    'briefings.save': (changes) => services.briefings.save(changes).then(toSavedBriefing),
    'templates.list': async () => services.templates.list(),
    'templates.saveFromBriefing': (request) => services.templates.saveFromBriefing(request),
    'templates.rename': (request) => services.templates.rename(request),
    'templates.delete': ({ id }) => services.templates.delete(id).then(() => ({ id })),
    'briefings.createFromTemplate': (request) =>
      services.templates.createBriefing(request).then(({ briefing }) => briefing),
    'import.prepare': () => services.imports.prepare().then(() => ({ ready: true as const })),
    'import.text': ({ text, format, sourceName, ...options }) =>
      services.imports.importText(text, format, options, sourceName),
    'import.preview': ({ text, format, sourceName, ...options }) =>
      services.imports.preview(text, format, options, sourceName),
    'spelling.check': (request) => services.spelling.check(request),
    'spelling.suggest': (request) => services.spelling.suggest(request),
    'spelling.addWord': ({ word }) => services.personalWords.add(word),
    'export.run': (request) => services.exports.export(request),
    'export.chooseDestination': (request) => services.exports.chooseDestination(request),
    'export.defaultDestination': (request) => services.exports.defaultDestination(request),
    'export.preview': (request) => services.exports.preview(request),
    'export.estimateSize': (request) => services.exports.estimateSize(request),
    'export.previewPdf': (request) => services.exports.previewPdf(request),
    'export.forgetFolder': () => services.exports.forgetFolder(),
    'export.showInFolder': ({ path }) => services.exports.showInFolder(path),
    'export.openFile': ({ path }) => services.exports.openFile(path),
    'briefings.duplicate': ({ id }) => services.briefings.duplicate(id),
    'briefings.trash': ({ id }) => services.briefings.trash.moveToTrash(id),
    'briefings.conflictInfo': ({ id }) => services.briefings.conflicts.info(id),
    'briefings.resolveConflict': (resolution) => services.briefings.conflicts.resolve(resolution),
    'briefings.unlock': ({ id }) => services.briefings.unlock(id, services.settings.get().authorName),
    'trash.list': async () => services.briefings.trash.list(),
    'trash.restore': ({ id }) => services.briefings.trash.restore(id),
    'trash.empty': async () => ({ removed: await services.briefings.trash.empty() }),
    'journal.write': (entry) => services.briefings.writeJournal(entry),
    'journal.recovered': async ({ id }) => ({ recovered: await services.briefings.recovery.get(id) }),
    'journal.restore': ({ id }) => services.briefings.recovery.restore(id),
    'journal.discard': ({ id }) => services.briefings.recovery.discard(id),
    'history.list': ({ id }) => services.briefings.history.list(id),
    'history.get': ({ id, revisionId }) => services.briefings.history.get(id, revisionId),
    'history.restoreChoices': ({ id, revisionId }) => services.briefings.history.restoreChoices(id, revisionId),
    'history.restore': ({ id, revisionId, metadataFields }) =>
      services.briefings.history.restore(id, revisionId, metadataFields),
    'history.diff': ({ id, revisionId }) => services.briefings.history.diff(id, revisionId),
    'history.name': ({ id, name }) => services.briefings.history.name(id, name),
    'history.compare': ({ id, older, newer }) => services.briefings.history.compare(id, older, newer),
    'library.search': (request) => services.briefings.search.search(request),
    'library.recent': async () => services.briefings.checked().then(() => services.briefings.recent()),
    'library.markOpened': async ({ id }) => services.briefings.checked().then(() => services.briefings.markOpened(id)),
    'assets.store': ({ base64 }) => services.briefings.assets.storeBase64(base64),
  };
}
