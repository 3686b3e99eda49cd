import type { Briefing } from '../../common/briefing/briefing';
import { briefingPlainText } from '../../common/document/briefing-plain-text';
import type { SearchDocument } from './compact-search-engine';

/**
 * A search document whose body is still the JSON text the body was parsed from (`bodyJson`): its plain text is
 * derived where it is indexed, in the search worker, instead of on main's thread before it is sent.
 */
export type SearchDocumentOfJson = Omit<SearchDocument, 'body'> & { bodyJson: string };

/** A briefing's body as the search index is given it: its plain text, or the JSON text it was parsed from. */
export type SearchBody = { plainText: string } | { json: string };

/** What of a briefing is searched but its body: its title and metadata. */
function searchedFields(briefing: Briefing): Omit<SearchDocument, 'body'> {
  const { metadata } = briefing;
  return {
    id: briefing.id,
    title: metadata.title,
    datelinePlace: metadata.datelinePlace,
    desk: metadata.desk,
    tags: metadata.tags.join(' '),
    authors: metadata.authors.join(' '),
  };
}

/** What of a briefing is searched: its title, metadata and the plain text of its body (`body`, when already derived). */
export function searchDocument(briefing: Briefing, body = briefingPlainText(briefing.content)): SearchDocument {
  return { ...searchedFields(briefing), body };
}

/** The document to send for indexing: with `body`'s JSON text as it is, or its plain text (derived here if not given). */
export function searchDocumentToSend(briefing: Briefing, body?: SearchBody): SearchDocument | SearchDocumentOfJson {
  if (body && 'json' in body) return { ...searchedFields(briefing), bodyJson: body.json };
  return searchDocument(briefing, body?.plainText);
}

/** The document to index, its body's plain text read from its JSON text if it was sent so. */
export function readSearchDocument(document: SearchDocument | SearchDocumentOfJson): SearchDocument {
  if (!('bodyJson' in document)) return document;
  const { bodyJson, ...fields } = document;
  return { ...fields, body: briefingPlainText(JSON.parse(bodyJson)) };
}
