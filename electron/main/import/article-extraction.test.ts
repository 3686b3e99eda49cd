import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { outlineAsText } from '../../../tests/oracles/outline-as-text';
import { clutterKindOfText } from '../../common/import/clutter-patterns';
import { convertTextInNode } from './convert-text-in-node';

const fixtures = path.join(import.meta.dirname, '../../../tests/fixtures/import/article-causes');

async function importPage(file: string) {
  const converted = await convertTextInNode({
    text: await readFile(path.join(fixtures, file), 'utf8'),
    format: 'html',
    keepClutter: false,
    embedImages: false,
    now: Date.UTC(2026, 10, 26),
  });
  return converted.document;
}

/** The story every cause fixture carries, as the importer must bring it in. */
const story = [
  'paragraph KYIV, Nov 25 – Russia launched 42 drone strikes on Ukrainia…',
  'paragraph The strikes began shortly after midnight and lasted until d…',
  'paragraph There is no official death toll yet. Several people were wo…',
  'paragraph Power outages were reported in three districts of Kharkiv, …',
  'paragraph The talks in Istanbul are expected to cover a prisoner exch…',
];

const title = 'Drone strikes hit Ukrainian cities before talks';

describe('article extraction: each cause of a lost or wrong article', () => {
  it('keeps a story inside a <form> that wraps the whole page (ASP.NET)', async () => {
    const imported = await importPage('form-wraps-page.html');
    expect(outlineAsText(imported.content)).toEqual(story);
    expect(imported.metadata).toMatchObject({ title, datelinePlace: 'KYIV', eventDate: '2026-11-25' });
  });

  it('takes the story, not a first <main> that is an ad slot', async () => {
    const imported = await importPage('ad-slot-main.html');
    expect(outlineAsText(imported.content)).toEqual(story);
    expect(imported.metadata.title).toBe(title);
  });

  it('takes the story over teaser and reader-response <article>s', async () => {
    const imported = await importPage('small-articles.html');
    expect(outlineAsText(imported.content)).toEqual(story);
  });

  it('keeps a story whose containers are named ad_body, pagination-first, read-more, sharing-…, gigya-share-btns', async () => {
    const imported = await importPage('clutter-word-names.html');
    expect(outlineAsText(imported.content)).toEqual(story);
  });

  it('drops the sidebar, the author bio, "Most Popular Videos" and "Subscribe Sign In"', async () => {
    const imported = await importPage('sidebars-and-bios.html');
    expect(outlineAsText(imported.content)).toEqual(story);
    expect(imported.dropped).toEqual([
      {
        kind: 'author-bio',
        text: 'Olena Petrenko is a correspondent based in Kyiv. She has covered the war since 2022 for Example News.',
      },
    ]);
  });

  it('makes a caption placed after its figure the figure’s caption and credit', async () => {
    const imported = await importPage('captions-after-figures.html');
    expect(outlineAsText(imported.content)).toEqual([
      story[0],
      'figure src=none alt="Firefighters at a damaged building"',
      '  figureCaption Firefighters work at a residential building hit in Khar…',
      '  figureCredit Reuters/Vyacheslav Madiyevskyy',
      story[1],
      'figure src=none alt="Smoke over the port"',
      '  figureCaption Smoke rises over the grain terminal in Odesa.',
      '  figureCredit © AFP',
      story[2],
      story[3],
    ]);
  });

  it('drops a caption a slide show prints again, but keeps a paragraph the author repeats', async () => {
    const caption = 'Firefighters work at a residential building hit in Kharkiv on Tuesday morning';
    const refrain = 'We will rebuild every house that was destroyed, the mayor said again and again.';
    const converted = await convertTextInNode({
      text: `<article><h1>${title}</h1>${story.map((_, index) => `<p>${index === 0 ? refrain : `Paragraph ${index} of the story about the strikes on the cities, told at length for the reader here.`}</p>`).join('')}<figure><img src="https://cdn.example.org/a.jpg" alt="Fire"><figcaption>${caption}</figcaption></figure><p>${caption}</p><p>${refrain}</p></article>`,
      format: 'html',
      keepClutter: false,
      embedImages: false,
      now: Date.UTC(2026, 10, 26),
    });
    const outline = outlineAsText(converted.document.content, 200);
    expect(outline.filter((line) => line.includes(refrain))).toHaveLength(2);
    expect(outline.filter((line) => line.includes(caption))).toEqual([`  figureCaption ${caption}`]);
    expect(converted.document.dropped).toEqual([{ kind: 'repeated-text', text: caption }]);
  });

  it('drops a slide show’s copies of a picture’s alt text and credit beside it, not the story quoting it later', async () => {
    const alt = 'Firefighters work at a residential building hit in Kharkiv on Tuesday morning after the drone strike';
    const story = (index: number) =>
      `<p>Paragraph ${index} of the story about the strikes on the cities, told at length for the reader here.</p>`;
    const converted = await convertTextInNode({
      text: `<article><h1>${title}</h1><ul><li><img src="https://cdn.example.org/a.jpg" alt="${alt}. Photo: Reuters"></li></ul><p>Photo: Reuters</p><p>${alt}. less</p><p>Photo: Reuters</p>${[1, 2, 3, 4, 5, 6, 7, 8, 9].map(story).join('')}<p>${alt}, the governor said.</p></article>`,
      format: 'html',
      keepClutter: false,
      embedImages: false,
      now: Date.UTC(2026, 10, 26),
    });
    const outline = outlineAsText(converted.document.content, 200);
    expect(outline.filter((line) => line.startsWith('paragraph Photo: Reuters'))).toHaveLength(1);
    expect(outline.filter((line) => line.includes(`${alt}. less`))).toEqual([]);
    expect(outline.filter((line) => line.includes(`${alt}, the governor said.`))).toHaveLength(1);
    expect(converted.document.dropped.map((item) => item.kind)).toEqual(['repeated-text', 'repeated-text']);
  });

  it('names rows of site controls and slide-show counters as navigation', () => {
    for (const line of ['Subscribe Sign In', 'Menu Search Sign in', 'Skip to main content', 'Image 1 of 8', 'Close']) {
      expect(clutterKindOfText(line, line.split(' ').length), line).toBe('navigation');
    }
    expect(clutterKindOfText('Sign in to the talks', 5)).toBeUndefined();
    expect(clutterKindOfText('To Read the Full Story', 5)).toBe('subscribe');
  });

  it('names a site’s copyright and contact lines as its footer, however long', () => {
    const lines = [
      'The contents of this site are ©2019 Capitol Hill Publishing Corp., a subsidiary of News Communications, Inc.',
      'The Hill 1625 K Street, NW Suite 900 Washington DC 20006 | 202-628-8500 tel | 202-628-8503 fax',
    ];
    for (const line of lines) expect(clutterKindOfText(line, line.split(' ').length), line).toBe('page-footer');
    const reporting =
      'The company’s media arm said its telephone lines and fax machines were cut for three days in 2019.';
    expect(clutterKindOfText(reporting, reporting.split(' ').length)).toBeUndefined();
  });
});
