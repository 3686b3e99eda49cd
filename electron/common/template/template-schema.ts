import { z } from 'zod';
import { keyFigureTimesToZoned } from '../briefing/briefing-times-migration';
import { checkBriefingContent } from '../document/briefing-content';
import { isKnownTimeZone } from '../time/zoned-time';
import type { BriefingTemplate, SectionDefinition } from './briefing-template';
import { instantiateTemplate, TemplateInstantiationError } from './instantiate-template';

/** Built-in ids are slugs such as `flash-alert`; user templates are `user-<uuid>`. */
export const templateIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/, 'That is not a template id.');

const jsonObject = z.record(z.string(), z.unknown());

/** The shape of a template file; `checkTemplate` then proves it makes a valid briefing. */
export const briefingTemplateSchema = z.strictObject({
  id: templateIdSchema,
  name: z.string().trim().min(1).max(80),
  description: z.string().max(400),
  builtIn: z.boolean(),
  titleGuidance: z.string().max(300).optional(),
  metadata: jsonObject,
  content: jsonObject.refine((value) => value.type === 'doc', 'The template body must be a doc.'),
});

export const sectionDefinitionSchema = z.strictObject({
  kind: z.string().regex(/^[a-z][a-z0-9-]{0,47}$/),
  title: z.string().max(200),
  label: z.string().max(80).optional(),
  guidance: z.string().max(500),
  content: z.array(jsonObject),
});

const sampleOptions = {
  settings: {
    authorName: 'Sample Author',
    defaultDateline: 'SAMPLE',
    defaultClassification: 'internal',
    customClassificationLabel: '',
  },
  now: new Date('2026-01-15T09:30:00Z'),
  systemTimeZone: 'UTC',
  reportNumber: 1,
} as const;

/**
 * Proves a template makes a valid briefing by creating one from it with sample
 * settings: its metadata must fit and its body must pass `checkBriefingContent`.
 */
export function checkTemplate(template: BriefingTemplate): { ok: true } | { ok: false; message: string } {
  try {
    const { content } = instantiateTemplate(template, sampleOptions);
    const check = checkBriefingContent(content);
    return check.ok ? { ok: true } : { ok: false, message: check.message };
  } catch (error) {
    if (error instanceof TemplateInstantiationError) return { ok: false, message: error.message };
    throw error;
  }
}

/** Parses a template read from a file or bundled JSON; throws when it does not fit. */
export function parseBriefingTemplate(json: unknown): BriefingTemplate {
  const parsed = briefingTemplateSchema.parse(json) as BriefingTemplate;
  // Templates saved before times carried their zone: their key figures' "as of" become instants too.
  const zone = parsed.metadata.timeZone && isKnownTimeZone(parsed.metadata.timeZone) ? parsed.metadata.timeZone : 'UTC';
  const template = { ...parsed, content: keyFigureTimesToZoned(parsed.content, zone) };
  const check = checkTemplate(template);
  if (!check.ok) throw new Error(check.message);
  return template;
}

export function parseSectionDefinition(json: unknown): SectionDefinition {
  return sectionDefinitionSchema.parse(json) as SectionDefinition;
}
