import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { arabicBriefing, frenchBriefing } from '../../../../tests/fixtures/briefings/language-briefings';
import { fixtureFileRenderOptions } from '../../../../tests/support/file-render-options';
import type { Briefing } from '../../../common/briefing/briefing';
import { renderBriefingDocx } from './render-briefing-docx';

async function wordParts(briefing: Briefing) {
  const zip = await JSZip.loadAsync(
    (await renderBriefingDocx(briefing, fixtureFileRenderOptions())).bytes as Uint8Array,
  );
  const part = async (name: string) => (await zip.file(name)?.async('string')) ?? '';
  return { styles: await part('word/styles.xml'), document: await part('word/document.xml') };
}

describe('the language of a Word export', () => {
  it('is the document’s default run language, so Word checks spelling in it', async () => {
    const { styles, document } = await wordParts(frenchBriefing());
    expect(styles).toMatch(/<w:docDefaults>.*<w:lang w:val="fr" w:bidi="fr"\/>.*<\/w:docDefaults>/s);
    expect(document).not.toContain('<w:bidi/>');
  });

  it('lays an Arabic briefing’s paragraphs and tables out from the right', async () => {
    const { styles, document } = await wordParts(arabicBriefing());
    expect(styles).toMatch(/<w:docDefaults>.*<w:lang w:val="ar" w:bidi="ar"\/>.*<\/w:docDefaults>/s);
    const paragraphs = document.match(/<w:p>|<w:p [^>]*>/g) ?? [];
    const rightToLeft = document.match(/<w:pPr>(?:(?!<\/w:pPr>).)*<w:bidi\/>/gs) ?? [];
    expect(paragraphs.length).toBeGreaterThan(5);
    // All but the English quote, which is laid out left to right and whose runs say English.
    expect(rightToLeft.length).toBe(paragraphs.length - 1);
    expect(document).toContain('<w:bidiVisual/>');
    const quote = document.match(/<w:p>(?:(?!<\/w:p>).)*We are deeply concerned(?:(?!<\/w:p>).)*<\/w:p>/s)?.[0] ?? '';
    expect(quote).not.toContain('<w:bidi/>');
    expect(quote).toContain('<w:lang w:val="en" w:bidi="en"/>');
  });

  it('lays a passage in Arabic out from the right inside an English briefing, its runs in Arabic', async () => {
    const english = frenchBriefing();
    english.metadata.language = 'en';
    english.content = {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'The statement read:' }] },
        { type: 'paragraph', attrs: { lang: 'ar', dir: null }, content: [{ type: 'text', text: 'نحن قلقون للغاية' }] },
      ],
    };
    const { document } = await wordParts(english);
    const arabic = document.match(/<w:p>(?:(?!<\/w:p>).)*نحن قلقون(?:(?!<\/w:p>).)*<\/w:p>/s)?.[0] ?? '';
    expect(arabic).toContain('<w:bidi/>');
    expect(arabic).toContain('<w:lang w:val="ar" w:bidi="ar"/>');
    expect(document.match(/<w:bidi\/>/g)).toHaveLength(1);
  });
});
