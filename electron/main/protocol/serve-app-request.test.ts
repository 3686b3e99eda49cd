import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExportPreviews } from '../export/export-previews';
import {
  exportPreviewContentSecurityPolicy,
  rendererContentSecurityPolicy,
  rendererMetaContentSecurityPolicy,
} from './content-security-policy';
import { appResponseBytes, resolveAppPath, serveAppRequest } from './serve-app-request';

const origin = 'app://briefdesk';
let parent: string;
let root: string;

beforeAll(async () => {
  parent = await mkdtemp(path.join(os.tmpdir(), 'briefdesk-protocol-'));
  root = path.join(parent, 'renderer');
  await mkdir(path.join(root, 'assets'), { recursive: true });
  await writeFile(path.join(root, 'index.html'), '<!doctype html><title>Briefdesk</title>');
  await writeFile(path.join(root, 'assets', 'app.js'), 'export {}');
  await writeFile(path.join(parent, 'secret.json'), '{"token": 1}');
});

afterAll(() => rm(parent, { recursive: true, force: true }));

describe('serveAppRequest', () => {
  it('serves the index for the root and files by path, with their types and the CSP', async () => {
    const index = await serveAppRequest(`${origin}/`, root, origin);
    expect(index.status).toBe(200);
    expect(index.headers['Content-Type']).toBe('text/html; charset=utf-8');
    expect(index.headers['Content-Security-Policy']).toBe(rendererContentSecurityPolicy);
    expect(index.headers['X-Content-Type-Options']).toBe('nosniff');
    const script = await serveAppRequest(`${origin}/assets/app.js?v=1#x`, root, origin);
    expect(script.status).toBe(200);
    expect(script.headers['Content-Type']).toBe('text/javascript; charset=utf-8');
    expect(Buffer.from(await appResponseBytes(script.body)).toString()).toBe('export {}');
  });

  it('answers 404 for missing files', async () => {
    expect((await serveAppRequest(`${origin}/assets/missing.js`, root, origin)).status).toBe(404);
  });

  it.each([
    `${origin}/../secret.json`,
    `${origin}/%2e%2e/secret.json`,
    `${origin}/assets/%2e%2e%2f%2e%2e%2fsecret.json`,
  ])('never climbs out of the renderer folder for %s', async (url) => {
    const resolved = resolveAppPath(url, root, origin);
    expect(resolved === undefined || resolved.startsWith(root + path.sep)).toBe(true);
    const response = await serveAppRequest(url, root, origin);
    expect(response.status).toBe(404);
  });

  it.each([
    `${origin}/..%5csecret.json`,
    `${origin}/index.html%00.js`,
    `${origin}/%E0%A4%A`,
    'app://other/index.html',
    'https://briefdesk/index.html',
    'file:///etc/passwd',
    `${origin}/assets/app.exe`,
  ])('refuses %s', async (url) => {
    expect(resolveAppPath(url, root, origin)).toBeUndefined();
    const response = await serveAppRequest(url, root, origin);
    expect(response.status).toBe(404);
    expect(String(response.body)).toBe('Not found');
  });
});

describe('export previews', () => {
  it('serves a kept preview sandboxed, under its unguessable name only, and only to the app’s origin', async () => {
    const previews = new ExportPreviews();
    const kept = previews.add('<!DOCTYPE html><title>Preview</title>');
    const find = (pathname: string) => previews.find(pathname);
    const served = await serveAppRequest(`${origin}${kept}`, root, origin, undefined, find);
    expect(served.status).toBe(200);
    expect(Buffer.from(await appResponseBytes(served.body)).toString()).toBe('<!DOCTYPE html><title>Preview</title>');
    expect(served.headers['Content-Security-Policy']).toBe(exportPreviewContentSecurityPolicy);
    expect(exportPreviewContentSecurityPolicy.split('; ')).toEqual(
      expect.arrayContaining(['sandbox', "default-src 'none'", "frame-ancestors 'self'"]),
    );
    expect(exportPreviewContentSecurityPolicy).not.toMatch(/script-src|https?:/);
    for (const url of [
      `${origin}/export-preview/${'0'.repeat(32)}.html`,
      `${origin}${kept.replace('.html', '/x.html')}`,
      `https://elsewhere.test${kept}`,
    ]) {
      expect((await serveAppRequest(url, root, origin, undefined, find)).status, url).toBe(404);
    }
    // Newer previews push the oldest out.
    for (let count = 0; count < 4; count += 1) previews.add('<p>newer</p>');
    expect((await serveAppRequest(`${origin}${kept}`, root, origin, undefined, find)).status).toBe(404);
  });
});

describe('the renderer CSP', () => {
  it('allows no inline script, no eval, no network and no framing', () => {
    const directives = Object.fromEntries(
      rendererContentSecurityPolicy.split('; ').map((directive) => {
        const [name, ...values] = directive.split(' ');
        return [name, values];
      }),
    );
    expect(directives['default-src']).toEqual(["'none'"]);
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(directives['connect-src']).toEqual(["'none'"]);
    expect(directives['frame-ancestors']).toEqual(["'none'"]);
    expect(directives['frame-src']).toEqual(["'self'"]);
    expect(rendererContentSecurityPolicy).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
  });

  it('serves stored images from the assets folder by content hash, and nothing else from it', async () => {
    const assetsRoot = path.join(parent, 'library-assets');
    await mkdir(assetsRoot, { recursive: true });
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2]);
    const sha = createHash('sha256').update(png).digest('hex');
    await writeFile(path.join(assetsRoot, `${sha}.png`), png);
    await writeFile(path.join(assetsRoot, 'notes.txt'), 'private');
    const image = await serveAppRequest(`${origin}/assets/${sha}.png`, root, origin, assetsRoot);
    expect(image.status).toBe(200);
    expect(image.headers['Content-Type']).toBe('image/png');
    expect(image.body).toBeInstanceOf(ReadableStream);
    expect(await appResponseBytes(image.body)).toEqual(png);
    // A file whose bytes do not hash to its name, and a link to a file outside, are never served.
    await writeFile(path.join(assetsRoot, `${'c'.repeat(64)}.png`), png);
    await writeFile(path.join(parent, 'secret.png'), png);
    await symlink(path.join(parent, 'secret.png'), path.join(assetsRoot, `${'d'.repeat(64)}.png`));
    const linkedSha = createHash('sha256')
      .update(await readFile(path.join(root, 'index.html')))
      .digest('hex');
    await symlink(path.join(root, 'index.html'), path.join(assetsRoot, `${linkedSha}.png`));
    for (const url of [
      `${origin}/assets/${'c'.repeat(64)}.png`,
      `${origin}/assets/${'d'.repeat(64)}.png`,
      `${origin}/assets/${linkedSha}.png`,
      `${origin}/assets/notes.txt`,
      `${origin}/assets/${'b'.repeat(64)}.png`,
      `${origin}/assets/${sha}.svg`,
      `${origin}/assets/..%2F${sha}.png`,
      `https://evil.example/assets/${sha}.png`,
    ]) {
      expect((await serveAppRequest(url, root, origin, assetsRoot)).status, url).toBe(404);
    }
    // A planted file larger than any upload is refused before it is hashed.
    const huge = Buffer.alloc(21 * 1024 * 1024, 1);
    const hugeSha = createHash('sha256').update(huge).digest('hex');
    await writeFile(path.join(assetsRoot, `${hugeSha}.png`), huge);
    expect((await serveAppRequest(`${origin}/assets/${hugeSha}.png`, root, origin, assetsRoot)).status).toBe(404);
    // The renderer's own build files under /assets/ are still served.
    expect((await serveAppRequest(`${origin}/assets/app.js`, root, origin, assetsRoot)).status).toBe(200);
  });
});

describe('the CSP meta fallback in renderer/index.html', () => {
  it('matches the header policy minus header-only directives', async () => {
    const html = await readFile(path.resolve(import.meta.dirname, '../../../renderer/index.html'), 'utf8');
    const content = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
    expect(content).toBe(rendererMetaContentSecurityPolicy);
  });
});
