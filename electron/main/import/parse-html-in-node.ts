import { Window } from 'happy-dom';
import { parseHTML } from 'linkedom';
import sanitizeHtml from 'sanitize-html';
import type { ImportDocument, ImportElement, ParseHtmlDocument } from '../../common/import/import-dom';
import { InputLimitError, inputLimits } from '../../common/limits/input-limits';
import { installFastSelectorMatches } from './fast-selector-matches';

installFastSelectorMatches();

/** Elements removed with everything inside them: code, styles, embedded content and form controls. */
const removedTags = new Set([
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

/** What survives the first pass; the shared clean tree then allow-lists again, stricter. */
const sanitizeOptions: sanitizeHtml.IOptions = {
  // Every element except the few below: Readability judges a page by its whole shape, unknown elements included.
  allowedTags: false,
  // No script or style survives: the filter below removes them with their content.
  allowVulnerableTags: true,
  exclusiveFilter: (frame) => removedTags.has(frame.tag),
  // The page is parsed inside a body of its own: its html, head and body become plain containers.
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

function assertPageDepth(body: ImportElement): void {
  const pending: [ImportElement, number][] = [[body, 0]];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [element, depth] = next;
    if (depth > inputLimits.pageDepth) throw new InputLimitError('pageDepth');
    for (const child of Array.from(element.children)) pending.push([child, depth + 1]);
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
    transformTags: {
      ...sanitizeOptions.transformTags,
      html: (_tagName, attribs) => {
        declaredLanguage ||= attribs.lang ?? '';
        return { tagName: 'div', attribs };
      },
    },
  });
  if (clean.length > inputLimits.importCharacters) throw new InputLimitError('importCharacters');
  const { document } = parseHTML(`<!doctype html><html><head></head><body>${clean}</body></html>`);
  // The page's declared language goes back on <html>, where the importer reads it.
  if (declaredLanguage) document.documentElement.setAttribute('lang', declaredLanguage);
  // sanitize-html leaves no <head>: the page's title goes back there, where `document.title` reads it.
  const title = document.querySelector('title');
  if (title) document.head.append(title);
  // Readability walks the page before the clean tree counts levels: a page nested past the limit is refused first.
  assertPageDepth(document.body as unknown as ImportElement);
  return await use(document as unknown as ImportDocument);
}

/** An inert HTML parser for code that needs many documents synchronously (the paste clean-up under Node). */
export function openNodeHtmlParser(): { parseHtml: ParseHtmlDocument; close: () => void } {
  const window = new Window({ settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true } });
  const parser = new window.DOMParser();
  return {
    parseHtml: (html) => {
      try {
        return parser.parseFromString(html, 'text/html') as unknown as ImportDocument;
      } catch {
        // happy-dom throws on some misnested markup that browsers repair; sanitize-html's output always parses.
        return parser.parseFromString(sanitizeHtml(html, sanitizeOptions), 'text/html') as unknown as ImportDocument;
      }
    },
    close: () => {
      window.happyDOM.abort();
      void window.happyDOM.close();
    },
  };
}
