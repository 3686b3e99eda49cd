import { Window } from 'happy-dom';
import type { ImportDocument, ParseHtmlDocument } from '../../common/import/import-dom';
import { sanitizeImportHtml } from './parse-html-in-node';

/**
 * An inert HTML parser for code that needs many documents synchronously (the paste clean-up under Node). Kept
 * apart from `withNodeHtmlDocument` so that the import worker, which never needs it, does not load happy-dom.
 */
export function openNodeHtmlParser(): { parseHtml: ParseHtmlDocument; close: () => void } {
  const window = new Window({ settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true } });
  const parser = new window.DOMParser();
  return {
    parseHtml: (html) => {
      try {
        return parser.parseFromString(html, 'text/html') as unknown as ImportDocument;
      } catch {
        // happy-dom throws on some misnested markup that browsers repair; sanitize-html's output always parses.
        return parser.parseFromString(sanitizeImportHtml(html), 'text/html') as unknown as ImportDocument;
      }
    },
    close: () => {
      window.happyDOM.abort();
      void window.happyDOM.close();
    },
  };
}
