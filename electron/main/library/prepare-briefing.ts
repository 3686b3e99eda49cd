import { type Briefing, type BriefingSummary, briefingContentSchema } from '../../common/briefing/briefing';
import { briefingPlainText } from '../../common/document/briefing-plain-text';
import { contentJsonTextCheckedBy } from '../../common/document/content-json-text';
import { admitBriefing, admitBriefingOfCheckedContent } from './admit-briefing';
import { serializeBriefing, serializeBriefingWithBodyText } from './briefing-files';
import { summarizeBriefing } from './summarize-briefing';

/** A briefing checked and made ready to write: everything a save derives from its content. */
export interface PreparedBriefing {
  /** The admitted briefing but its content, which the check leaves as it was given. */
  fields: Omit<Briefing, 'content'>;
  /** The file's text, as `serializeBriefing` writes it. */
  text: string;
  summary: BriefingSummary;
  /** The body's plain text, as the library's search indexes it. */
  searchText: string;
}

/** Where a store prepares what it writes: here, or in a worker thread (the app's document worker). */
export type BriefingPreparer = (candidate: Briefing) => Promise<PreparedBriefing>;

/** Checks a briefing with `admitBriefing` (throwing its sentence for the user) and derives its file text and library row. */
export function prepareBriefing(candidate: unknown): PreparedBriefing {
  return preparedFrom(admitBriefing(candidate));
}

/**
 * `prepareBriefing` of a briefing sent as its fields and its body's JSON text, a text that has passed
 * `briefingContentSchema` already (`contentJsonTextCheckedBy`): the gate checks the other fields only.
 */
export function prepareBriefingOfCheckedText(fields: unknown, checkedContentJson: string): PreparedBriefing {
  return preparedFromCheckedBody(fields, JSON.parse(checkedContentJson), checkedContentJson);
}

/** The same for a body already parsed from `checkedContentJson`: only the other fields are checked. */
function preparedFromCheckedBody(
  fields: unknown,
  checkedContent: Briefing['content'],
  checkedContentJson: string,
): PreparedBriefing {
  return preparedFrom(admitBriefingOfCheckedContent(fields, checkedContent), checkedContentJson);
}

/** What a save derives from the admitted briefing; `bodyText`, the JSON text its body was parsed from, if known. */
function preparedFrom(briefing: Briefing, bodyText?: string): PreparedBriefing {
  const { content: _content, ...fields } = briefing;
  return {
    fields,
    text: bodyText === undefined ? serializeBriefing(briefing) : serializeBriefingWithBodyText(briefing, bodyText),
    summary: summarizeBriefing(briefing),
    searchText: briefingPlainText(briefing.content),
  };
}

/** Prepares on the calling thread. */
export const prepareBriefingHere: BriefingPreparer = async (candidate) => prepareBriefing(candidate);

/**
 * Prepares on the calling thread a candidate whose body IPC has checked as JSON text (`contentJsonTextCheckedBy`)
 * of at most `mostCharacters`, and any other through `elsewhere`. Such a body's values are in hand and checked, so
 * what is left (the other fields' check, the file text, the row, the search text) costs less here than a round trip
 * to a worker; a body sent as values, checked by anything else, or longer, goes to `elsewhere` whole.
 */
export function preparingCheckedBodiesHere(elsewhere: BriefingPreparer, mostCharacters: number): BriefingPreparer {
  return async (candidate) => {
    const checkedText = contentJsonTextCheckedBy(candidate.content, briefingContentSchema);
    if (checkedText === undefined || checkedText.length > mostCharacters) return elsewhere(candidate);
    const { content, ...fields } = candidate;
    return preparedFromCheckedBody(fields, content, checkedText);
  };
}
