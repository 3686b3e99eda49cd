import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChromiumPdfPrinter } from '../../../electron/main/export/pdf/chromium-pdf-printer';
import { marginPresets } from '../../../electron/main/export/pdf/pdf-print-options';
import { runExportJob } from '../../../electron/main/export/run-export-job';
import { everyNodeBriefing } from '../../fixtures/briefings/every-node-briefing';
import { resolveFixtureAsset } from '../../fixtures/briefings/fixture-assets';
import { collapse, tool } from './export-checks';

let folder: string;
let text: string;

beforeAll(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'briefdesk-sources-pdf-'));
  const file = path.join(folder, 'every-node.pdf');
  await runExportJob({
    briefings: [everyNodeBriefing()],
    format: 'pdf',
    pageSize: 'A4',
    margins: marginPresets.normal,
    combine: false,
    target: { file },
    resolveAsset: resolveFixtureAsset,
    appVersion: '0.1.0',
    exportedAt: new Date('2026-11-26T07:45:00Z'),
    openPrinter: () => ChromiumPdfPrinter.launch({ environment: process.env }),
    printTimeoutMs: 60_000,
  });
  text = collapse(await tool('pdftotext', [file, '-']));
}, 120_000);

afterAll(() => rm(folder, { recursive: true, force: true }));

describe('a briefing with citations and corrections printed to PDF (pdftotext)', () => {
  it('prints the references and the numbered source list, without the private note', () => {
    expect(text).toContain('according to officials and a witness[1][2]');
    expect(text).toMatch(/Sources\s*1\.\s*State Emergency Service <SES> \(Official\)/);
    expect(text).toMatch(/2\.\s*a resident of the Saltivka district \(Witness, not named\)/);
    expect(text).toMatch(/3\.\s*UNHCR \(NGO \/ UN\)/);
    expect(text).not.toContain('PRIVATE');
  });

  it('prints the corrections log after the sources', () => {
    expect(text).toContain(
      'Correction, 26 November 2026 at 09:20 EET (Europe/Kyiv): An earlier version gave the number of drones as 24 & not 42.',
    );
    expect(text.indexOf('Corrections and updates')).toBeGreaterThan(text.indexOf('3. UNHCR'));
  });
});
