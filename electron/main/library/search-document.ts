import type { Briefing } from '../../common/briefing/briefing';
import { briefingPlainText } from '../../common/document/briefing-plain-text';
import { type BriefingFileText, wholeFileText } from './briefing-file-text';
import type { SearchDocument } from './compact-search-engine';

/**
 * A search document whose body is still in the text of the briefing's file (`fileText`): its plain text is derived
 * where it is indexed, in the search worker, instead of on main's thread before it is sent.
 */
export type SearchDocumentOfFile = Omit<SearchDocument, 'body'> & { fileText: BriefingFileText };

/** A briefing's body as the search index is given it: its plain text, or the text of the file it was written to. */
export type SearchBody = { plainText: string } | { fileText: BriefingFileText };

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

/** The document to send for indexing: with the briefing's file text as it is, or its plain text (derived here if not given). */
export function searchDocumentToSend(briefing: Briefing, body?: SearchBody): SearchDocument | SearchDocumentOfFile {
  if (body && 'fileText' in body) return { ...searchedFields(briefing), fileText: body.fileText };
  return searchDocument(briefing, body?.plainText);
}

/** The document to index, its body's plain text read from the briefing's file text if it was sent so. */
export function readSearchDocument(document: SearchDocument | SearchDocumentOfFile): SearchDocument {
  if (!('fileText' in document)) return document;
  const { fileText, ...fields } = document;
  const briefing = JSON.parse(wholeFileText(fileText)) as Briefing;
  return { ...fields, body: briefingPlainText(briefing.content) };
}
