import type { ChildProcess } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';

/** A DevTools protocol event, e.g. `Fetch.requestPaused`, with the session it came from. */
export interface CdpEvent {
  method: string;
  params: Record<string, unknown>;
  sessionId?: string;
}

interface PendingCommand {
  method: string;
  resolve: (result: Record<string, unknown>) => void;
  reject: (error: Error) => void;
}

/**
 * The smallest DevTools client: JSON messages separated by NUL bytes over the pipe Chromium opens
 * with `--remote-debugging-pipe` (it reads commands on fd 3 and writes replies and events on fd 4).
 */
export class CdpPipeConnection {
  readonly #input: Writable;
  readonly #pending = new Map<number, PendingCommand>();
  readonly #listeners = new Set<(event: CdpEvent) => void>();
  #nextId = 1;
  #partial: string[] = [];
  #closedBecause: Error | undefined;

  constructor(process: ChildProcess) {
    const input = process.stdio[3] as Writable | null;
    const output = process.stdio[4] as Readable | null;
    if (!input || !output) throw new Error('Chromium was started without its DevTools pipe.');
    this.#input = input;
    input.on('error', (error) => this.#close(error));
    output.setEncoding('utf8');
    output.on('data', (chunk: string) => this.#receive(chunk));
    output.on('close', () => this.#close(new Error('Chromium closed its DevTools pipe.')));
    process.on('exit', (code, signal) => this.#close(new Error(`Chromium exited (${signal ?? `code ${code}`}).`)));
  }

  /** Sends one command and resolves with its result, or rejects with Chromium's error message. */
  send(method: string, params: Record<string, unknown> = {}, sessionId?: string): Promise<Record<string, unknown>> {
    if (this.#closedBecause) return Promise.reject(this.#closedBecause);
    const id = this.#nextId++;
    const message = JSON.stringify(sessionId ? { id, method, params, sessionId } : { id, method, params });
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { method, resolve, reject });
      this.#input.write(`${message}\0`);
    });
  }

  /** Calls `listener` for every event; returns a function that stops listening. */
  onEvent(listener: (event: CdpEvent) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #receive(chunk: string): void {
    // A printed PDF arrives as one message of megabytes in many chunks: only the new chunk is searched for its end.
    let end = chunk.indexOf('\0');
    if (end === -1) {
      this.#partial.push(chunk);
      return;
    }
    let rest = chunk;
    while (end !== -1) {
      this.#partial.push(rest.slice(0, end));
      const text = this.#partial.join('');
      this.#partial = [];
      this.#dispatch(JSON.parse(text) as Record<string, unknown>);
      rest = rest.slice(end + 1);
      end = rest.indexOf('\0');
    }
    if (rest) this.#partial.push(rest);
  }

  #dispatch(message: Record<string, unknown>): void {
    if (typeof message.id === 'number') {
      const pending = this.#pending.get(message.id);
      if (!pending) return;
      this.#pending.delete(message.id);
      const error = message.error as { message?: string } | undefined;
      if (error) pending.reject(new Error(`${pending.method}: ${error.message ?? 'failed'}`));
      else pending.resolve((message.result ?? {}) as Record<string, unknown>);
      return;
    }
    if (typeof message.method === 'string') {
      const event: CdpEvent = {
        method: message.method,
        params: (message.params ?? {}) as Record<string, unknown>,
        ...(typeof message.sessionId === 'string' ? { sessionId: message.sessionId } : {}),
      };
      for (const listener of this.#listeners) listener(event);
    }
  }

  #close(reason: Error): void {
    if (this.#closedBecause) return;
    this.#closedBecause = reason;
    for (const pending of this.#pending.values()) pending.reject(reason);
    this.#pending.clear();
  }
}
