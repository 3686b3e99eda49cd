import { protocol, type Session } from 'electron';
import { appOrigin, appScheme } from '../protocol/app-origin';
import { serveAppRequest } from '../protocol/serve-app-request';

const storedImagePath = /^\/assets\/[a-f0-9]{64}\./;

/**
 * Must run before `ready`: makes `app://` a standard, secure origin like https, and lets V8 cache the
 * compiled renderer bundle between launches (`codeCache`).
 */
export function registerAppSchemePrivileges(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

/**
 * Serves the built renderer from `rendererRoot` on `app://briefdesk/`, and stored images from the folder
 * `assetsRoot` resolves to (known once the library has opened).
 */
export function handleAppProtocol(
  session: Session,
  rendererRoot: string,
  assetsRoot: () => Promise<string | undefined>,
): void {
  session.protocol.handle(appScheme, async (request) => {
    // Only stored images wait for the library; the renderer's own files are served at once.
    const isStoredImage = storedImagePath.test(new URL(request.url).pathname);
    const response = await serveAppRequest(
      request.url,
      rendererRoot,
      appOrigin,
      isStoredImage ? await assetsRoot() : undefined,
    );
    return new Response(response.body, { status: response.status, headers: response.headers });
  });
}
