import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { outlineAsText } from '../../../tests/oracles/outline-as-text';
import { convertTextInNode } from './convert-text-in-node';

const fixtures = path.join(import.meta.dirname, '../../../tests/fixtures/import/scraped-text');

async function importText(file: string) {
  const converted = await convertTextInNode({
    text: await readFile(path.join(fixtures, file), 'utf8'),
    format: 'text',
    keepClutter: false,
    embedImages: false,
    now: Date.UTC(2026, 10, 26),
  });
  return converted.document;
}

const lede = 'paragraph KYIV, Nov 25 – Russia launched 42 drone strikes on Ukrainia…';

describe('text copied from a news page, one paragraph per line', () => {
  it('takes the headline on the first line and keeps the lede under it apart; site controls above are dropped', async () => {
    const imported = await importText('headline-and-lede.txt');
    expect(imported.metadata).toMatchObject({
      title: 'Russia launches 42 drone strikes on Ukrainian cities amid peace talks in Istanbul',
      datelinePlace: 'KYIV',
      eventDate: '2026-11-25',
    });
    expect(outlineAsText(imported.content)).toEqual([
      lede,
      'paragraph There is no official death toll yet. Several people were wo…',
      'paragraph Power outages were reported in three districts of Kharkiv, …',
    ]);
    expect(imported.dropped).toEqual([
      { kind: 'navigation', text: 'Skip to main content' },
      { kind: 'navigation', text: 'Menu Search Sign in' },
    ]);
  });

  it('makes `![]()` and `![]() |` placeholders figures with the next line as caption and credit, cell bars removed', async () => {
    const imported = await importText('image-placeholders.txt');
    expect(outlineAsText(imported.content)).toEqual([
      lede,
      'figure src=none alt=""',
      '  figureCaption Firefighters work at a residential building hit in Khar…',
      '  figureCredit Photo: Reuters/Vyacheslav Madiyevskyy',
      'paragraph The strikes began shortly after midnight and lasted until d…',
      'figure src=none alt=""',
      '  figureCaption Smoke rises over the grain terminal in Odesa.',
      '  figureCredit © AFP',
      'paragraph Emergency crews were still searching the rubble in the morn…',
    ]);
  });

  it('makes a list of items each preceded by a lone "-" or "•" line', async () => {
    const imported = await importText('lone-bullets.txt');
    expect(outlineAsText(imported.content)).toEqual([
      lede,
      'section affected-areas',
      '  h2 Targeted areas',
      '  bulletList',
      '    listItem',
      '      paragraph Kharkiv – civilian buildings damaged, power outages',
      '    listItem',
      '      paragraph Odesa – port infrastructure hit, fire contained',
      '    listItem',
      '      paragraph Dnipro – two people wounded',
      '  paragraph The talks in Istanbul are expected to cover a prisoner exch…',
    ]);
  });

  it('drops share, cookie and copyright lines and lists them with the other clutter', async () => {
    const imported = await importText('share-cookie-copyright.txt');
    expect(outlineAsText(imported.content)).toEqual([
      lede,
      'paragraph The strikes began shortly after midnight and lasted until d…',
    ]);
    expect(imported.dropped.map((item) => item.kind)).toEqual(['share', 'share', 'cookie-notice', 'page-footer']);
  });
});
