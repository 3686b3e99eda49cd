import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { PDFDocument, PDFName } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { everyNodeBriefing } from '../../../../tests/fixtures/briefings/every-node-briefing';
import { fixtureImages, resolveFixtureAsset } from '../../../../tests/fixtures/briefings/fixture-assets';
import type { Briefing } from '../../../common/briefing/briefing';
import { savedChangesSchema } from '../../../common/briefing/briefing-requests';
import { journalWriteSchema } from '../../../common/library/library-requests';
import type { PdfDocumentProperties } from '../../export/pdf/pdf-document-properties';
import { renderBriefingHtml, renderCombinedBriefingsHtml } from '../../export/render-briefing-html';
import { admitBriefing } from '../../library/admit-briefing';
import { prepareBriefing } from '../../library/prepare-briefing';
import {
  finishBriefingPdfInWorker,
  namedDestinationPagesInWorker,
  prepareBriefingInWorker,
  renderBriefingHtmlFileInWorker,
  renderBriefingHtmlInWorker,
  renderCombinedBriefingsHtmlFileInWorker,
  renderCombinedBriefingsHtmlInWorker,
  stopDocumentWorker,
} from './document-worker-client';

const run = promisify(execFile);

const options = {
  resolveAsset: resolveFixtureAsset,
  exportedAt: new Date('2026-11-26T07:45:00Z'),
  appVersion: '1.2.3',
};

const properties: PdfDocumentProperties = {
  title: 'Flooding in the delta',
  author: 'Amira Haddad',
  subject: 'Situation briefing',
  keywords: ['floods', 'Internal'],
  creationDate: new Date('2026-11-26T07:45:00Z'),
  producer: 'Briefdesk 1.2.3',
};

/** A small classic PDF with a tagged structure, as a printer would hand over. */
async function printedPdf(): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  document.addPage([595, 842]);
  return document.save({ useObjectStreams: false });
}

let previousMode: string | undefined;

// These tests run the jobs in the worker thread itself, as the app does, not in-process as other tests do.
beforeAll(() => {
  previousMode = process.env.BRIEFDESK_DOCUMENT_JOBS;
  process.env.BRIEFDESK_DOCUMENT_JOBS = 'thread';
});

afterAll(async () => {
  if (previousMode === undefined) delete process.env.BRIEFDESK_DOCUMENT_JOBS;
  else process.env.BRIEFDESK_DOCUMENT_JOBS = previousMode;
  await stopDocumentWorker();
});

describe('the document worker', () => {
  it('renders the same HTML as main would, with the assets main reads for it', async () => {
    const asked: string[] = [];
    const inWorker = await renderBriefingHtmlInWorker(everyNodeBriefing(), {
      ...options,
      resolveAsset: (source) => {
        asked.push(source);
        return resolveFixtureAsset(source);
      },
    });
    const inMain = await renderBriefingHtml(everyNodeBriefing(), options);
    expect(inWorker).toEqual(inMain);
    const fixtureSources = Object.values(fixtureImages).map((image) => image.source);
    expect(asked.length).toBeGreaterThan(0);
    for (const source of asked) expect(fixtureSources).toContain(source);
    expect(inWorker.html).toContain('<img src="data:image/png;base64,');
  }, 60_000);

  it('renders a combined file as main would, with its cover title and the start pages of the second pass', async () => {
    const second = { ...everyNodeBriefing(), id: 'second-briefing' };
    const briefings = [everyNodeBriefing(), second];
    const combined = {
      ...options,
      title: 'Morning pack',
      startPages: new Map([
        [briefings[0]?.id as string, 3],
        [second.id, 17],
      ]),
    };
    const inWorker = await renderCombinedBriefingsHtmlInWorker(briefings, combined);
    expect(inWorker).toEqual(await renderCombinedBriefingsHtml(briefings, combined));
    expect(inWorker.title).toBe('Morning pack');
    // The start page the worker was given is printed in the contents (not just any "17" in the page).
    expect(inWorker.html).toContain('<span class="contents-page">17</span>');
  }, 60_000);

  it('writes the HTML into the file it is given, readable by its owner only, and answers without it', async () => {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'briefdesk-document-worker-'));
    try {
      const file = path.join(folder, 'document-1.html');
      const written = await renderBriefingHtmlFileInWorker(everyNodeBriefing(), options, file);
      const { html, ...rest } = await renderBriefingHtml(everyNodeBriefing(), options);
      expect(written).toEqual({ ...rest, file });
      expect(await readFile(file, 'utf8')).toBe(html);
      expect((await stat(file)).mode & 0o777).toBe(0o600);
      // A file already there is neither overwritten nor removed.
      await expect(renderBriefingHtmlFileInWorker(everyNodeBriefing(), options, file)).rejects.toThrow(/EEXIST/);
      expect(await readFile(file, 'utf8')).toBe(html);
      const combinedFile = path.join(folder, 'document-2.html');
      const briefings = [everyNodeBriefing(), { ...everyNodeBriefing(), id: 'second-briefing' }];
      const combined = await renderCombinedBriefingsHtmlFileInWorker(briefings, options, combinedFile);
      expect(await readFile(combinedFile, 'utf8')).toBe((await renderCombinedBriefingsHtml(briefings, options)).html);
      expect(combined).not.toHaveProperty('html');
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  }, 60_000);

  it('reads where each named destination of a printed PDF lands', async () => {
    const document = await PDFDocument.create();
    const pages = [document.addPage(), document.addPage(), document.addPage()];
    const destination = (index: number) => document.context.obj([pages[index]?.ref, PDFName.of('XYZ'), 0, 0, 0]);
    document.catalog.set(
      PDFName.of('Dests'),
      document.context.obj({ 'briefing-a': destination(0), 'briefing-b': destination(2) }),
    );
    const pdf = await document.save({ useObjectStreams: false });
    expect(await namedDestinationPagesInWorker(pdf)).toEqual(
      new Map([
        ['briefing-a', 1],
        ['briefing-b', 3],
      ]),
    );
  }, 60_000);

  it('stamps the properties as an incremental update and repairs PDF/UA, checked by qpdf and pdfinfo', async () => {
    const original = await printedPdf();
    const kept = Buffer.from(original);
    const finished = await finishBriefingPdfInWorker(original, properties);
    expect(Buffer.from(finished.subarray(0, kept.length)).equals(kept)).toBe(true);
    expect(finished.length).toBeGreaterThan(kept.length);
    const folder = await mkdtemp(path.join(os.tmpdir(), 'briefdesk-document-worker-'));
    try {
      const file = path.join(folder, 'finished.pdf');
      await writeFile(file, finished);
      await run('qpdf', ['--check', file]);
      const { stdout } = await run('pdfinfo', [file]);
      expect(stdout).toMatch(/^Title:\s+Flooding in the delta$/m);
      expect(stdout).toMatch(/^Author:\s+Amira Haddad$/m);
      expect(stdout).toMatch(/^Producer:\s+Briefdesk 1\.2\.3$/m);
      const { stdout: metadata } = await run('pdfinfo', ['-meta', file]);
      expect(metadata).toContain('<pdfuaid:part>1</pdfuaid:part>');
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  }, 60_000);

  it('turns a failure in the worker into an error, and keeps working after it', async () => {
    await expect(finishBriefingPdfInWorker(new TextEncoder().encode('not a PDF'), properties)).rejects.toThrow(
      /The job failed in the document worker/,
    );
    const rendered = await renderBriefingHtmlInWorker(everyNodeBriefing(), options);
    expect(rendered.title).toBe(everyNodeBriefing().metadata.title.trim());
  }, 60_000);

  it('prepares a briefing for storage as main would, and refuses what the gate refuses with its sentence', async () => {
    const briefing = everyNodeBriefing();
    expect(await prepareBriefingInWorker(briefing)).toEqual(prepareBriefing(briefing));
    const broken = { ...briefing, revision: 0 };
    const refusal = (() => {
      try {
        admitBriefing(broken);
      } catch (error) {
        return error as Error;
      }
    })();
    await expect(prepareBriefingInWorker(broken)).rejects.toMatchObject({
      name: 'UserFacingError',
      code: 'invalid-argument',
      message: refusal?.message,
    });
  }, 60_000);

  it('prepares a body IPC checked from its JSON text, and still checks a body only the journal checked', async () => {
    const briefing = everyNodeBriefing();
    const { id, revision, metadata } = briefing;
    const sent = savedChangesSchema.parse({ id, revision, metadata, contentJson: JSON.stringify(briefing.content) });
    expect(await prepareBriefingInWorker({ ...briefing, content: sent.content })).toEqual(prepareBriefing(briefing));
    await expect(prepareBriefingInWorker({ ...briefing, content: sent.content, revision: 0 })).rejects.toMatchObject({
      message: refusalOf({ ...briefing, revision: 0 }),
    });
    const unsafe = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [{ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }],
        },
      ],
    };
    const journalled = journalWriteSchema.parse({
      briefingId: id,
      revision,
      metadata: {},
      contentJson: JSON.stringify(unsafe),
    });
    const candidate = { ...briefing, content: journalled.content as Briefing['content'] };
    await expect(prepareBriefingInWorker(candidate)).rejects.toMatchObject({
      code: 'invalid-argument',
      message: refusalOf(candidate),
    });
  }, 60_000);
});

/** The sentence the whole gate refuses `candidate` with. */
function refusalOf(candidate: Briefing): string | undefined {
  try {
    admitBriefing(candidate);
  } catch (error) {
    return (error as Error).message;
  }
}
