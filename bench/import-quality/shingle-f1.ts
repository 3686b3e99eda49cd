/** Word tokens as article-extraction benchmarks count them: runs of letters and digits, lower-cased. */
export function wordTokens(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** The 4-word shingles of a token list, counted (a text shorter than four words is one shingle). */
export function shingleCounts(tokens: readonly string[], size = 4): Map<string, number> {
  const counts = new Map<string, number>();
  if (tokens.length === 0) return counts;
  const last = Math.max(tokens.length - size, 0);
  for (let start = 0; start <= last; start += 1) {
    const shingle = tokens.slice(start, start + size).join(' ');
    counts.set(shingle, (counts.get(shingle) ?? 0) + 1);
  }
  return counts;
}

export interface TextScore {
  /** Shingles found in both, only in the extracted text, only in the expected text. */
  common: number;
  extra: number;
  missing: number;
  precision: number;
  recall: number;
  f1: number;
}

/** Precision, recall and F1 of the extracted text's shingles against the expected text's (as multisets). */
export function scoreText(extracted: string, expected: string): TextScore {
  const found = shingleCounts(wordTokens(extracted));
  const wanted = shingleCounts(wordTokens(expected));
  let foundTotal = 0;
  let wantedTotal = 0;
  let common = 0;
  for (const count of found.values()) foundTotal += count;
  for (const [shingle, count] of wanted) {
    wantedTotal += count;
    common += Math.min(count, found.get(shingle) ?? 0);
  }
  const extra = foundTotal - common;
  const missing = wantedTotal - common;
  const precision = extra === 0 && missing === 0 ? 1 : foundTotal === 0 ? 0 : common / foundTotal;
  const recall = extra === 0 && missing === 0 ? 1 : wantedTotal === 0 ? 0 : common / wantedTotal;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { common, extra, missing, precision, recall, f1 };
}

const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / Math.max(values.length, 1);

/**
 * The suite's F1 as the article-extraction benchmark computes it: precision averaged over the pages
 * where something was extracted, recall over the pages that expect text, F1 of the two means.
 */
export function suiteF1(scores: readonly TextScore[]): { precision: number; recall: number; f1: number } {
  const precision = mean(scores.filter((score) => score.common + score.extra > 0).map((score) => score.precision));
  const recall = mean(scores.filter((score) => score.common + score.missing > 0).map((score) => score.recall));
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}
