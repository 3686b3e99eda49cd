/** A stored file exists but cannot be understood: bad JSON, or data the schema refuses. */
export class CorruptFileError extends Error {
  readonly filePath: string;

  constructor(filePath: string, reason: string, options?: { cause?: unknown }) {
    super(`${filePath} is damaged: ${reason}`, options);
    this.name = 'CorruptFileError';
    this.filePath = filePath;
  }
}
