import { Window } from 'happy-dom';
import { parseHTML } from 'linkedom';
import { afterEach, describe, expect, it } from 'vitest';
import type { ImportDocument } from '../../common/import/import-dom';
import { readPageMetaFacts } from '../../common/import/page-meta-facts';

const windows: Window[] = [];
afterEach(async () => {
  for (const window of windows.splice(0)) await window.happyDOM.close();
});

const pages: Record<string, (html: string) => ImportDocument> = {
  linkedom: (html) => parseHTML(html).document as unknown as ImportDocument,
  'happy-dom': (html) => {
    const window = new Window();
    windows.push(window);
    window.document.write(html);
    return window.document as unknown as ImportDocument;
  },
};

/** Each fact as the selector it replaces finds it. */
function bySelectors(page: ImportDocument) {
  const first = (selector: string, attribute: string) => page.querySelector(selector)?.getAttribute(attribute);
  return {
    contentLanguage: first('meta[http-equiv="content-language" i]', 'content'),
    ogLocale: first('meta[property="og:locale"]', 'content'),
    timeDatetime: first('time[datetime]', 'datetime'),
    publishedTime: first('meta[property="article:published_time"]', 'content'),
    metaDate: first('meta[name="date"]', 'content'),
  };
}

const samples = [
  `<html><head><meta http-equiv="Content-Language" content="de, en"><meta property="og:locale" content="de_DE">
   <meta property="article:published_time" content="2026-11-20T08:00:00Z"><meta name="date" content="2026-11-21">
   </head><body><time>no date</time><time datetime="2026-11-19">19 Nov</time><time datetime="2026-11-18">x</time>
   <meta property="og:locale" content="fr_FR"></body></html>`,
  `<html><head><meta name="Date" content="not this"><meta property="OG:locale" content="no"><meta content="empty">
   <meta http-equiv="content-language"></head><body><p>text</p><meta name="date" content=""></body></html>`,
  '<html><body><p>Nothing declared.</p></body></html>',
];

describe('readPageMetaFacts', () => {
  it('finds what the selectors find, the first element of each (linkedom, the import’s DOM)', () => {
    for (const html of samples) {
      const page = pages.linkedom?.(html) as ImportDocument;
      const expected = Object.fromEntries(Object.entries(bySelectors(page)).filter(([, value]) => value !== undefined));
      expect(readPageMetaFacts(page)).toEqual(expected);
    }
  });

  // happy-dom's selector engine ignores the `i` flag, which browsers and linkedom honour.
  for (const [name, parse] of Object.entries(pages)) {
    it(`reads the declarations of each page in ${name}`, () => {
      expect(readPageMetaFacts(parse(samples[0] ?? ''))).toEqual({
        contentLanguage: 'de, en',
        ogLocale: 'de_DE',
        timeDatetime: '2026-11-19',
        publishedTime: '2026-11-20T08:00:00Z',
        metaDate: '2026-11-21',
      });
      expect(readPageMetaFacts(parse(samples[1] ?? ''))).toEqual({ contentLanguage: null, metaDate: '' });
      expect(readPageMetaFacts(parse(samples[2] ?? ''))).toEqual({});
    });
  }
});
