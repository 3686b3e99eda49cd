/**
 * Sorts characters into a few kinds for scanners that run over whole documents (word counts): each UTF-16 code
 * unit's kind is learnt from `kindOf` on first sight and then read from a table, so a scan tests no pattern per
 * character. A surrogate pair is one character, as a pattern's `u` flag reads it.
 */
export class CharacterKinds {
  /** 0 until a code unit's kind is learnt; `kindOf` must answer 1 or more. */
  readonly #byCodeUnit = new Uint8Array(0x10000);

  constructor(private readonly kindOf: (character: string) => number) {}

  /** The kind of the character starting at `index` (a letter outside the first plane is read whole). */
  at(text: string, index: number): number {
    const code = text.charCodeAt(index);
    const known = this.#byCodeUnit[code] ?? 0;
    if (known !== 0) return known;
    if (characterLength(text, index) === 2) return this.kindOf(text.slice(index, index + 2));
    const kind = this.kindOf(String.fromCharCode(code));
    // A high surrogate's kind depends on the unit after it: never kept.
    if (code < 0xd800 || code > 0xdbff) this.#byCodeUnit[code] = kind;
    return kind;
  }
}

/** 2 where a surrogate pair starts at `index`, else 1: the step to the next character. */
export function characterLength(text: string, index: number): 1 | 2 {
  const code = text.charCodeAt(index);
  if (code < 0xd800 || code > 0xdbff) return 1;
  const next = text.charCodeAt(index + 1);
  return next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
}
