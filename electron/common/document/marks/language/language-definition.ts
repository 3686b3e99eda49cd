import { Mark } from '@tiptap/core';
import { canonicalLanguageTag } from '../../../language/language-tag';
import type { BriefingMarkDefinition } from '../../briefing-node-definition';
import { languageAttributes, languageAttributeText, parseDirectionAttribute } from '../../language/language-attributes';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    language: {
      /** Marks the selected words as written in `lang` (a BCP 47 tag); their direction follows it. */
      setLanguage: (lang: string) => ReturnType;
      unsetLanguage: () => ReturnType;
    };
  }
}

type ElementWithAttributes = { getAttribute(name: string): string | null };

/** A span in another language than its block: a name, a quote, a term. */
export const LanguageMark = Mark.create({
  name: 'language',

  addAttributes() {
    return {
      lang: {
        default: null,
        parseHTML: (element: ElementWithAttributes) => canonicalLanguageTag(element.getAttribute('lang') ?? '') ?? null,
      },
      dir: {
        default: null,
        parseHTML: parseDirectionAttribute,
      },
    };
  },

  parseHTML() {
    return [
      {
        tag: 'span[lang]',
        getAttrs: (element) => (canonicalLanguageTag(element.getAttribute('lang') ?? '') ? null : false),
      },
    ];
  },

  renderHTML({ mark }) {
    return ['span', languageAttributes(mark.attrs), 0];
  },

  addCommands() {
    return {
      setLanguage:
        (lang) =>
        ({ commands }) => {
          const tag = canonicalLanguageTag(lang);
          return tag ? commands.setMark(this.name, { lang: tag, dir: null }) : false;
        },
      unsetLanguage:
        () =>
        ({ commands }) =>
          commands.unsetMark(this.name),
    };
  },
});

export const languageDefinition: BriefingMarkDefinition = {
  extension: LanguageMark,
  export: {
    html: (mark) => {
      const attributes = languageAttributeText(mark.attrs);
      return attributes ? [`<span${attributes}>`, '</span>'] : ['', ''];
    },
    // CommonMark passes the span through, so the words keep their language in HTML made from the Markdown.
    markdown: (mark) => {
      const attributes = languageAttributeText(mark.attrs);
      return attributes ? [`<span${attributes}>`, '</span>'] : ['', ''];
    },
    // Word's run language (spelling, hyphenation, fonts) and right-to-left reading.
    docx: (mark) => {
      const { lang, dir } = languageAttributes(mark.attrs);
      return { ...(lang ? { language: lang } : {}), ...(dir === 'rtl' ? { rightToLeft: true } : {}) };
    },
  },
};
