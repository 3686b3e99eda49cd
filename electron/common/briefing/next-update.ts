import type { BriefingContent } from '../document/briefing-content';
import { zonedAt } from '../time/zoned-time';
import type { Briefing } from './briefing';
import { type BriefingMetadataInput, briefingMetadataSchema } from './briefing-metadata';

/**
 * "New update from this one": the next report of a series. It keeps the text, sources and corrections
 * log, takes report number +1 and a new "as of" (now, in the briefing's zone), links to the previous
 * report, and starts as an unlocked draft with no embargo, no review threads and no forced exports.
 */
export function nextUpdateFrom(
  previous: Briefing,
  now: Date,
): { templateId: string | null; metadata: BriefingMetadataInput; content: BriefingContent } {
  const {
    review: _review,
    unlocked: _unlocked,
    forcedExports: _forcedExports,
    ...kept
  } = previous.metadata as BriefingMetadataInput & Briefing['metadata'];
  const metadata = briefingMetadataSchema.parse({
    ...kept,
    status: 'draft',
    reportNumber: (previous.metadata.reportNumber ?? 1) + 1,
    asOf: zonedAt(now.getTime(), previous.metadata.timeZone),
    embargoUntil: '',
    previousReportId: previous.id,
  });
  return { templateId: previous.templateId, metadata, content: structuredClone(previous.content) };
}
