import dailyBrief from '../../../resources/templates/daily-brief.json';
import flashAlert from '../../../resources/templates/flash-alert.json';
import humanitarianSitrep from '../../../resources/templates/humanitarian-sitrep.json';
import negotiationsTracker from '../../../resources/templates/negotiations-tracker.json';
import situationUpdate from '../../../resources/templates/situation-update.json';
import type { BriefingTemplate } from './briefing-template';
import { briefingTemplateSchema } from './template-schema';

/** The formats Briefdesk ships with, in the order the New briefing screen offers them. */
export const builtInTemplates: readonly BriefingTemplate[] = Object.freeze(
  [situationUpdate, humanitarianSitrep, flashAlert, dailyBrief, negotiationsTracker].map(
    (json) => briefingTemplateSchema.parse({ ...json, builtIn: true }) as BriefingTemplate,
  ),
);

export function findBuiltInTemplate(id: string): BriefingTemplate | undefined {
  return builtInTemplates.find((template) => template.id === id);
}
