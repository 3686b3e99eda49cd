import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { streamVerifiedAsset } from '../library/verified-asset';
import { hasOrigin } from '../security/has-origin';
import { exportPreviewContentSecurityPolicy, rendererContentSecurityPolicy } from './content-security-policy';

export interface AppResponse {
  status: number;
  headers: Record<string, string>;
  /** A stored image is streamed; the renderer's own files are small and sent whole. */
  body: Uint8Array | string | ReadableStream<Uint8Array>;
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

const securityHeaders: Record<string, string> = {
  'Content-Security-Policy': rendererContentSecurityPolicy,
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Referrer-Policy': 'no-referrer',
};

/** The whole body of a response, streamed or not (for the browser-test harness and tests). */
export async function appResponseBytes(body: AppResponse['body']): Promise<Uint8Array> {
  if (typeof body === 'string') return new TextEncoder().encode(body);
  if (body instanceof Uint8Array) return body;
  return new Uint8Array(await new Response(body).arrayBuffer());
}

function notFound(): AppResponse {
  return {
    status: 404,
    headers: { ...securityHeaders, 'Content-Type': 'text/plain; charset=utf-8' },
    body: 'Not found',
  };
}

/** Maps a request URL to a file under `root`, refusing other origins, traversal and unknown types. */
export function resolveAppPath(requestUrl: string, root: string, origin: string): string | undefined {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return undefined;
  }
  if (!hasOrigin(requestUrl, origin)) return undefined;
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return undefined;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return undefined;
  const relative = path.posix.normalize(pathname === '/' ? '/index.html' : pathname).replace(/^\/+/, '');
  if (relative.startsWith('..')) return undefined;
  const resolvedRoot = path.resolve(root);
  const filePath = path.resolve(resolvedRoot, relative);
  if (!filePath.startsWith(resolvedRoot + path.sep)) return undefined;
  if (!(path.extname(filePath).toLowerCase() in contentTypes)) return undefined;
  return filePath;
}

/** `/assets/<sha256>.<ext>`: a stored image, never one of the renderer's own (shorter-named) build files. */
const storedAssetPath = /^\/assets\/([a-f0-9]{64}\.(?:png|jpg|gif|webp))$/;

/** The stored image file name a request asks for, or undefined if it is not a request for one. */
export function requestedStoredAsset(requestUrl: string, origin: string): string | undefined {
  if (!hasOrigin(requestUrl, origin)) return undefined;
  let pathname: string;
  try {
    pathname = new URL(requestUrl).pathname;
  } catch {
    return undefined;
  }
  return storedAssetPath.exec(pathname)?.[1];
}

/**
 * Answers one request for the app's own protocol: the same function serves
 * Electron's `protocol.handle` and the browser-test harness. With `assetsRoot`,
 * `app://briefdesk/assets/<sha256>.<ext>` serves the data folder's stored images.
 */
export async function serveAppRequest(
  requestUrl: string,
  root: string,
  origin: string,
  assetsRoot?: string,
  /** The export dialog's previews (`/export-preview/<token>.html`), kept in memory by the export service. */
  findExportPreview?: (pathname: string) => string | undefined,
): Promise<AppResponse> {
  const preview =
    findExportPreview && hasOrigin(requestUrl, origin) ? findExportPreview(new URL(requestUrl).pathname) : undefined;
  if (preview !== undefined) {
    return {
      status: 200,
      headers: {
        ...securityHeaders,
        'Content-Security-Policy': exportPreviewContentSecurityPolicy,
        'Content-Type': 'text/html; charset=utf-8',
      },
      body: preview,
    };
  }
  const assetName = assetsRoot ? requestedStoredAsset(requestUrl, origin) : undefined;
  if (assetsRoot && assetName) {
    // Served only when its bytes hash to its name: never a link, never a swapped or oversized file.
    const asset = await streamVerifiedAsset(assetsRoot, assetName);
    if (!asset) return notFound();
    const contentType = contentTypes[path.extname(assetName)] as string;
    return {
      status: 200,
      headers: { ...securityHeaders, 'Content-Type': contentType, 'Content-Length': String(asset.size) },
      body: asset.body,
    };
  }
  const filePath = resolveAppPath(requestUrl, root, origin);
  if (!filePath) return notFound();
  let body: Uint8Array;
  try {
    body = await readFile(filePath);
  } catch {
    return notFound();
  }
  const contentType = contentTypes[path.extname(filePath).toLowerCase()] as string;
  return { status: 200, headers: { ...securityHeaders, 'Content-Type': contentType }, body };
}
