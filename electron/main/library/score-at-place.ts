/**
 * The score at `place` (1 = the best) if `scores` were sorted from the highest down, found by
 * selection in linear time instead of sorting: a prefix search can match tens of thousands
 * of briefings when only the first page's worth are sent on.
 */
export function scoreAtPlace(scores: readonly number[], place: number): number {
  const values = Float64Array.from(scores);
  // The place's position counted from the lowest, as in an ascending sort.
  const target = values.length - place;
  let low = 0;
  let high = values.length - 1;
  while (low < high) {
    const pivot = values[(low + high) >>> 1] as number;
    let left = low;
    let right = high;
    while (left <= right) {
      while ((values[left] as number) < pivot) left += 1;
      while ((values[right] as number) > pivot) right -= 1;
      if (left <= right) {
        const swapped = values[left] as number;
        values[left] = values[right] as number;
        values[right] = swapped;
        left += 1;
        right -= 1;
      }
    }
    if (target <= right) high = right;
    else if (target >= left) low = left;
    else break;
  }
  return values[target] as number;
}
