/** The quotation marks a language prints; French puts a narrow no-break space inside its guillemets. */
export interface QuoteStyle {
  openDouble: string;
  closeDouble: string;
  openSingle: string;
  closeSingle: string;
}

const narrowNoBreakSpace = '\u202F';

const quoteStyles: Record<string, QuoteStyle> = {
  en: { openDouble: '“', closeDouble: '”', openSingle: '‘', closeSingle: '’' },
  fr: {
    openDouble: `«${narrowNoBreakSpace}`,
    closeDouble: `${narrowNoBreakSpace}»`,
    openSingle: '“',
    closeSingle: '”',
  },
  es: { openDouble: '«', closeDouble: '»', openSingle: '“', closeSingle: '”' },
  de: { openDouble: '„', closeDouble: '“', openSingle: '‚', closeSingle: '‘' },
  ru: { openDouble: '«', closeDouble: '»', openSingle: '„', closeSingle: '“' },
  uk: { openDouble: '«', closeDouble: '»', openSingle: '„', closeSingle: '“' },
  ar: { openDouble: '«', closeDouble: '»', openSingle: '‹', closeSingle: '›' },
};

/** The quotes for a BCP 47 language tag ("fr", "fr-CA"); English ones for a language not listed. */
export function quoteStyleFor(language: string | undefined): QuoteStyle {
  const primary = (language ?? 'en').toLowerCase().split('-')[0] ?? 'en';
  return quoteStyles[primary] ?? (quoteStyles.en as QuoteStyle);
}
