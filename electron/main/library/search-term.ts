/**
 * How words are reduced for search, both when indexing and when querying:
 * lower case, no possessive, no plural "s" — so "drones" finds "drone" and "Kharkiv's".
 */
export function searchTerm(word: string): string {
  const lower = word.toLocaleLowerCase().replace(/['’]s$/, '');
  return lower.length > 3 && lower.endsWith('s') && !lower.endsWith('ss') ? lower.slice(0, -1) : lower;
}
