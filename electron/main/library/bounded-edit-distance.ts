/** Two rows of the distance table, reused between calls: terms are at most 1,000 characters. */
let previous = new Int32Array(1024);
let current = new Int32Array(1024);

/**
 * The Levenshtein distance between `a` and `b` if it is at most `limit`, else `limit + 1`:
 * rows stop early once every cell exceeds the limit, so far-off words cost little.
 */
export function boundedEditDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  if (b.length + 1 > previous.length) {
    previous = new Int32Array(b.length + 1);
    current = new Int32Array(b.length + 1);
  }
  for (let column = 0; column <= b.length; column += 1) previous[column] = column;
  for (let row = 1; row <= a.length; row += 1) {
    current[0] = row;
    let smallest = row;
    const letter = a.charCodeAt(row - 1);
    for (let column = 1; column <= b.length; column += 1) {
      const cost = letter === b.charCodeAt(column - 1) ? 0 : 1;
      const value = Math.min(
        (previous[column] as number) + 1,
        (current[column - 1] as number) + 1,
        (previous[column - 1] as number) + cost,
      );
      current[column] = value;
      if (value < smallest) smallest = value;
    }
    if (smallest > limit) return limit + 1;
    [previous, current] = [current, previous];
  }
  return Math.min(previous[b.length] as number, limit + 1);
}
