import type { BriefingSource } from '../../common/briefing/source-list';
import type { CitedSource } from '../../common/document/briefing-node-definition';

/**
 * Numbers one briefing's sources for an export: in the order the text first cites them, then the sources
 * never cited, in list order, so every entry of the printed list has a number.
 */
export class CitationRegister {
  readonly #sources: ReadonlyMap<string, BriefingSource>;
  readonly #numbers = new Map<string, number>();
  readonly #anchorPrefix: string;

  /** `anchorPrefix` keeps the entries' ids unique when several briefings share one file. */
  constructor(sources: readonly BriefingSource[], anchorPrefix: string) {
    this.#sources = new Map(sources.map((source) => [source.id, source]));
    this.#anchorPrefix = anchorPrefix;
  }

  cite(sourceIds: readonly string[]): CitedSource[] {
    const cited: CitedSource[] = [];
    for (const id of sourceIds) {
      const source = this.#sources.get(id);
      if (!source) continue;
      let number = this.#numbers.get(id);
      if (number === undefined) {
        number = this.#numbers.size + 1;
        this.#numbers.set(id, number);
      }
      cited.push({ number, anchor: this.anchorOf(number), name: source.name });
    }
    return cited;
  }

  /** The `id` of a numbered entry in the printed list. */
  anchorOf(number: number): string {
    return `${this.#anchorPrefix}source-${number}`;
  }

  /** Every source with its number: cited ones first, in citation order, then the rest. */
  numberedSources(): { number: number; source: BriefingSource }[] {
    for (const id of this.#sources.keys()) this.cite([id]);
    return [...this.#numbers].map(([id, number]) => ({ number, source: this.#sources.get(id) as BriefingSource }));
  }
}
