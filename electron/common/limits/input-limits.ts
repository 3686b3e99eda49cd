/**
 * The one set of limits on what Briefdesk takes in. Import, paste, the document
 * check and IPC enforce these same numbers, and a refusal is one sentence naming
 * the limit. They are sized from the largest briefing we plan for (about 25,000
 * words: ~200 KB of text, ~1 MB of JSON) with a wide margin, and so that an
 * import stays inside the import worker's memory limit (`importWorkerHeapMegabytes`).
 */
export const inputLimits = {
  /** Bytes of a file, or characters of text, handed to the importer before any clean-up (a saved article page, scripts and all). */
  importBytes: 8 * 1024 * 1024,
  /** Characters of page HTML after sanitising, or of plain text, that the importer builds a document from. */
  importCharacters: 2_000_000,
  /** Levels of elements in a page that the importer walks. */
  pageDepth: 256,
  /** Levels of nodes in a briefing body, from the doc down to the text: quotes and lists inside each other. */
  nodeDepth: 48,
  /** colspan and rowspan of one table cell. */
  tableSpan: 50,
  /** Pictures in one briefing (the large briefing has 20). */
  figures: 300,
  /** Characters in one IPC request, counted over all its strings: the largest import text, with room for its options. */
  requestCharacters: 9_000_000,
  /** Items in one array, or fields in one object, of an IPC request. */
  requestItems: 100_000,
} as const;

/** Levels of JSON in an IPC request: two per node level (the node and its content array) plus the request's own. */
export const requestDepth = inputLimits.nodeDepth * 2 + 16;

/** Memory the import worker may use before it is stopped (the figures above keep an import well under it). */
export const importWorkerHeapMegabytes = 1024;

/** Time an import may take before it is stopped. */
export const importWorkerTimeoutMilliseconds = 60_000;

function megabytes(bytes: number): string {
  return `${Math.round(bytes / 1024 / 1024)} MB`;
}

const thousands = (count: number) => count.toLocaleString('en-US');

/** The sentence a user reads when an input passes a limit. */
export const limitMessages = {
  importBytes: `The text is larger than ${megabytes(inputLimits.importBytes)}, more than any briefing; split it or import the part you need.`,
  importCharacters: `The text holds more than ${thousands(inputLimits.importCharacters)} characters once cleaned, more than any briefing; split it or import the part you need.`,
  pageDepth: `The page nests its elements more than ${inputLimits.pageDepth} levels deep, which no article does; save the article's own text and import that.`,
  nodeDepth: `The text nests quotes, lists or tables more than ${inputLimits.nodeDepth} levels deep, more than a briefing can hold; flatten it and try again.`,
  tableSpan: `A table cell spans more than ${inputLimits.tableSpan} rows or columns, more than a briefing table can hold; split the cell and try again.`,
  figures: `The text has more than ${inputLimits.figures} pictures, more than a briefing can hold; import it in parts.`,
  requestCharacters: `The request holds more than ${thousands(inputLimits.requestCharacters)} characters, more than the largest briefing; shorten the text and try again.`,
  requestItems: `The request holds a list of more than ${thousands(inputLimits.requestItems)} items, more than any briefing needs.`,
  requestDepth: `The request nests its data more than ${requestDepth} levels deep, more than any briefing needs.`,
} as const;

export type InputLimit = keyof typeof limitMessages;

/** Thrown where an input passes a limit; `message` is the sentence for the user. */
export class InputLimitError extends Error {
  override readonly name = 'InputLimitError';
  readonly limit: InputLimit;

  constructor(limit: InputLimit) {
    super(limitMessages[limit]);
    this.limit = limit;
  }
}
