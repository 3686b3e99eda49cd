import { type BundledFontFile, bundledFontFiles, type FontSubset, fontSubsetRanges } from './bundled-font-files';

type CodePointRange = readonly [number, number];

function parseUnicodeRange(range: string): CodePointRange[] {
  return range.split(',').map((part) => {
    const [start, end = start] = part.replace('U+', '').split('-') as [string, string?];
    return [Number.parseInt(start, 16), Number.parseInt(end, 16)] as const;
  });
}

const subsetCodePoints = Object.fromEntries(
  Object.entries(fontSubsetRanges).map(([subset, range]) => [subset, parseUnicodeRange(range)]),
) as Record<FontSubset, CodePointRange[]>;

function addSubsetsOf(text: string, needed: Set<FontSubset>, seen: Set<number>): void {
  for (const [character] of text.matchAll(/[^\p{ASCII}\u00a0-\u00ff]/gu)) {
    const codePoint = character.codePointAt(0) ?? 0;
    if (seen.has(codePoint)) continue;
    seen.add(codePoint);
    for (const [subset, ranges] of Object.entries(subsetCodePoints) as [FontSubset, CodePointRange[]][]) {
      if (!needed.has(subset) && ranges.some(([start, end]) => codePoint >= start && codePoint <= end)) {
        needed.add(subset);
      }
    }
  }
}

/** The subsets whose ranges cover at least one character of `text`; Latin always, for the chrome. */
export function subsetsForText(text: string): Set<FontSubset> {
  const needed = new Set<FontSubset>(['latin']);
  addSubsetsOf(text, needed, new Set());
  return needed;
}

const pictureSource = 'src="data:';

/**
 * The subsets an export's HTML needs. Its pictures' data URLs (megabytes of base64, ASCII only, most
 * of a large export) are stepped over rather than scanned: text never holds `src="`, which it escapes.
 */
export function subsetsForHtml(html: string): Set<FontSubset> {
  const needed = new Set<FontSubset>(['latin']);
  const seen = new Set<number>();
  let at = 0;
  while (at < html.length) {
    const picture = html.indexOf(pictureSource, at);
    addSubsetsOf(html.slice(at, picture === -1 ? html.length : picture), needed, seen);
    if (picture === -1) break;
    const end = html.indexOf('"', picture + pictureSource.length);
    at = end === -1 ? html.length : end + 1;
  }
  return needed;
}

const loadedFonts = new Map<BundledFontFile, Promise<string>>();

function fontDataUrl(file: BundledFontFile): Promise<string> {
  let loading = loadedFonts.get(file);
  if (!loading) {
    loading = file.load().then((module) => module.default);
    loadedFonts.set(file, loading);
  }
  return loading;
}

/**
 * `@font-face` rules embedding the bundled fonts as data URLs, limited to the Unicode
 * subsets `html` needs, so a Latin-only briefing carries no Cyrillic or Greek glyphs.
 */
export async function fontFaceRules(html: string): Promise<string> {
  const subsets = subsetsForHtml(html);
  const files = bundledFontFiles.filter((file) => subsets.has(file.subset));
  const dataUrls = await Promise.all(files.map(fontDataUrl));
  return files
    .map(
      (file, index) =>
        `@font-face{font-family:"${file.family}";font-style:${file.style};font-weight:${file.weight};` +
        `font-display:block;src:url(${dataUrls[index]}) format("woff2");unicode-range:${fontSubsetRanges[file.subset]}}`,
    )
    .join('\n');
}
