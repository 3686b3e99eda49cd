import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { doc, figure, fixtureBriefing, paragraph } from '../../../tests/fixtures/briefings/document-builders';
import { fixtureAssetSource } from '../../../tests/fixtures/briefings/fixture-image';
import { renderBriefingHtmlFileInWorker } from '../app/document-worker/document-worker-client';
import type { AssetResolver } from './export-options';
import { renderBriefingHtml, renderCombinedBriefingsHtml } from './render-briefing-html';

// Larger than one piece of base64 (90,000 bytes), and not a multiple of 3, so the last piece is padded.
const large = randomBytes(200_002);
const small = randomBytes(1_000);
const damaged = randomBytes(10);
const missingSource = fixtureAssetSource(randomBytes(5));
const sources = {
  large: fixtureAssetSource(large),
  small: fixtureAssetSource(small),
  damaged: fixtureAssetSource(damaged),
};

const resolveAsset: AssetResolver = async (source) => {
  if (source === sources.large) return { mediaType: 'image/png', bytes: large };
  if (source === sources.small) return { mediaType: 'image/jpeg', bytes: small };
  if (source === sources.damaged) return { damaged: true };
  return undefined;
};

const dataUrl = (mediaType: string, bytes: Uint8Array) =>
  `data:${mediaType};base64,${Buffer.from(bytes).toString('base64')}`;

/** The large picture twice, a small one, a damaged and a missing one, and text that spells what a placeholder looks like. */
function picturesBriefing() {
  return fixtureBriefing(
    'pictures',
    { title: 'Pictures' },
    doc(
      figure(sources.large, 'The port at dawn', [], ''),
      paragraph('data:,briefdesk-picture-0 and src="data:,briefdesk-picture-1"'),
      figure(sources.small, 'A map', [], ''),
      figure(sources.large, 'The port again', [], ''),
      figure(sources.damaged, 'A damaged file', [], ''),
      figure(missingSource, 'A missing file', [], ''),
    ),
  );
}

const options = { resolveAsset, exportedAt: new Date('2026-11-26T07:45:00Z'), appVersion: '1.2.3' };

let folder: string;
let previousMode: string | undefined;

beforeAll(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'briefdesk-pictures-'));
  previousMode = process.env.BRIEFDESK_DOCUMENT_JOBS;
  process.env.BRIEFDESK_DOCUMENT_JOBS = 'in-process';
});

afterAll(async () => {
  if (previousMode === undefined) delete process.env.BRIEFDESK_DOCUMENT_JOBS;
  else process.env.BRIEFDESK_DOCUMENT_JOBS = previousMode;
  await rm(folder, { recursive: true, force: true });
});

describe('the pictures, kept aside while the HTML is assembled', () => {
  it('go back whole into each figure that shows them, and text that looks like a placeholder stays text', async () => {
    const { html, warnings } = await renderBriefingHtml(picturesBriefing(), options);
    const largeImage = `<img src="${dataUrl('image/png', large)}" alt="The port at dawn">`;
    expect(html).toContain(largeImage);
    expect(html).toContain(`<img src="${dataUrl('image/png', large)}" alt="The port again">`);
    expect(html).toContain(`<img src="${dataUrl('image/jpeg', small)}" alt="A map">`);
    expect(html.match(/<img /g)).toHaveLength(3);
    expect(html).toContain('data:,briefdesk-picture-0 and src=&quot;data:,briefdesk-picture-1&quot;');
    expect(html).not.toContain('data:,briefdesk-picture-0"');
    expect(html).toContain('Image not available: A damaged file');
    expect(html).toContain('Image not available: A missing file');
    expect(warnings).toHaveLength(2);
  });

  it('are written into the printer’s file in order, the same bytes as the HTML in one string', async () => {
    const file = path.join(folder, 'single.html');
    const written = await renderBriefingHtmlFileInWorker(picturesBriefing(), options, file);
    const { html, ...rest } = await renderBriefingHtml(picturesBriefing(), options);
    expect(written).toEqual({ ...rest, file });
    expect(await readFile(file, 'utf8')).toBe(html);
  });

  it('are numbered apart in a combined file, where each briefing shows its own', async () => {
    const other = fixtureBriefing('other', { title: 'Other' }, doc(figure(sources.small, 'Only the map', [], '')));
    const { html } = await renderCombinedBriefingsHtml([picturesBriefing(), other], options);
    expect(html.match(/<img /g)).toHaveLength(4);
    expect(html).toContain(`<img src="${dataUrl('image/jpeg', small)}" alt="Only the map">`);
  });
});
