import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { cited, doc, keyFigures, paragraph } from '../../../tests/fixtures/briefings/document-builders';
import { arabicBriefing, frenchBriefing } from '../../../tests/fixtures/briefings/language-briefings';
import { fixtureFileRenderOptions } from '../../../tests/support/file-render-options';
import type { Briefing } from '../../common/briefing/briefing';
import type { ExportDigits } from '../../common/language/export-locale';
import { renderBriefingDocx } from './docx/render-briefing-docx';
import { renderBriefingsMarkdown } from './markdown/render-briefing-markdown';
import { renderBriefingHtml, renderCombinedBriefingsHtml } from './render-briefing-html';

/** The briefing with two sources, one not named, a correction and a key figure citing a source "as of" a time. */
function withEndMatter(briefing: Briefing): Briefing {
  const zone = briefing.metadata.timeZone;
  return {
    ...briefing,
    metadata: {
      ...briefing.metadata,
      status: 'draft',
      classification: { level: 'confidential', customLabel: '' },
      sources: [
        { id: 'agency', name: 'AFP', type: 'agency', named: true, link: '', accessedAt: '', privateNote: '' },
        {
          id: 'witness',
          name: 'a resident',
          type: 'witness',
          named: false,
          link: '',
          accessedAt: `2026-12-01T05:00:00+00:00[${zone}]`,
          privateNote: '',
        },
      ],
      corrections: [{ kind: 'clarification', at: `2026-12-01T05:30:00+00:00[${zone}]`, text: '…' }],
    },
    content: doc(
      keyFigures({
        value: '42',
        label: '',
        source: '',
        sourceId: 'agency',
        asOf: `2026-12-01T05:00:00+00:00[${zone}]`,
      }),
      paragraph(cited('…', 'witness')),
    ),
  };
}

/** The briefing with an "as of" time, a report number and a period, all of which the header prints. */
function withDates(briefing: Briefing, zone: string, offset: string): Briefing {
  return {
    ...briefing,
    metadata: {
      ...briefing.metadata,
      asOf: `2026-12-01T06:00:00${offset}[${zone}]`,
      reportNumber: 12,
      periodStart: '2026-11-30',
      periodEnd: '2026-12-01',
    },
  };
}

async function exportedTexts(briefing: Briefing, digits: ExportDigits) {
  const options = fixtureFileRenderOptions({ digits });
  const html = (await renderBriefingHtml(briefing, options)).html;
  const markdown = (await renderBriefingsMarkdown([briefing], options)).markdown;
  const docx = await JSZip.loadAsync((await renderBriefingDocx(briefing, options)).bytes as Uint8Array);
  // The body, then the footnotes (where a key figure's source and time go).
  const wordXml =
    ((await docx.file('word/document.xml')?.async('string')) ?? '') +
    ((await docx.file('word/footnotes.xml')?.async('string')) ?? '');
  // Word splits text into runs; the runs' text, joined, is what a reader sees.
  const word = [...wordXml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join('');
  return { html, markdown, word };
}

describe('dates and numbers in exports, written for the briefing’s language', () => {
  it('writes the words around the text in the briefing’s language: labels, statuses, sources, corrections, key figures', async () => {
    const zoned = (briefing: Briefing) => ({ ...briefing, metadata: { ...briefing.metadata, timeZone: 'UTC' } });
    const french = await exportedTexts(withEndMatter(withDates(zoned(frenchBriefing()), 'UTC', '+00:00')), 'western');
    for (const [format, text] of Object.entries(french)) {
      for (const words of [
        'Situation au',
        'Brouillon',
        'Classification',
        'Confidentiel',
        'n° 12',
        'Période couverte',
        'Agence de presse',
        'Témoin, non nommée',
        'consultée le',
        'Corrections et mises à jour',
        'Précision',
        'Chiffre',
      ]) {
        expect(text, `${format}: ${words}`).toContain(words);
      }
      expect(text, format).toMatch(/\bau (<time[^>]*>)?1 décembre 2026/);
      // What a reader sees; the meta tags are for machines (below).
      const read = text.replace(/<meta [^>]*>/g, '');
      for (const english of [
        'As of',
        'as of',
        'Draft',
        'Confidential',
        'News agency',
        'not named',
        'Corrections and',
        'Figure',
      ]) {
        expect(read, `${format}: ${english}`).not.toContain(english);
      }
    }
    const arabic = await exportedTexts(withEndMatter(withDates(zoned(arabicBriefing()), 'UTC', '+00:00')), 'western');
    for (const [format, text] of Object.entries(arabic)) {
      for (const words of ['حتى تاريخ', 'مسودة', 'سرّي', 'المصادر', 'وكالة أنباء', 'شاهد عيان، غير مسمّى', 'توضيح']) {
        expect(text, `${format}: ${words}`).toContain(words.replace('، ', ', '));
      }
    }
    // A combined file of French briefings has its cover and contents in French too; of mixed ones, in English.
    const second = { ...frenchBriefing(), id: 'fixture-french-2' };
    const options = fixtureFileRenderOptions({ digits: 'western' });
    const combined = (await renderCombinedBriefingsHtml([frenchBriefing(), second], options)).html;
    for (const words of ['Notes de situation', 'Notes, 26 novembre 2026', '2 rapports dans ce fichier', 'Sommaire']) {
      expect(combined, words).toContain(words);
    }
    const mixed = (await renderCombinedBriefingsHtml([frenchBriefing(), arabicBriefing()], options)).html;
    expect(mixed).toContain('2 reports in this file');
    // Machine-readable fields stay in English, so tools reading them need no dictionary.
    expect(french.html).toContain('<meta name="briefdesk-classification" content="Confidential">');
  });

  it('writes a French briefing’s times in French, in the briefing’s zone, in HTML, Markdown and Word', async () => {
    const texts = await exportedTexts(withDates(frenchBriefing(), 'Europe/Paris', '+01:00'), 'western');
    for (const [format, text] of Object.entries(texts)) {
      expect(text, format).toContain('1 décembre 2026 à 06:00 UTC+1 (Europe/Paris)');
      expect(text, format).toContain('30 novembre 2026');
      expect(text, format).not.toContain('December');
    }
  });

  it('writes an Arabic briefing’s dates with Western digits unless the user chose Arabic-Indic ones', async () => {
    const briefing = withDates(arabicBriefing(), 'Africa/Khartoum', '+02:00');
    const western = await exportedTexts(briefing, 'western');
    const arabicIndic = await exportedTexts(briefing, 'arabic-indic');
    for (const format of ['html', 'markdown', 'word'] as const) {
      expect(western[format], format).toContain('1 ديسمبر 2026 في 06:00');
      expect(western[format], format).toContain('رقم 12');
      expect(arabicIndic[format], format).toContain('١ ديسمبر ٢٠٢٦ في ٠٦:٠٠');
      expect(arabicIndic[format], format).toContain('رقم ١٢');
      // The dateline's event time too: "الخرطوم, ١ ديسمبر ٢٠٢٦, ٠٦:٠٠ (Africa/Khartoum)".
      expect(arabicIndic[format], format).toMatch(/١ ديسمبر ٢٠٢٦(<\/time>)?, (<time[^>]*>)?٠٦:٠٠|٢٠٢٦, ٠٦:٠٠/);
    }
    // The machine-readable times stay ISO, whatever the reader's digits.
    expect(arabicIndic.html).toContain('<time datetime="2026-12-01T06:00:00+02:00">');
  });
});
