/**
 * Revisions main wrote that only add a record to a briefing's metadata (a forced export, an unlock).
 * An editor opened before such a revision still saves on top of it: its base revision is moved on
 * over them, as if it had been read after them. Kept for the session, as open editors are.
 */
export class RecordRevisions {
  readonly #added = new Map<string, Set<number>>();

  /** Revision `revision` of briefing `id` differs from the one before only by a main-owned record. */
  add(id: string, revision: number): void {
    const added = this.#added.get(id) ?? new Set<number>();
    added.add(revision);
    this.#added.set(id, added);
  }

  /** The revision a save or journal entry typed on `revision` really builds on. */
  rebase(id: string, revision: number): number {
    const added = this.#added.get(id);
    let base = revision;
    while (added?.has(base + 1)) base += 1;
    return base;
  }
}
