/**
 * `count` words drawn from `vocabulary` by a linear congruential generator started at `seed`: made-up text that
 * is the same on every machine and in every run (the import worker's warm-up page, the benchmarks' articles).
 */
export function seededWords(vocabulary: readonly string[], count: number, seed: number): string {
  let state = seed;
  const words: string[] = [];
  for (let index = 0; index < count; index += 1) {
    state = (state * 1103515245 + 12345) % 2147483648;
    words.push(vocabulary[state % vocabulary.length] ?? '');
  }
  return words.join(' ');
}
