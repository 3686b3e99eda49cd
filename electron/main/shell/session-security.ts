import { type App, type Session, shell } from 'electron';
import { appOrigin, appScheme } from '../protocol/app-origin';
import { hasOrigin } from '../security/has-origin';
import { vettedExternalUrl } from '../security/vetted-external-url';

/** Denies every permission and every request that leaves the app's own protocol. */
export function lockDownSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = details.url.startsWith(`${appScheme}:`) || details.url.startsWith('devtools:');
    callback({ cancel: !allowed });
  });
  // Dictionaries come from the app itself, never from Google's servers.
  session.setSpellCheckerDictionaryDownloadURL(`${appOrigin}/dictionaries/`);
}

/** Applies to every web contents ever created: no navigation away, no new windows, no webviews. */
export function guardWebContents(app: App): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event) => {
      if (!hasOrigin(event.url, appOrigin)) event.preventDefault();
    });
    contents.on('will-redirect', (event) => {
      if (!hasOrigin(event.url, appOrigin)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      const href = vettedExternalUrl(url);
      if (href) void shell.openExternal(href);
      return { action: 'deny' };
    });
  });
}
