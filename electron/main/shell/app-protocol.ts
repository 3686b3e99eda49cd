import { protocol, type Session } from 'electron';
import type { ExportPreviews } from '../export/export-previews';
import { appOrigin, appScheme } from '../protocol/app-origin';
import { serveAppRequest } from '../protocol/serve-app-request';

const storedImagePath = /^\/assets\/[a-f0-9]{64}\./;
const exportPreviewPath = /^\/export-preview\//;

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
 * Serves the built renderer from `rendererRoot` on `app://briefdesk/`, stored images from the folder
 * `assetsRoot` resolves to (known once the library has opened), and the export dialog's previews.
 */
export function handleAppProtocol(
  session: Session,
  rendererRoot: string,
  assetsRoot: () => Promise<string | undefined>,
  exportPreviews: () => Promise<ExportPreviews>,
): void {
  session.protocol.handle(appScheme, async (request) => {
    // Only stored images and previews wait for the services; the renderer's own files are served at once.
    const pathname = new URL(request.url).pathname;
    const isStoredImage = storedImagePath.test(pathname);
    const previews = exportPreviewPath.test(pathname) ? await exportPreviews() : undefined;
    const response = await serveAppRequest(
      request.url,
      rendererRoot,
      appOrigin,
      isStoredImage ? await assetsRoot() : undefined,
      previews ? (path) => previews.find(path) : undefined,
    );
    return new Response(response.body, { status: response.status, headers: response.headers });
  });
}
