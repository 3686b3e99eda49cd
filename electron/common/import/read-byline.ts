/** Longer lines are prose, not a byline; also bounds the work done on one line. */
export const maximumBylineLength = 300;

const bylineLead = /^[Bb]y\s+/u;
const nameWord = /\p{Lu}[\p{L}.'’-]*/uy;
const wordGap = /\s+/uy;
const nameSeparator = /\s*(?:,|and|&)\s*/uy;
/** After the names: nothing, a short place or role after a separator, or the date and time ("Nov. 19, 2019 8:03 am ET"). */
const bylineTail =
  /\s*(?:[,|·–—-].{0,60}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d.{0,50}|\d{1,2}\s+\p{L}{3,9}\.?\s+\d.{0,50})?$/iuy;

/** Where a sticky pattern that matches at `at` ends, or undefined. */
function endOfMatch(pattern: RegExp, text: string, at: number): number | undefined {
  pattern.lastIndex = at;
  return pattern.exec(text) ? pattern.lastIndex : undefined;
}

/**
 * The names in a byline ("By Anna Kovalenko and John Smith, Kyiv"): up to four
 * names of up to four capitalised words, joined by commas, "and" or "&",
 * optionally followed by a short place or role. Reads each word once, so the time
 * is linear in the line, however the line is built.
 */
export function readBylineNames(line: string): string | undefined {
  if (line.length > maximumBylineLength) return undefined;
  const lead = bylineLead.exec(line);
  if (!lead) return undefined;
  const start = lead[0].length;
  let position = start;
  const nameEnds: number[] = [];
  for (let name = 0; name < 4; name += 1) {
    if (name > 0) {
      const afterSeparator = endOfMatch(nameSeparator, line, position);
      if (afterSeparator === undefined || endOfMatch(nameWord, line, afterSeparator) === undefined) break;
      position = afterSeparator;
    }
    const firstWordEnd = endOfMatch(nameWord, line, position);
    if (firstWordEnd === undefined) break;
    position = firstWordEnd;
    nameEnds.push(position);
    for (let word = 1; word < 4; word += 1) {
      const afterGap = endOfMatch(wordGap, line, position);
      const wordEnd = afterGap === undefined ? undefined : endOfMatch(nameWord, line, afterGap);
      if (wordEnd === undefined) break;
      position = wordEnd;
      nameEnds.push(position);
    }
  }
  // The longest run of names that leaves an acceptable tail, as a greedy pattern would choose.
  for (const end of nameEnds.reverse()) {
    if (endOfMatch(bylineTail, line, end) === line.length) return line.slice(start, end);
  }
  return undefined;
}
