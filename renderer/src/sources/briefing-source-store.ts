import type { BriefingSource } from '../../../electron/common/briefing/source-list';

/** The open briefing's source list, for the views outside React that pick from it (the key-figure cards). */
export class BriefingSourceStore {
  #sources: readonly BriefingSource[] = [];
  #known = false;
  readonly #listeners = new Set<() => void>();

  get sources(): readonly BriefingSource[] {
    return this.#sources;
  }

  /** False until the Sources panel has handed over the briefing's list: until then `sources` is empty, not the list. */
  get known(): boolean {
    return this.#known;
  }

  set(sources: readonly BriefingSource[]): void {
    this.#sources = sources;
    this.#known = true;
    for (const listener of this.#listeners) listener();
  }

  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}

const stores = new WeakMap<object, BriefingSourceStore>();

/** The source list of the briefing open in `editor`; the Sources panel keeps it current. */
export function briefingSourceStore(editor: object): BriefingSourceStore {
  let store = stores.get(editor);
  if (!store) {
    store = new BriefingSourceStore();
    stores.set(editor, store);
  }
  return store;
}
