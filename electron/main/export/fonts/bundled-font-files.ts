/// <reference path="./inline-font-module.d.ts" />

/** Unicode ranges of fontsource's subsets (identical for both families). */
export const fontSubsetRanges = {
  latin:
    'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD',
  'latin-ext':
    'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C4,U+2113,U+2C60-2C7F,U+A720-A7FF',
  cyrillic: 'U+0301,U+0400-045F,U+0490-0491,U+04B0-04B1,U+2116',
  'cyrillic-ext': 'U+0460-052F,U+1C80-1C8A,U+20B4,U+2DE0-2DFF,U+A640-A69F,U+FE2E-FE2F',
  greek: 'U+0370-0377,U+037A-037F,U+0384-038A,U+038C,U+038E-03A1,U+03A3-03FF',
  arabic:
    'U+0600-06FF,U+0750-077F,U+0870-088E,U+0890-0891,U+0897-08E1,U+08E3-08FF,U+200C-200E,U+2010-2011,U+204F,U+2E41,U+FB50-FDFF,U+FE70-FE74,U+FE76-FEFC',
  vietnamese:
    'U+0102-0103,U+0110-0111,U+0128-0129,U+0168-0169,U+01A0-01A1,U+01AF-01B0,U+0300-0301,U+0303-0304,U+0308-0309,U+0323,U+0329,U+1EA0-1EF9,U+20AB',
} as const;

export type FontSubset = keyof typeof fontSubsetRanges;

/** One bundled woff2 file: a face of a family, cut to one Unicode subset. */
export interface BundledFontFile {
  family: 'Source Serif 4' | 'Source Sans 3';
  weight: number;
  style: 'normal' | 'italic';
  subset: FontSubset;
  /** Resolves to `data:font/woff2;base64,…`; inlined at build time, loaded only when an export needs it. */
  load: () => Promise<{ default: string }>;
}

/**
 * Source Serif 4 (body) and Source Sans 3 (headings, metadata, tables), both SIL OFL 1.1,
 * from @fontsource: the faces the export stylesheet uses, in every subset. Neither has Arabic:
 * Noto Naskh Arabic (beside the serif) and Noto Sans Arabic (beside the sans), also OFL, serve
 * that range under the same family names, in every weight the stylesheet asks for, so no bold
 * is synthesized. They come first: on the few characters both cover (dashes, joiners) the Latin face wins.
 */
export const bundledFontFiles: readonly BundledFontFile[] = [
  {
    family: 'Source Serif 4',
    weight: 400,
    style: 'normal',
    subset: 'arabic',
    load: () => import('@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-400-normal.woff2?inline'),
  },
  {
    family: 'Source Serif 4',
    weight: 700,
    style: 'normal',
    subset: 'arabic',
    load: () => import('@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-700-normal.woff2?inline'),
  },
  {
    family: 'Source Sans 3',
    weight: 400,
    style: 'normal',
    subset: 'arabic',
    load: () => import('@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-400-normal.woff2?inline'),
  },
  {
    family: 'Source Sans 3',
    weight: 600,
    style: 'normal',
    subset: 'arabic',
    load: () => import('@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-600-normal.woff2?inline'),
  },
  {
    family: 'Source Serif 4',
    weight: 400,
    style: 'normal',
    subset: 'latin',
    load: () => import('@fontsource/source-serif-4/files/source-serif-4-latin-400-normal.woff2?inline'),
  },
  {
    family: 'Source Serif 4',
    weight: 400,
    style: 'normal',
    subset: 'latin-ext',
    load: () => import('@fontsource/source-serif-4/files/source-serif-4-latin-ext-400-normal.woff2?inline'),
  },
  {
    family: 'Source Serif 4',
    weight: 400,
    style: 'normal',
    subset: 'cyrillic',
    load: () => import('@fontsource/source-serif-4/files/source-serif-4-cyrillic-400-normal.woff2?inline'),
  },
  {
    family: 'Source Serif 4',
    weight: 400,
    style: 'normal',
    subset: 'cyrillic-ext',
    load: () => import('@fontsource/source-serif-4/files/source-serif-4-cyrillic-ext-400-normal.woff2?inline'),
  },
  {
    family: 'Source Serif 4',
    weight: 400,
    style: 'normal',
    subset: 'greek',
    load: () => import('@fontsource/source-serif-4/files/source-serif-4-greek-400-normal.woff2?inline'),
  },
  {
    family: 'Source Serif 4',
    weight: 400,
    style: 'normal',
    subset: 'vietnamese',
    load: () => import('@fontsource/source-serif-4/files/source-serif-4-vietnamese-400-normal.woff2?inline'),
  },
  {
    family: 'Source Serif 4',
    weight: 400,
    style: 'italic',
    subset: 'latin',
    load: () => import('@fontsource/source-serif-4/files/source-serif-4-latin-400-italic.woff2?inline'),
  },
  {
    family: 'Source Serif 4',
    weight: 400,
    style: 'italic',
    subset: 'latin-ext',
    load: () => import('@fontsource/source-serif-4/files/source-serif-4-latin-ext-400-italic.woff2?inline'),
  },
  {
    family: 'Source Serif 4',
    weight: 400,
    style: 'italic',
    subset: 'cyrillic',
    load: () => import('@fontsource/source-serif-4/files/source-serif-4-cyrillic-400-italic.woff2?inline'),
  },
  {
    family: 'Source Serif 4',
    weight: 400,
    style: 'italic',
    subset: 'cyrillic-ext',
    load: () => import('@fontsource/source-serif-4/files/source-serif-4-cyrillic-ext-400-italic.woff2?inline'),
  },
  {
    family: 'Source Serif 4',
    weight: 400,
    style: 'italic',
    subset: 'greek',
    load: () => import('@fontsource/source-serif-4/files/source-serif-4-greek-400-italic.woff2?inline'),
  },
  {
    family: 'Source Serif 4',
    weight: 400,
    style: 'italic',
    subset: 'vietnamese',
    load: () => import('@fontsource/source-serif-4/files/source-serif-4-vietnamese-400-italic.woff2?inline'),
  },
  {
    family: 'Source Serif 4',
    weight: 700,
    style: 'normal',
    subset: 'latin',
    load: () => import('@fontsource/source-serif-4/files/source-serif-4-latin-700-normal.woff2?inline'),
  },
  {
    family: 'Source Serif 4',
    weight: 700,
    style: 'normal',
    subset: 'latin-ext',
    load: () => import('@fontsource/source-serif-4/files/source-serif-4-latin-ext-700-normal.woff2?inline'),
  },
  {
    family: 'Source Serif 4',
    weight: 700,
    style: 'normal',
    subset: 'cyrillic',
    load: () => import('@fontsource/source-serif-4/files/source-serif-4-cyrillic-700-normal.woff2?inline'),
  },
  {
    family: 'Source Serif 4',
    weight: 700,
    style: 'normal',
    subset: 'cyrillic-ext',
    load: () => import('@fontsource/source-serif-4/files/source-serif-4-cyrillic-ext-700-normal.woff2?inline'),
  },
  {
    family: 'Source Serif 4',
    weight: 700,
    style: 'normal',
    subset: 'greek',
    load: () => import('@fontsource/source-serif-4/files/source-serif-4-greek-700-normal.woff2?inline'),
  },
  {
    family: 'Source Serif 4',
    weight: 700,
    style: 'normal',
    subset: 'vietnamese',
    load: () => import('@fontsource/source-serif-4/files/source-serif-4-vietnamese-700-normal.woff2?inline'),
  },
  {
    family: 'Source Serif 4',
    weight: 700,
    style: 'italic',
    subset: 'latin',
    load: () => import('@fontsource/source-serif-4/files/source-serif-4-latin-700-italic.woff2?inline'),
  },
  {
    family: 'Source Serif 4',
    weight: 700,
    style: 'italic',
    subset: 'latin-ext',
    load: () => import('@fontsource/source-serif-4/files/source-serif-4-latin-ext-700-italic.woff2?inline'),
  },
  {
    family: 'Source Serif 4',
    weight: 700,
    style: 'italic',
    subset: 'cyrillic',
    load: () => import('@fontsource/source-serif-4/files/source-serif-4-cyrillic-700-italic.woff2?inline'),
  },
  {
    family: 'Source Serif 4',
    weight: 700,
    style: 'italic',
    subset: 'cyrillic-ext',
    load: () => import('@fontsource/source-serif-4/files/source-serif-4-cyrillic-ext-700-italic.woff2?inline'),
  },
  {
    family: 'Source Serif 4',
    weight: 700,
    style: 'italic',
    subset: 'greek',
    load: () => import('@fontsource/source-serif-4/files/source-serif-4-greek-700-italic.woff2?inline'),
  },
  {
    family: 'Source Serif 4',
    weight: 700,
    style: 'italic',
    subset: 'vietnamese',
    load: () => import('@fontsource/source-serif-4/files/source-serif-4-vietnamese-700-italic.woff2?inline'),
  },
  {
    family: 'Source Sans 3',
    weight: 400,
    style: 'normal',
    subset: 'latin',
    load: () => import('@fontsource/source-sans-3/files/source-sans-3-latin-400-normal.woff2?inline'),
  },
  {
    family: 'Source Sans 3',
    weight: 400,
    style: 'normal',
    subset: 'latin-ext',
    load: () => import('@fontsource/source-sans-3/files/source-sans-3-latin-ext-400-normal.woff2?inline'),
  },
  {
    family: 'Source Sans 3',
    weight: 400,
    style: 'normal',
    subset: 'cyrillic',
    load: () => import('@fontsource/source-sans-3/files/source-sans-3-cyrillic-400-normal.woff2?inline'),
  },
  {
    family: 'Source Sans 3',
    weight: 400,
    style: 'normal',
    subset: 'cyrillic-ext',
    load: () => import('@fontsource/source-sans-3/files/source-sans-3-cyrillic-ext-400-normal.woff2?inline'),
  },
  {
    family: 'Source Sans 3',
    weight: 400,
    style: 'normal',
    subset: 'greek',
    load: () => import('@fontsource/source-sans-3/files/source-sans-3-greek-400-normal.woff2?inline'),
  },
  {
    family: 'Source Sans 3',
    weight: 400,
    style: 'normal',
    subset: 'vietnamese',
    load: () => import('@fontsource/source-sans-3/files/source-sans-3-vietnamese-400-normal.woff2?inline'),
  },
  {
    family: 'Source Sans 3',
    weight: 400,
    style: 'italic',
    subset: 'latin',
    load: () => import('@fontsource/source-sans-3/files/source-sans-3-latin-400-italic.woff2?inline'),
  },
  {
    family: 'Source Sans 3',
    weight: 400,
    style: 'italic',
    subset: 'latin-ext',
    load: () => import('@fontsource/source-sans-3/files/source-sans-3-latin-ext-400-italic.woff2?inline'),
  },
  {
    family: 'Source Sans 3',
    weight: 400,
    style: 'italic',
    subset: 'cyrillic',
    load: () => import('@fontsource/source-sans-3/files/source-sans-3-cyrillic-400-italic.woff2?inline'),
  },
  {
    family: 'Source Sans 3',
    weight: 400,
    style: 'italic',
    subset: 'cyrillic-ext',
    load: () => import('@fontsource/source-sans-3/files/source-sans-3-cyrillic-ext-400-italic.woff2?inline'),
  },
  {
    family: 'Source Sans 3',
    weight: 400,
    style: 'italic',
    subset: 'greek',
    load: () => import('@fontsource/source-sans-3/files/source-sans-3-greek-400-italic.woff2?inline'),
  },
  {
    family: 'Source Sans 3',
    weight: 400,
    style: 'italic',
    subset: 'vietnamese',
    load: () => import('@fontsource/source-sans-3/files/source-sans-3-vietnamese-400-italic.woff2?inline'),
  },
  {
    family: 'Source Sans 3',
    weight: 600,
    style: 'normal',
    subset: 'latin',
    load: () => import('@fontsource/source-sans-3/files/source-sans-3-latin-600-normal.woff2?inline'),
  },
  {
    family: 'Source Sans 3',
    weight: 600,
    style: 'normal',
    subset: 'latin-ext',
    load: () => import('@fontsource/source-sans-3/files/source-sans-3-latin-ext-600-normal.woff2?inline'),
  },
  {
    family: 'Source Sans 3',
    weight: 600,
    style: 'normal',
    subset: 'cyrillic',
    load: () => import('@fontsource/source-sans-3/files/source-sans-3-cyrillic-600-normal.woff2?inline'),
  },
  {
    family: 'Source Sans 3',
    weight: 600,
    style: 'normal',
    subset: 'cyrillic-ext',
    load: () => import('@fontsource/source-sans-3/files/source-sans-3-cyrillic-ext-600-normal.woff2?inline'),
  },
  {
    family: 'Source Sans 3',
    weight: 600,
    style: 'normal',
    subset: 'greek',
    load: () => import('@fontsource/source-sans-3/files/source-sans-3-greek-600-normal.woff2?inline'),
  },
  {
    family: 'Source Sans 3',
    weight: 600,
    style: 'normal',
    subset: 'vietnamese',
    load: () => import('@fontsource/source-sans-3/files/source-sans-3-vietnamese-600-normal.woff2?inline'),
  },
];
