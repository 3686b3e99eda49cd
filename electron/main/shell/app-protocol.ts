import { protocol, type Session } from 'electron';
import { appOrigin, appScheme } from '../protocol/app-origin';
import { serveAppRequest } from '../protocol/serve-app-request';

/**
 * Must run before `ready`: makes `app://` a standard, secure origin like https, and lets V8 cache the
 * compiled renderer bundle between launches (`codeCache`).
 */
export function registerAppSchemePrivileges(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

/** Serves the built renderer from `rendererRoot` on `app://briefdesk/`, and stored images from `assetsRoot`. */
export function handleAppProtocol(session: Session, rendererRoot: string, assetsRoot?: string): void {
  session.protocol.handle(appScheme, async (request) => {
    const response = await serveAppRequest(request.url, rendererRoot, appOrigin, assetsRoot);
    return new Response(response.body, { status: response.status, headers: response.headers });
  });
}
