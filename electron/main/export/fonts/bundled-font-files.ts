/// <reference path="./inline-font-module.d.ts" />

import sans400ItalicCyrillic from '@fontsource/source-sans-3/files/source-sans-3-cyrillic-400-italic.woff2?inline';
import sans400NormalCyrillic from '@fontsource/source-sans-3/files/source-sans-3-cyrillic-400-normal.woff2?inline';
import sans600NormalCyrillic from '@fontsource/source-sans-3/files/source-sans-3-cyrillic-600-normal.woff2?inline';
import sans400ItalicCyrillicExt from '@fontsource/source-sans-3/files/source-sans-3-cyrillic-ext-400-italic.woff2?inline';
import sans400NormalCyrillicExt from '@fontsource/source-sans-3/files/source-sans-3-cyrillic-ext-400-normal.woff2?inline';
import sans600NormalCyrillicExt from '@fontsource/source-sans-3/files/source-sans-3-cyrillic-ext-600-normal.woff2?inline';
import sans400ItalicGreek from '@fontsource/source-sans-3/files/source-sans-3-greek-400-italic.woff2?inline';
import sans400NormalGreek from '@fontsource/source-sans-3/files/source-sans-3-greek-400-normal.woff2?inline';
import sans600NormalGreek from '@fontsource/source-sans-3/files/source-sans-3-greek-600-normal.woff2?inline';
import sans400ItalicLatin from '@fontsource/source-sans-3/files/source-sans-3-latin-400-italic.woff2?inline';
import sans400NormalLatin from '@fontsource/source-sans-3/files/source-sans-3-latin-400-normal.woff2?inline';
import sans600NormalLatin from '@fontsource/source-sans-3/files/source-sans-3-latin-600-normal.woff2?inline';
import sans400ItalicLatinExt from '@fontsource/source-sans-3/files/source-sans-3-latin-ext-400-italic.woff2?inline';
import sans400NormalLatinExt from '@fontsource/source-sans-3/files/source-sans-3-latin-ext-400-normal.woff2?inline';
import sans600NormalLatinExt from '@fontsource/source-sans-3/files/source-sans-3-latin-ext-600-normal.woff2?inline';
import sans400ItalicVietnamese from '@fontsource/source-sans-3/files/source-sans-3-vietnamese-400-italic.woff2?inline';
import sans400NormalVietnamese from '@fontsource/source-sans-3/files/source-sans-3-vietnamese-400-normal.woff2?inline';
import sans600NormalVietnamese from '@fontsource/source-sans-3/files/source-sans-3-vietnamese-600-normal.woff2?inline';
import serif400ItalicCyrillic from '@fontsource/source-serif-4/files/source-serif-4-cyrillic-400-italic.woff2?inline';
import serif400NormalCyrillic from '@fontsource/source-serif-4/files/source-serif-4-cyrillic-400-normal.woff2?inline';
import serif700ItalicCyrillic from '@fontsource/source-serif-4/files/source-serif-4-cyrillic-700-italic.woff2?inline';
import serif700NormalCyrillic from '@fontsource/source-serif-4/files/source-serif-4-cyrillic-700-normal.woff2?inline';
import serif400ItalicCyrillicExt from '@fontsource/source-serif-4/files/source-serif-4-cyrillic-ext-400-italic.woff2?inline';
import serif400NormalCyrillicExt from '@fontsource/source-serif-4/files/source-serif-4-cyrillic-ext-400-normal.woff2?inline';
import serif700ItalicCyrillicExt from '@fontsource/source-serif-4/files/source-serif-4-cyrillic-ext-700-italic.woff2?inline';
import serif700NormalCyrillicExt from '@fontsource/source-serif-4/files/source-serif-4-cyrillic-ext-700-normal.woff2?inline';
import serif400ItalicGreek from '@fontsource/source-serif-4/files/source-serif-4-greek-400-italic.woff2?inline';
import serif400NormalGreek from '@fontsource/source-serif-4/files/source-serif-4-greek-400-normal.woff2?inline';
import serif700ItalicGreek from '@fontsource/source-serif-4/files/source-serif-4-greek-700-italic.woff2?inline';
import serif700NormalGreek from '@fontsource/source-serif-4/files/source-serif-4-greek-700-normal.woff2?inline';
import serif400ItalicLatin from '@fontsource/source-serif-4/files/source-serif-4-latin-400-italic.woff2?inline';
import serif400NormalLatin from '@fontsource/source-serif-4/files/source-serif-4-latin-400-normal.woff2?inline';
import serif700ItalicLatin from '@fontsource/source-serif-4/files/source-serif-4-latin-700-italic.woff2?inline';
import serif700NormalLatin from '@fontsource/source-serif-4/files/source-serif-4-latin-700-normal.woff2?inline';
import serif400ItalicLatinExt from '@fontsource/source-serif-4/files/source-serif-4-latin-ext-400-italic.woff2?inline';
import serif400NormalLatinExt from '@fontsource/source-serif-4/files/source-serif-4-latin-ext-400-normal.woff2?inline';
import serif700ItalicLatinExt from '@fontsource/source-serif-4/files/source-serif-4-latin-ext-700-italic.woff2?inline';
import serif700NormalLatinExt from '@fontsource/source-serif-4/files/source-serif-4-latin-ext-700-normal.woff2?inline';
import serif400ItalicVietnamese from '@fontsource/source-serif-4/files/source-serif-4-vietnamese-400-italic.woff2?inline';
import serif400NormalVietnamese from '@fontsource/source-serif-4/files/source-serif-4-vietnamese-400-normal.woff2?inline';
import serif700ItalicVietnamese from '@fontsource/source-serif-4/files/source-serif-4-vietnamese-700-italic.woff2?inline';
import serif700NormalVietnamese from '@fontsource/source-serif-4/files/source-serif-4-vietnamese-700-normal.woff2?inline';

/** Unicode ranges of fontsource's subsets (identical for both families). */
export const fontSubsetRanges = {
  latin:
    'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD',
  'latin-ext':
    'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C4,U+2113,U+2C60-2C7F,U+A720-A7FF',
  cyrillic: 'U+0301,U+0400-045F,U+0490-0491,U+04B0-04B1,U+2116',
  'cyrillic-ext': 'U+0460-052F,U+1C80-1C8A,U+20B4,U+2DE0-2DFF,U+A640-A69F,U+FE2E-FE2F',
  greek: 'U+0370-0377,U+037A-037F,U+0384-038A,U+038C,U+038E-03A1,U+03A3-03FF',
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
  /** `data:font/woff2;base64,…`, inlined into the main bundle at build time. */
  dataUrl: string;
}

/**
 * Source Serif 4 (body) and Source Sans 3 (headings, metadata, tables), both SIL OFL 1.1,
 * from @fontsource: the faces the export stylesheet uses, in every subset.
 */
export const bundledFontFiles: readonly BundledFontFile[] = [
  { family: 'Source Serif 4', weight: 400, style: 'normal', subset: 'latin', dataUrl: serif400NormalLatin },
  { family: 'Source Serif 4', weight: 400, style: 'normal', subset: 'latin-ext', dataUrl: serif400NormalLatinExt },
  { family: 'Source Serif 4', weight: 400, style: 'normal', subset: 'cyrillic', dataUrl: serif400NormalCyrillic },
  {
    family: 'Source Serif 4',
    weight: 400,
    style: 'normal',
    subset: 'cyrillic-ext',
    dataUrl: serif400NormalCyrillicExt,
  },
  { family: 'Source Serif 4', weight: 400, style: 'normal', subset: 'greek', dataUrl: serif400NormalGreek },
  { family: 'Source Serif 4', weight: 400, style: 'normal', subset: 'vietnamese', dataUrl: serif400NormalVietnamese },
  { family: 'Source Serif 4', weight: 400, style: 'italic', subset: 'latin', dataUrl: serif400ItalicLatin },
  { family: 'Source Serif 4', weight: 400, style: 'italic', subset: 'latin-ext', dataUrl: serif400ItalicLatinExt },
  { family: 'Source Serif 4', weight: 400, style: 'italic', subset: 'cyrillic', dataUrl: serif400ItalicCyrillic },
  {
    family: 'Source Serif 4',
    weight: 400,
    style: 'italic',
    subset: 'cyrillic-ext',
    dataUrl: serif400ItalicCyrillicExt,
  },
  { family: 'Source Serif 4', weight: 400, style: 'italic', subset: 'greek', dataUrl: serif400ItalicGreek },
  { family: 'Source Serif 4', weight: 400, style: 'italic', subset: 'vietnamese', dataUrl: serif400ItalicVietnamese },
  { family: 'Source Serif 4', weight: 700, style: 'normal', subset: 'latin', dataUrl: serif700NormalLatin },
  { family: 'Source Serif 4', weight: 700, style: 'normal', subset: 'latin-ext', dataUrl: serif700NormalLatinExt },
  { family: 'Source Serif 4', weight: 700, style: 'normal', subset: 'cyrillic', dataUrl: serif700NormalCyrillic },
  {
    family: 'Source Serif 4',
    weight: 700,
    style: 'normal',
    subset: 'cyrillic-ext',
    dataUrl: serif700NormalCyrillicExt,
  },
  { family: 'Source Serif 4', weight: 700, style: 'normal', subset: 'greek', dataUrl: serif700NormalGreek },
  { family: 'Source Serif 4', weight: 700, style: 'normal', subset: 'vietnamese', dataUrl: serif700NormalVietnamese },
  { family: 'Source Serif 4', weight: 700, style: 'italic', subset: 'latin', dataUrl: serif700ItalicLatin },
  { family: 'Source Serif 4', weight: 700, style: 'italic', subset: 'latin-ext', dataUrl: serif700ItalicLatinExt },
  { family: 'Source Serif 4', weight: 700, style: 'italic', subset: 'cyrillic', dataUrl: serif700ItalicCyrillic },
  {
    family: 'Source Serif 4',
    weight: 700,
    style: 'italic',
    subset: 'cyrillic-ext',
    dataUrl: serif700ItalicCyrillicExt,
  },
  { family: 'Source Serif 4', weight: 700, style: 'italic', subset: 'greek', dataUrl: serif700ItalicGreek },
  { family: 'Source Serif 4', weight: 700, style: 'italic', subset: 'vietnamese', dataUrl: serif700ItalicVietnamese },
  { family: 'Source Sans 3', weight: 400, style: 'normal', subset: 'latin', dataUrl: sans400NormalLatin },
  { family: 'Source Sans 3', weight: 400, style: 'normal', subset: 'latin-ext', dataUrl: sans400NormalLatinExt },
  { family: 'Source Sans 3', weight: 400, style: 'normal', subset: 'cyrillic', dataUrl: sans400NormalCyrillic },
  { family: 'Source Sans 3', weight: 400, style: 'normal', subset: 'cyrillic-ext', dataUrl: sans400NormalCyrillicExt },
  { family: 'Source Sans 3', weight: 400, style: 'normal', subset: 'greek', dataUrl: sans400NormalGreek },
  { family: 'Source Sans 3', weight: 400, style: 'normal', subset: 'vietnamese', dataUrl: sans400NormalVietnamese },
  { family: 'Source Sans 3', weight: 400, style: 'italic', subset: 'latin', dataUrl: sans400ItalicLatin },
  { family: 'Source Sans 3', weight: 400, style: 'italic', subset: 'latin-ext', dataUrl: sans400ItalicLatinExt },
  { family: 'Source Sans 3', weight: 400, style: 'italic', subset: 'cyrillic', dataUrl: sans400ItalicCyrillic },
  { family: 'Source Sans 3', weight: 400, style: 'italic', subset: 'cyrillic-ext', dataUrl: sans400ItalicCyrillicExt },
  { family: 'Source Sans 3', weight: 400, style: 'italic', subset: 'greek', dataUrl: sans400ItalicGreek },
  { family: 'Source Sans 3', weight: 400, style: 'italic', subset: 'vietnamese', dataUrl: sans400ItalicVietnamese },
  { family: 'Source Sans 3', weight: 600, style: 'normal', subset: 'latin', dataUrl: sans600NormalLatin },
  { family: 'Source Sans 3', weight: 600, style: 'normal', subset: 'latin-ext', dataUrl: sans600NormalLatinExt },
  { family: 'Source Sans 3', weight: 600, style: 'normal', subset: 'cyrillic', dataUrl: sans600NormalCyrillic },
  { family: 'Source Sans 3', weight: 600, style: 'normal', subset: 'cyrillic-ext', dataUrl: sans600NormalCyrillicExt },
  { family: 'Source Sans 3', weight: 600, style: 'normal', subset: 'greek', dataUrl: sans600NormalGreek },
  { family: 'Source Sans 3', weight: 600, style: 'normal', subset: 'vietnamese', dataUrl: sans600NormalVietnamese },
];
