import type { Briefing } from '../briefing/briefing';
import type { BriefingMetadataInput } from '../briefing/briefing-metadata';
import type { BriefingTemplate } from './briefing-template';
import { creationMomentValue } from './instantiate-template';
import { toStructureOnly } from './structure-only';

export interface TemplateFromBriefingOptions {
  id: string;
  name: string;
  description: string;
  structureOnly: boolean;
  titleGuidance?: string;
}

/**
 * Turns a briefing into a user template. Times become "the moment of creation",
 * the author becomes whoever creates the next one, and a report number continues from this one.
 */
export function templateFromBriefing(
  briefing: Pick<Briefing, 'metadata' | 'content'>,
  options: TemplateFromBriefingOptions,
): BriefingTemplate {
  const source = briefing.metadata;
  const metadata: BriefingMetadataInput = {
    title: options.structureOnly ? '' : source.title,
    datelinePlace: source.datelinePlace || '{{dateline}}',
    timeZone: source.timeZone,
    authors: ['{{author}}'],
    desk: source.desk,
    tags: source.tags,
    classification: source.classification,
    eventDate: source.eventDate ? '{{date}}' : '',
    eventTime: source.eventTime ? '{{time}}' : '',
    asOf: source.asOf ? creationMomentValue : '',
    periodEnd: source.periodEnd ? '{{date}}' : '',
    reportNumber: source.reportNumber === null ? null : Math.min(source.reportNumber + 1, 1_000_000),
  };
  return {
    id: options.id,
    name: options.name,
    description: options.description,
    builtIn: false,
    metadata,
    content: options.structureOnly ? toStructureOnly(briefing.content) : briefing.content,
    ...(options.titleGuidance ? { titleGuidance: options.titleGuidance } : {}),
  };
}
