import { type Briefing, type BriefingSummary, briefingContentSchema } from '../../common/briefing/briefing';
import { briefingPlainText } from '../../common/document/briefing-plain-text';
import { contentJsonTextCheckedBy } from '../../common/document/content-json-text';
import { admitBriefing, admitBriefingOfCheckedContent } from './admit-briefing';
import { type BriefingFileText, wholeFileText } from './briefing-file-text';
import { briefingFilePieces } from './briefing-files';
import type { SearchBody } from './search-document';
import { summarizeBriefing } from './summarize-briefing';

/** A briefing checked and made ready to write: everything a save derives from its content. */
export interface PreparedBriefing {
  /** The admitted briefing but its content, which the check leaves as it was given. */
  fields: Omit<Briefing, 'content'>;
  /**
   * The file's text, as `serializeBriefing` writes it: whole from a worker, or as the pieces it is joined from
   * (`briefingFilePieces`) from a preparer on the store's own thread, which the write encodes one by one.
   */
  text: BriefingFileText;
  /**
   * The library row and the body's plain text, as the library's search indexes it: made with the rest by a worker,
   * so that main derives nothing. A preparer on the store's own thread leaves them out, and the store derives them
   * while the file is synced to disk (`deriveLeftOut`).
   */
  derived?: { summary: BriefingSummary; searchText: string };
}

/** Where a store prepares what it writes: here, or in a worker thread (the app's document worker). */
export type BriefingPreparer = (candidate: Briefing) => Promise<PreparedBriefing>;

/**
 * Checks a briefing with `admitBriefing` (throwing its sentence for the user) and derives its file text, library row
 * and search text: a worker's whole preparation.
 */
export function prepareBriefing(candidate: unknown): PreparedBriefing {
  return withDerived(fileOf(admitBriefing(candidate)));
}

/**
 * `prepareBriefing` of a briefing sent as its fields and its body's JSON text, a text that has passed
 * `briefingContentSchema` already (`contentJsonTextCheckedBy`): the gate checks the other fields only.
 */
export function prepareBriefingOfCheckedText(fields: unknown, checkedContentJson: string): PreparedBriefing {
  return withDerived(fileOfCheckedBody(fields, JSON.parse(checkedContentJson), checkedContentJson));
}

/** The admitted briefing and its file text for a body already parsed from `checkedContentJson`: only the other fields are checked. */
function fileOfCheckedBody(
  fields: unknown,
  checkedContent: Briefing['content'],
  checkedContentJson: string,
): { briefing: Briefing; prepared: PreparedBriefing } {
  return fileOf(admitBriefingOfCheckedContent(fields, checkedContent), checkedContentJson);
}

/** The admitted briefing and all a write needs before the disk: its file text; `bodyText`, the JSON text its body was parsed from, if known. */
function fileOf(briefing: Briefing, bodyText?: string): { briefing: Briefing; prepared: PreparedBriefing } {
  const { content: _content, ...fields } = briefing;
  return { briefing, prepared: { fields, text: briefingFilePieces(briefing, bodyText) } };
}

/** The library row and search text of an admitted briefing. */
export function deriveFromBriefing(briefing: Briefing): NonNullable<PreparedBriefing['derived']> {
  return { summary: summarizeBriefing(briefing), searchText: briefingPlainText(briefing.content) };
}

/**
 * The library row and the search index's body of a briefing whose preparer left them out, derived on the store's
 * thread; but given the text of the file it is written to (`fileText`), the search worker reads the body's plain
 * text from that text, off main's thread.
 */
export function deriveLeftOut(
  briefing: Briefing,
  fileText?: BriefingFileText,
): { summary: BriefingSummary; searchBody: SearchBody } {
  return {
    summary: summarizeBriefing(briefing),
    searchBody: fileText === undefined ? { plainText: briefingPlainText(briefing.content) } : { fileText },
  };
}

/** A worker's whole preparation: the file's text in one string (to cross to main as one), the row and search text. */
function withDerived({ briefing, prepared }: { briefing: Briefing; prepared: PreparedBriefing }): PreparedBriefing {
  return { ...prepared, text: wholeFileText(prepared.text), derived: deriveFromBriefing(briefing) };
}

/** Prepares on the calling thread: checks and makes the file text, leaving the row and search text to the store. */
export const prepareBriefingHere: BriefingPreparer = async (candidate) => fileOf(admitBriefing(candidate)).prepared;

/**
 * Prepares on the calling thread a candidate whose body IPC has checked as JSON text (`contentJsonTextCheckedBy`)
 * of at most `mostCharacters`, and any other through `elsewhere`. Such a body's values are in hand and checked, so
 * what is left (the other fields' check, the file text, the row, the search text) costs less here than a round trip
 * to a worker; a body sent as values, checked by anything else, or longer, goes to `elsewhere` whole. The row and
 * search text are left to the store, which derives them while the file is synced.
 */
export function preparingCheckedBodiesHere(elsewhere: BriefingPreparer, mostCharacters: number): BriefingPreparer {
  return async (candidate) => {
    const checkedText = contentJsonTextCheckedBy(candidate.content, briefingContentSchema);
    if (checkedText === undefined || checkedText.length > mostCharacters) return elsewhere(candidate);
    const { content, ...fields } = candidate;
    return fileOfCheckedBody(fields, content, checkedText).prepared;
  };
}
