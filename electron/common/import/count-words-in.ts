const unknown = 0;
const whiteSpace = 1;
const letterOrDigit = 2;
const otherCharacter = 3;

/** Each UTF-16 code unit's kind (white space, letter or digit, other), learnt on first sight; 0 until then. */
const codeUnitKinds = new Uint8Array(0x10000);

function kindOf(character: string): number {
  if (/^\s$/u.test(character)) return whiteSpace;
  return /^[\p{L}\p{N}]$/u.test(character) ? letterOrDigit : otherCharacter;
}

/**
 * Runs of non-space characters holding a letter or digit: the number of matches of
 * `/(?:^|\s)[^\s\p{L}\p{N}]*[\p{L}\p{N}]/gu`, counted in one pass without building them.
 */
export function countWordsIn(text: string): number {
  let count = 0;
  let afterSpace = true;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    let kind = codeUnitKinds[code] ?? unknown;
    const next = code >= 0xd800 && code <= 0xdbff ? text.charCodeAt(index + 1) : Number.NaN;
    if (next >= 0xdc00 && next <= 0xdfff) {
      // A surrogate pair is one character, as the pattern's `u` flag reads it: a letter outside the first plane.
      kind = kindOf(text.slice(index, index + 2));
      index += 1;
    } else if (kind === unknown) {
      kind = kindOf(String.fromCharCode(code));
      codeUnitKinds[code] = kind;
    }
    if (kind === whiteSpace) afterSpace = true;
    else if (kind === letterOrDigit) {
      if (afterSpace) count += 1;
      afterSpace = false;
    }
  }
  return count;
}
