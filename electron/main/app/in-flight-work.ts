/** Work that was started and has not finished yet (IPC calls being handled); closing waits for all of it. */
export class InFlightWork {
  readonly #running = new Set<Promise<unknown>>();

  /** Follows `work` until it settles; returns it unchanged. */
  track<T>(work: Promise<T>): Promise<T> {
    this.#running.add(work);
    const forget = () => this.#running.delete(work);
    work.then(forget, forget);
    return work;
  }

  get size(): number {
    return this.#running.size;
  }

  /** Resolves once nothing is running, including work started while waiting; never rejects. */
  async settled(): Promise<void> {
    while (this.#running.size > 0) await Promise.allSettled([...this.#running]);
  }
}
