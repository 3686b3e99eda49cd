import { Window } from 'happy-dom';
import sanitizeHtml from 'sanitize-html';
import type { ImportDocument, ParseHtmlDocument } from '../../common/import/import-dom';
import { InputLimitError, inputLimits } from '../../common/limits/input-limits';

/** What survives the first pass; the shared clean tree then allow-lists again, stricter. */
const sanitizeOptions: sanitizeHtml.IOptions = {
  allowedTags: [
    'title',
    'meta',
    'time',
    'article',
    'main',
    'header',
    'footer',
    'nav',
    'aside',
    'section',
    'div',
    'span',
    'p',
    'br',
    'hr',
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'ul',
    'ol',
    'li',
    'dl',
    'dt',
    'dd',
    'blockquote',
    'q',
    'pre',
    'code',
    'figure',
    'figcaption',
    'picture',
    'img',
    'a',
    'strong',
    'b',
    'em',
    'i',
    'u',
    's',
    'strike',
    'del',
    'cite',
    'small',
    'sub',
    'sup',
    'mark',
    'abbr',
    'address',
    'center',
    'table',
    'caption',
    'thead',
    'tbody',
    'tfoot',
    'tr',
    'th',
    'td',
  ],
  allowedAttributes: {
    '*': ['class', 'id', 'role'],
    a: ['href'],
    img: ['src', 'alt', 'title', 'data-src', 'data-lazy-src', 'data-original', 'srcset', 'data-srcset'],
    time: ['datetime'],
    meta: ['name', 'property', 'content'],
    th: ['colspan', 'rowspan'],
    td: ['colspan', 'rowspan'],
    ol: ['start'],
  },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: ['data', 'http', 'https'] },
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  nonTextTags: [
    'script',
    'style',
    'textarea',
    'option',
    'noscript',
    'svg',
    'math',
    'template',
    'iframe',
    'object',
    'embed',
    'canvas',
    'video',
    'audio',
    'select',
    'button',
    'form',
  ],
  parser: { lowerCaseTags: true, lowerCaseAttributeNames: true },
};

/**
 * Sanitises untrusted HTML with sanitize-html, then parses it into an inert happy-dom
 * document; what is left after sanitising must fit the import's character limit.
 */
export async function withNodeHtmlDocument<T>(html: string, use: (page: ImportDocument) => Promise<T> | T): Promise<T> {
  const clean = sanitizeHtml(html, sanitizeOptions);
  if (clean.length > inputLimits.importCharacters) throw new InputLimitError('importCharacters');
  const window = new Window({
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
      navigation: {
        disableMainFrameNavigation: true,
        disableChildFrameNavigation: true,
        disableChildPageNavigation: true,
        disableFallbackToSetURL: true,
      },
    },
  });
  try {
    const page = new window.DOMParser().parseFromString(clean, 'text/html');
    return await use(page as unknown as ImportDocument);
  } finally {
    window.happyDOM.abort();
    void window.happyDOM.close();
  }
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
