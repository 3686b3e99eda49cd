import type { Briefing } from '../../common/briefing/briefing';
import { briefingPlainText } from '../../common/document/briefing-plain-text';
import type { SearchDocument } from './compact-search-engine';

/** What of a briefing is searched: its title, metadata and the plain text of its body (`body`, when already derived). */
export function searchDocument(briefing: Briefing, body = briefingPlainText(briefing.content)): SearchDocument {
  const { metadata } = briefing;
  return {
    id: briefing.id,
    title: metadata.title,
    datelinePlace: metadata.datelinePlace,
    desk: metadata.desk,
    tags: metadata.tags.join(' '),
    authors: metadata.authors.join(' '),
    body,
  };
}
