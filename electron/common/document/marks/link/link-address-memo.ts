/**
 * The answers already given for link addresses, kept up to a number of characters of addresses in all: an import
 * judges each of its links three times (the clean tree, the link's parse rule, the content gate), a `URL` parse
 * each time. The answer for an address is always the judge's; the memo only spares asking twice.
 */
export class LinkAddressMemo {
  readonly #answers = new Map<string, string | null>();
  #characters = 0;

  constructor(readonly characterLimit: number) {}

  /** The judge's answer for the candidate, remembered; everything is forgotten when the limit would be passed. */
  answer(candidate: string, judge: (candidate: string) => string | null): string | null {
    const known = this.#answers.get(candidate);
    if (known !== undefined) return known;
    const answer = judge(candidate);
    if (this.#characters + candidate.length > this.characterLimit) {
      this.#answers.clear();
      this.#characters = 0;
    }
    this.#answers.set(candidate, answer);
    this.#characters += candidate.length;
    return answer;
  }

  /** How many addresses are remembered. */
  get size(): number {
    return this.#answers.size;
  }
}
