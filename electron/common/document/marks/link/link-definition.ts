import Link from '@tiptap/extension-link';
import { escapeHtml } from '../../../text/escape-html';
import type { BriefingMarkDefinition } from '../../briefing-node-definition';
import { isSafeLinkUrl } from './link-policy';

const destinationEscapes: Record<string, string> = {
  ' ': '%20',
  '(': '%28',
  ')': '%29',
  '<': '%3C',
  '>': '%3E',
  '|': '%7C',
};

/** A link to an http, https or mailto address; any other scheme is refused when written, pasted and exported. */
export const linkDefinition: BriefingMarkDefinition = {
  extension: Link.extend({
    // Typing right after a link continues plain text, as in Word and Google Docs (TipTap makes autolinks inclusive).
    inclusive: false,
    // The address only: a pasted class, target, rel or title could hide or restyle text that the export prints.
    addAttributes() {
      return {
        href: {
          default: null,
          parseHTML: (element: { getAttribute(name: string): string | null }) => element.getAttribute('href'),
        },
      };
    },
  }).configure({
    openOnClick: false,
    autolink: true,
    linkOnPaste: true,
    defaultProtocol: 'https',
    isAllowedUri: (url) => isSafeLinkUrl(url),
    shouldAutoLink: (url) => isSafeLinkUrl(url) || isSafeLinkUrl(`https://${url}`),
    HTMLAttributes: { rel: 'noopener noreferrer nofollow', target: null, class: null },
  }),
  export: {
    html: (mark) => {
      const href = String(mark.attrs.href ?? '');
      if (!isSafeLinkUrl(href)) return ['', ''];
      return [`<a href="${escapeHtml(href.trim())}" rel="noopener noreferrer nofollow">`, '</a>'];
    },
    markdown: (mark) => {
      const href = String(mark.attrs.href ?? '');
      if (!isSafeLinkUrl(href)) return ['', ''];
      // Spaces and parentheses would end a Markdown link destination early.
      const destination = href.trim().replace(/[ ()<>|]/g, (character) => destinationEscapes[character] ?? character);
      return ['[', `](${destination})`];
    },
    docx: (mark) => {
      const href = String(mark.attrs.href ?? '');
      return isSafeLinkUrl(href) ? { link: href.trim() } : {};
    },
  },
};
