import { Extension, InputRule } from '@tiptap/core';
import { type QuoteStyle, quoteStyleFor } from './quote-style';

/** Characters after which a quote opens rather than closes. */
const opensAfter = String.raw`(?:^|[\s([{<\u2014\u2013\u00AB\u201C\u2018\u201E\u201A/-])`;

export interface SmartPunctuationStorage {
  /** The briefing's language; its quotes are used from the next keystroke on. */
  language: string;
}

declare module '@tiptap/core' {
  interface Storage {
    smartPunctuation: SmartPunctuationStorage;
  }
}

/**
 * A rule that replaces the first capture group (which ends the match, the typed
 * character included) by what `replacement` gives for the current language.
 */
function punctuationRule(find: RegExp, replacement: (style: QuoteStyle) => string, language: () => string) {
  return new InputRule({
    find,
    handler: ({ state, range, match }) => {
      const typed = match[1] ?? match[0];
      const start = range.from + match[0].lastIndexOf(typed);
      state.tr.insertText(replacement(quoteStyleFor(language())), start, range.to);
    },
  });
}

/**
 * Smart quotes, apostrophes, dashes and ellipses as the author types, in the
 * briefing's language (French « » with narrow no-break spaces). TipTap applies each
 * rule as its own history step after the typed character, so one Ctrl+Z (or Backspace)
 * right after a replacement gives back what was typed.
 */
export const SmartPunctuation = Extension.create<Record<string, never>, SmartPunctuationStorage>({
  name: 'smartPunctuation',

  addStorage() {
    return { language: 'en' };
  },

  addInputRules() {
    const language = () => this.storage.language;
    return [
      punctuationRule(new RegExp(`${opensAfter}(")$`), (style) => style.openDouble, language),
      punctuationRule(/(")$/, (style) => style.closeDouble, language),
      punctuationRule(new RegExp(`${opensAfter}(')$`), (style) => style.openSingle, language),
      // A closing single quote is also the apostrophe (don’t, l’armée).
      punctuationRule(/(')$/, () => '’', language),
      punctuationRule(/(--)$/, () => '—', language),
      punctuationRule(/\S (- )$/, () => '– ', language),
      punctuationRule(/(\.\.\.)$/, () => '…', language),
    ];
  },
});
