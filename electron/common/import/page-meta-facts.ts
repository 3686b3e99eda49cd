import { elementsNamed } from './elements-named';
import { type ImportDocument, type ImportElement, tagOf } from './import-dom';

const metaAndTime = new Set(['meta', 'time']);

/** What the page's `<meta>` and `<time>` elements declare, read by the title, date and language rules. */
export interface PageMetaFacts {
  /** `<meta http-equiv="content-language">` (the name in any case). */
  contentLanguage?: string | null;
  /** `<meta property="og:locale">`. */
  ogLocale?: string | null;
  /** `<time datetime>`. */
  timeDatetime?: string | null;
  /** `<meta property="article:published_time">`. */
  publishedTime?: string | null;
  /** `<meta name="date">`. */
  metaDate?: string | null;
}

/**
 * Each fact from the first element that declares it, as `querySelector` finds it, from one walk over the page
 * instead of one per fact: a page declaring none (a long report) was walked whole five times.
 */
export function readPageMetaFacts(page: ImportDocument): PageMetaFacts {
  const facts: PageMetaFacts = {};
  const take = (key: keyof PageMetaFacts, element: ImportElement, attribute: string) => {
    if (!(key in facts)) facts[key] = element.getAttribute(attribute);
  };
  const root = page.documentElement;
  for (const element of root ? elementsNamed(root, metaAndTime) : []) {
    if (tagOf(element) === 'time') {
      if (element.hasAttribute('datetime')) take('timeDatetime', element, 'datetime');
      continue;
    }
    if (element.getAttribute('http-equiv')?.toLowerCase() === 'content-language') {
      take('contentLanguage', element, 'content');
    }
    const property = element.getAttribute('property');
    if (property === 'og:locale') take('ogLocale', element, 'content');
    if (property === 'article:published_time') take('publishedTime', element, 'content');
    if (element.getAttribute('name') === 'date') take('metaDate', element, 'content');
  }
  return facts;
}
