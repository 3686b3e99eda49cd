import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Briefing } from '../../../electron/common/briefing/briefing';
import type { ExportResult } from '../../../electron/common/export/export-request';
import { ChromiumPdfPrinter } from '../../../electron/main/export/pdf/chromium-pdf-printer';
import { marginPresets } from '../../../electron/main/export/pdf/pdf-print-options';
import { runExportJob } from '../../../electron/main/export/run-export-job';
import { resolveFixtureAsset } from '../../fixtures/briefings/fixture-assets';
import { arabicBriefing, frenchBriefing, ukrainianBriefing } from '../../fixtures/briefings/language-briefings';
import { tool } from './export-checks';

let folder: string;
const briefings = [arabicBriefing(), ukrainianBriefing(), frenchBriefing()];
let html: ExportResult;
let pdf: ExportResult;

function job(format: 'html' | 'pdf'): Parameters<typeof runExportJob>[0] {
  return {
    briefings,
    format,
    pageSize: 'A4',
    margins: marginPresets.normal,
    combine: false,
    target: { folder: path.join(folder, format) },
    resolveAsset: resolveFixtureAsset,
    appVersion: '0.1.0',
    exportedAt: new Date('2026-12-01T07:45:00Z'),
    openPrinter: () => ChromiumPdfPrinter.launch({ environment: process.env }),
    printTimeoutMs: 60_000,
  };
}

beforeAll(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'briefdesk-export-languages-'));
  html = await runExportJob(job('html'));
  pdf = await runExportJob(job('pdf'));
}, 180_000);

afterAll(() => rm(folder, { recursive: true, force: true }));

function fileFor(result: ExportResult, briefing: Briefing): string {
  return result.files.find((file) => file.briefingIds[0] === briefing.id)?.path as string;
}

/** Every object of a PDF as qpdf's JSON shows it, keyed "obj:N 0 R". */
async function pdfObjects(file: string): Promise<Record<string, { value?: Record<string, unknown> }>> {
  const json = JSON.parse(await tool('qpdf', ['--json', '--json-key=qpdf', file])) as {
    qpdf: [unknown, Record<string, { value?: Record<string, unknown> }>];
  };
  return json.qpdf[1];
}

describe('exports in the briefing’s language', () => {
  it('say the language and direction on <html>, and a block’s own where it differs', async () => {
    const arabic = await readFile(fileFor(html, arabicBriefing()), 'utf8');
    expect(arabic).toContain('<html lang="ar" dir="rtl">');
    expect(arabic).toContain('<p lang="en" dir="ltr">“We are deeply concerned,” said the spokesperson.</p>');
    expect(arabic).toContain('<span lang="en" dir="ltr">OCHA</span>');
    const ukrainian = await readFile(fileFor(html, ukrainianBriefing()), 'utf8');
    expect(ukrainian).toContain('<html lang="uk" dir="ltr">');
    expect(ukrainian).toContain('<p lang="ru" dir="ltr">');
    expect(await readFile(fileFor(html, frenchBriefing()), 'utf8')).toContain('<html lang="fr" dir="ltr">');
  });

  it('put the language in the PDF catalog’s /Lang and a passage’s own in its structure element', async () => {
    for (const [briefing, lang] of [
      [arabicBriefing(), 'ar'],
      [ukrainianBriefing(), 'uk'],
      [frenchBriefing(), 'fr'],
    ] as const) {
      const objects = await pdfObjects(fileFor(pdf, briefing));
      const catalog = Object.values(objects).find((object) => object.value?.['/Type'] === '/Catalog');
      expect(catalog?.value?.['/Lang'], briefing.id).toBe(`u:${lang}`);
      expect(catalog?.value?.['/StructTreeRoot'], briefing.id).toBeDefined();
    }
    const langs = Object.values(await pdfObjects(fileFor(pdf, ukrainianBriefing())))
      .filter((object) => object.value?.['/Type'] === '/StructElem')
      .map((object) => object.value?.['/Lang']);
    expect(langs).toContain('u:ru');
  });
});

describe('fonts for Arabic and Cyrillic in the PDF', () => {
  it('embed the bundled faces, bold ones included, so the text copies back out', async () => {
    const arabicFile = fileFor(pdf, arabicBriefing());
    const fonts = await tool('pdffonts', [arabicFile]);
    expect(fonts).toMatch(/NotoNaskhArabic-Regular/);
    expect(fonts).toMatch(/NotoNaskhArabic-Bold/);
    expect(fonts).toMatch(/NotoSansArabic-SemiBold/);
    // pdftotext breaks Arabic words where a mark glyph (dots, shadda) sits between letters, so the letters are
    // compared without spaces and bidi controls: what is checked is that every letter maps back, in order.
    const arabicLetters = (await tool('pdftotext', ['-enc', 'UTF-8', arabicFile, '-'])).replace(
      /[\s\u202a-\u202e]/gu,
      '',
    );
    expect(arabicLetters).toContain('الخرطوم');
    for (const words of ['أفادت الأمم المتحدة', 'أضرار في المباني المدنية', 'المناطق المستهدفة', 'أم درمان']) {
      expect(arabicLetters).toContain(words.replaceAll(' ', ''));
    }
    const ukrainianFile = fileFor(pdf, ukrainianBriefing());
    expect(await tool('pdffonts', [ukrainianFile])).toMatch(/SourceSerif4-Regular/);
    const ukrainianText = await tool('pdftotext', ['-enc', 'UTF-8', ukrainianFile, '-']);
    for (const word of ['безпілотники', 'Києвом', 'Переговоры', 'продолжаются']) expect(ukrainianText).toContain(word);
  });
});

describe('mixed-direction runs and dates in the exported text', () => {
  it('keep numbers and Latin names in reading order inside Arabic, in the HTML and the PDF’s text', async () => {
    const arabicHtml = await readFile(fileFor(html, arabicBriefing()), 'utf8');
    expect(arabicHtml).toContain('أفادت الأمم المتحدة بأن 42 طائرة مسيّرة استهدفت <strong>الخرطوم</strong>');
    // pdftotext wraps each left-to-right run in embedding controls (LRE … PDF); what is inside must read in order.
    const text = (await tool('pdftotext', ['-enc', 'UTF-8', fileFor(pdf, arabicBriefing()), '-'])).replace(
      /[\u202a-\u202e]/gu,
      ' ',
    );
    // Left-to-right runs come out in their own order, not mirrored (24, AHCO).
    expect(text).toMatch(/\b42\b/);
    expect(text).not.toMatch(/\b24\b/);
    expect(text).toContain('OCHA');
    expect(text).not.toContain('AHCO');
    expect(text).toContain('“We are deeply concerned,” said the spokesperson.');
    // The table's numbers, and the dateline's month in Arabic, with Western digits.
    for (const number of ['12', '3']) expect(text).toMatch(new RegExp(`(^|\\s)${number}(\\s|$)`, 'm'));
    expect(text).toContain('ديسمبر');
    expect(text).not.toContain('December');
  });

  it('write the dateline’s date in the briefing’s language in HTML and PDF', async () => {
    const french = await readFile(fileFor(html, frenchBriefing()), 'utf8');
    expect(french).toMatch(
      /Odessa<\/span>, <time datetime="2026-12-01T06:00">1 décembre 2026, 06:00 \(Europe\/Paris\)<\/time>/,
    );
    expect(await tool('pdftotext', ['-enc', 'UTF-8', fileFor(pdf, frenchBriefing()), '-'])).toContain(
      '1 décembre 2026, 06:00 (Europe/Paris)',
    );
    const ukrainian = await tool('pdftotext', ['-enc', 'UTF-8', fileFor(pdf, ukrainianBriefing()), '-']);
    expect(ukrainian).toContain('1 грудня 2026 р., 06:00 (Europe/Kyiv)');
  });
});
