import type { Briefing, BriefingSummary } from '../../common/briefing/briefing';
import { countWords } from '../../common/document/count-words';

/** The library row for a briefing. */
export function summarizeBriefing(briefing: Briefing): BriefingSummary {
  const { metadata } = briefing;
  return {
    id: briefing.id,
    title: metadata.title,
    status: metadata.status,
    desk: metadata.desk,
    tags: metadata.tags,
    authors: metadata.authors,
    datelinePlace: metadata.datelinePlace,
    createdAt: briefing.createdAt,
    updatedAt: briefing.updatedAt,
    wordCount: countWords(briefing.content),
    revision: briefing.revision,
  };
}
