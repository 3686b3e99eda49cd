import { parseHTML } from 'linkedom';
import sanitizeHtml from 'sanitize-html';
import { type ImportDocument, type ImportElement, tagOf } from '../../common/import/import-dom';
import { InputLimitError, inputLimits } from '../../common/limits/input-limits';
import { installFastSelectorMatches } from './fast-selector-matches';
import { installUnstyledElementStyle } from './unstyled-element-style';

installFastSelectorMatches();
installUnstyledElementStyle();

declare module 'sanitize-html' {
  interface IOptions {
    /**
     * Elements dropped with everything inside them, by the tag name the parser gives (before `transformTags`):
     * the output of `exclusiveFilter: (frame) => removedTags.has(frame.tag)`, without writing each element and then
     * cutting the whole output back to where it began. Added by patches/sanitize-html+2.18.1.patch.
     */
    removedTags?: ReadonlySet<string> | readonly string[];
  }
}

/** Elements removed with everything inside them: code, styles, embedded content and form controls. */
export const removedTags: ReadonlySet<string> = new Set([
  'script',
  'style',
  'textarea',
  'option',
  'noscript',
  'svg',
  'math',
  'template',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'canvas',
  'video',
  'audio',
  'select',
  'button',
  'input',
  'link',
  'base',
]);

/** The page's own html, head and body through sanitising: unwrapped after parsing (`unwrapPageParts`). */
export const pagePartTag = { html: 'briefdesk-page-html', head: 'briefdesk-page-head', body: 'briefdesk-page-body' };
const pagePartTags = new Set(Object.values(pagePartTag));

/**
 * Puts the page's parts back where a browser has them: the head's title and metadata in the head,
 * everything else straight in the body (a broken page may hold its text in its head). Left as
 * containers, the parts change Readability's pick, which weighs an article's siblings by their
 * parent, bringing in a page's sidebars.
 */
function unwrapPageParts(document: { head: ImportElement; body: ImportElement }): void {
  // The parts sit at the top of the body; a broken page's stray ones deeper down stay plain containers.
  const parts: ImportElement[] = [];
  const collect = (element: ImportElement, depth: number) => {
    for (const child of Array.from(element.children)) {
      if (pagePartTags.has(tagOf(child))) parts.push(child);
      if (depth < 3) collect(child, depth + 1);
    }
  };
  collect(document.body, 1);
  for (const part of parts) {
    if (tagOf(part) !== pagePartTag.head) continue;
    for (const child of Array.from(part.children)) {
      if (tagOf(child) === 'title' || tagOf(child) === 'meta') document.head.append(child);
    }
  }
  for (const part of parts.reverse()) part.replaceWith(...Array.from(part.childNodes));
}

/** What survives the first pass; the shared clean tree then allow-lists again, stricter. */
export const sanitizeOptions: Readonly<sanitizeHtml.IOptions> = {
  // Every element except the few below: Readability judges a page by its whole shape, unknown elements included.
  allowedTags: false,
  // No script or style survives: `removedTags` removes them with their content.
  allowVulnerableTags: true,
  removedTags,
  // A page's own html, head and body become blocks; the import marks them instead (`withNodeHtmlDocument`).
  transformTags: { html: 'div', head: 'div', body: 'div' },
  allowedAttributes: {
    // Readability reads what hides an element (style, hidden, aria-hidden) and marks a byline (rel, itemprop);
    // the clean tree copies none of them.
    '*': ['class', 'id', 'role', 'style', 'hidden', 'aria-hidden', 'itemprop', 'rel', 'lang', 'dir'],
    a: ['href'],
    img: ['src', 'alt', 'title', 'data-src', 'data-lazy-src', 'data-original', 'srcset', 'data-srcset'],
    time: ['datetime'],
    meta: ['name', 'property', 'content', 'http-equiv'],
    th: ['colspan', 'rowspan'],
    td: ['colspan', 'rowspan'],
    ol: ['start'],
  },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: ['data', 'http', 'https'] },
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  parser: { lowerCaseTags: true, lowerCaseAttributeNames: true },
};

/** The first pass alone, with the page's html, head and body left as blocks. */
export function sanitizeImportHtml(html: string): string {
  return sanitizeHtml(html, sanitizeOptions);
}

/** Walks the page's elements in document order by their links, without a list of children per element. */
function assertPageDepth(body: ImportElement): void {
  let element: ImportElement | null = body;
  let depth = 0;
  while (element) {
    if (depth > inputLimits.pageDepth) throw new InputLimitError('pageDepth');
    const child: ImportElement | null = element.firstElementChild;
    if (child) {
      element = child;
      depth += 1;
      continue;
    }
    while (element !== body && !element.nextElementSibling) {
      element = element.parentElement as ImportElement;
      depth -= 1;
    }
    element = element === body ? null : element.nextElementSibling;
  }
}

/**
 * Sanitises untrusted HTML with sanitize-html, then parses it into an inert linkedom
 * document (no script runs, nothing loads); what is left after sanitising must fit
 * the import's character limit.
 */
export async function withNodeHtmlDocument<T>(html: string, use: (page: ImportDocument) => Promise<T> | T): Promise<T> {
  let declaredLanguage = '';
  const clean = sanitizeHtml(html, {
    ...sanitizeOptions,
    // The page is parsed inside a body of its own: its html, head and body are marked, then unwrapped once parsed.
    transformTags: {
      head: pagePartTag.head,
      body: pagePartTag.body,
      html: (_tagName, attribs) => {
        declaredLanguage ||= attribs.lang ?? '';
        return { tagName: pagePartTag.html, attribs };
      },
    },
  });
  if (clean.length > inputLimits.importCharacters) throw new InputLimitError('importCharacters');
  const { document } = parseHTML(`<!doctype html><html><head></head><body>${clean}</body></html>`);
  // The page's declared language goes back on <html>, where the importer reads it.
  if (declaredLanguage) document.documentElement.setAttribute('lang', declaredLanguage);
  unwrapPageParts(document as never);
  // A page without a <head> of its own may still name its title: it goes where `document.title` reads it.
  const title = document.querySelector('title');
  if (title && title.parentNode !== document.head) document.head.append(title);
  // Readability walks the page before the clean tree counts levels: a page nested past the limit is refused first.
  assertPageDepth(document.body as unknown as ImportElement);
  return await use(document as unknown as ImportDocument);
}
