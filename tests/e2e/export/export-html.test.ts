import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderBriefingHtml, renderCombinedBriefingsHtml } from '../../../electron/main/export/render-briefing-html';
import { resolveFixtureAsset } from '../../fixtures/briefings/fixture-assets';
import { closeHarnessBrowser, launchHarnessBrowser } from '../harness/app-harness';
import { nuHtmlErrors } from './export-checks';
import { allFixtureBriefings } from './fixture-data-folder';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const exportOrigin = 'https://export.briefdesk.test';
const options = {
  resolveAsset: resolveFixtureAsset,
  exportedAt: new Date('2026-11-26T07:45:00Z'),
  appVersion: '0.1.0',
};

let folder: string;
let browser: Browser;
const files: { name: string; path: string; html: string; links: string[] }[] = [];

beforeAll(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'briefdesk-export-html-'));
  const briefings = allFixtureBriefings();
  const rendered = [
    ...(await Promise.all(
      briefings.map(async (briefing) => ({ name: briefing.id, ...(await renderBriefingHtml(briefing, options)) })),
    )),
    { name: 'combined', ...(await renderCombinedBriefingsHtml(briefings, options)) },
  ];
  for (const { name, html } of rendered) {
    const filePath = path.join(folder, `${name}.html`);
    await writeFile(filePath, html);
    const links = JSON.stringify(briefings.map((briefing) => briefing.content)).match(/"href":"[^"]+"/g) ?? [];
    // The source list prints each source's link as its own text, so a reader of the PDF sees the address.
    const sourceLinks = briefings.flatMap((briefing) => briefing.metadata.sources.map((source) => source.link));
    files.push({
      name,
      path: filePath,
      html,
      links: [...links.map((link) => link.slice(8, -1)), ...sourceLinks.filter(Boolean)],
    });
  }
  browser = await launchHarnessBrowser();
});

afterAll(async () => {
  await closeHarnessBrowser();
  await rm(folder, { recursive: true, force: true });
});

/** Opens an exported file from a stand-in origin; every other request is refused and recorded. */
async function openOffline(html: string) {
  const context = await browser.newContext({ bypassCSP: true, viewport: { width: 900, height: 1200 } });
  const attempted: string[] = [];
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (url === `${exportOrigin}/export.html`)
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    attempted.push(url);
    return route.abort('internetdisconnected');
  });
  const page = await context.newPage();
  await page.goto(`${exportOrigin}/export.html`);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  return { page, attempted, close: () => context.close() };
}

describe('exported HTML of every fixture briefing', () => {
  it('passes the W3C Nu HTML checker with no errors', async () => {
    const errors = await nuHtmlErrors(files.map((file) => file.path));
    expect(errors.map((error) => `${path.basename(error.url ?? '')}:${error.lastLine}: ${error.message}`)).toEqual([]);
  }, 120_000);

  it('has no script, no event handler and no external URL except the briefings’ own safe links', () => {
    for (const file of files) {
      expect(file.html).not.toMatch(/<script|\son[a-z]+\s*=|javascript:/i);
      let rest = file.html.replace(/data:[a-z0-9/+.-]+;base64,[A-Za-z0-9+/=]+/g, 'data:');
      for (const link of file.links) {
        const escaped = link.replaceAll('&', '&amp;');
        rest = rest.replaceAll(`href="${escaped}"`, '').replaceAll(`>${escaped}</a>`, '');
      }
      expect(rest, file.name).not.toMatch(/(https?:)?\/\/[a-z0-9]/i);
    }
  });

  it('has no serious or critical axe-core violations, and makes no request with the network cut', async () => {
    for (const file of files) {
      const opened = await openOffline(file.html);
      await opened.page.evaluate(axeSource);
      const violations = await opened.page.evaluate(async () => {
        const axe = (
          window as unknown as {
            axe: { run: () => Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> };
          }
        ).axe;
        return (await axe.run()).violations.map(({ id, impact, nodes }) => ({ id, impact, count: nodes.length }));
      });
      expect(
        violations.filter((violation) => ['serious', 'critical'].includes(violation.impact)),
        file.name,
      ).toEqual([]);
      expect(opened.attempted, file.name).toEqual([]);
      await opened.close();
    }
  }, 120_000);

  it('looks the same when the reader’s system uses a dark theme (exports are never dark)', async () => {
    const file = files.find((candidate) => candidate.name === 'fixture-situation-update') as (typeof files)[number];
    const shots: Buffer[] = [];
    for (const colorScheme of ['light', 'dark'] as const) {
      const opened = await openOffline(file.html);
      await opened.page.emulateMedia({ colorScheme });
      shots.push(await opened.page.screenshot({ fullPage: true }));
      expect(await opened.page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
        'rgb(255, 255, 255)',
      );
      await opened.close();
    }
    expect(Buffer.compare(shots[0] as Buffer, shots[1] as Buffer)).toBe(0);
  }, 60_000);

  it('renders the same offline as when loaded directly, fonts included', async () => {
    const file = files.find((candidate) => candidate.name === 'fixture-every-node') as (typeof files)[number];
    const offline = await openOffline(file.html);
    const offlineShot = await offline.page.screenshot({ fullPage: true });
    const usedFonts = await offline.page.evaluate(() =>
      [...document.fonts].filter((face) => face.status === 'loaded').map((face) => face.family),
    );
    await offline.close();
    const context = await browser.newContext({ viewport: { width: 900, height: 1200 } });
    const page = await context.newPage();
    await page.setContent(file.html);
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const directShot = await page.screenshot({ fullPage: true });
    await context.close();
    expect(usedFonts).toEqual(expect.arrayContaining(['Source Serif 4', 'Source Sans 3']));
    expect(Buffer.compare(offlineShot, directShot)).toBe(0);
  }, 60_000);
});
