import type { JSONContent } from '@tiptap/core';
import { type BriefingMetadata, briefingMetadataSchema } from '../briefing/briefing-metadata';
import type { BriefingContent } from '../document/briefing-content';
import { nodeDefinition } from '../document/briefing-nodes';
import type { Settings } from '../settings';
import type { BriefingTemplate, TemplateVariable } from './briefing-template';
import { describeMoment } from './template-clock';
import {
  emptyVariableReport,
  fillTemplateText,
  type TemplateVariableValues,
  type VariableReport,
} from './template-variables';

/** The settings a new briefing takes its defaults from. */
export type TemplateSettings = Pick<
  Settings,
  'authorName' | 'defaultDateline' | 'defaultClassification' | 'customClassificationLabel'
> &
  Partial<Pick<Settings, 'defaultTimeZone' | 'defaultLanguage'>>;

export interface InstantiateOptions {
  settings: TemplateSettings;
  now: Date;
  /** The computer's IANA time zone, used when the settings name no default zone; a template that names its own zone keeps it. */
  systemTimeZone: string;
  /** This briefing's number when the template is numbered, else null. */
  reportNumber: number | null;
  /** The author's title; the template's own title (variables filled) when empty. */
  title?: string;
}

export interface InstantiatedTemplate {
  metadata: BriefingMetadata;
  content: BriefingContent;
  /** `{{…}}` names Briefdesk does not know, left visible in the briefing. */
  unknownVariables: string[];
  /** Known variables without a value (e.g. no author name in the settings), filled with nothing. */
  unsetVariables: TemplateVariable[];
}

/** A template whose metadata cannot become a briefing's, e.g. `eventDate: "soon"`. */
export class TemplateInstantiationError extends Error {
  override readonly name = 'TemplateInstantiationError';
}

const dateFields = ['eventDate', 'periodStart', 'periodEnd'] as const;
const dateTimeFields = ['asOf', 'nextUpdate', 'embargoUntil'] as const;
const textFields = ['title', 'datelinePlace', 'desk'] as const;
/** How a date-time field asks for the moment of creation. */
export const creationMomentValue = '{{date}}T{{time}}';

function fillContent(node: JSONContent, values: TemplateVariableValues, report: VariableReport): JSONContent {
  const filled: JSONContent = { ...node };
  if (typeof node.text === 'string') filled.text = fillTemplateText(node.text, values, report);
  const variableAttributes = nodeDefinition(node.type)?.template.variableAttributes ?? [];
  if (node.attrs && variableAttributes.length > 0) {
    filled.attrs = Object.fromEntries(
      Object.entries(node.attrs).map(([key, value]) => [
        key,
        typeof value === 'string' && variableAttributes.includes(key) ? fillTemplateText(value, values, report) : value,
      ]),
    );
  }
  if (node.content) {
    filled.content = node.content
      .map((child) => fillContent(child, values, report))
      .filter((child) => child.type !== 'text' || (child.text ?? '') !== '');
  }
  return filled;
}

function fillMetadata(
  template: BriefingTemplate,
  options: InstantiateOptions,
  textValues: TemplateVariableValues,
  machineValues: TemplateVariableValues,
  isoDateTime: string,
  timeZone: string,
  report: VariableReport,
): BriefingMetadata {
  const source = template.metadata;
  const metadata: Record<string, unknown> = {
    ...source,
    timeZone,
    status: 'draft',
    reportNumber: options.reportNumber,
    // A template written in a language keeps it; the built-in ones take the author's.
    language: source.language || options.settings.defaultLanguage || 'en',
  };
  for (const field of textFields) {
    const value = source[field];
    if (typeof value === 'string') metadata[field] = fillTemplateText(value, textValues, report);
  }
  for (const field of ['authors', 'tags'] as const) {
    const list = source[field] ?? [];
    metadata[field] = list.map((entry) => fillTemplateText(entry, textValues, report)).filter((entry) => entry !== '');
  }
  for (const field of [...dateFields, 'eventTime' as const, ...dateTimeFields]) {
    const value = source[field];
    if (typeof value !== 'string') continue;
    metadata[field] =
      value === creationMomentValue && (dateTimeFields as readonly string[]).includes(field)
        ? isoDateTime
        : fillTemplateText(value, machineValues, report);
  }
  metadata.classification = source.classification ?? {
    level: options.settings.defaultClassification,
    customLabel: options.settings.defaultClassification === 'custom' ? options.settings.customClassificationLabel : '',
  };
  const title = options.title?.trim();
  if (title) metadata.title = title;
  const parsed = briefingMetadataSchema.safeParse(metadata);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new TemplateInstantiationError(
      `The template “${template.name}” has metadata that does not fit a briefing: ${issue?.message ?? 'unknown problem'}`,
    );
  }
  return parsed.data;
}

/**
 * Makes a new briefing's metadata and body from a template: variables are filled
 * from the settings, the clock and the report number; nothing is evaluated.
 */
export function instantiateTemplate(template: BriefingTemplate, options: InstantiateOptions): InstantiatedTemplate {
  const timeZone = template.metadata.timeZone || options.settings.defaultTimeZone || options.systemTimeZone;
  const moment = describeMoment(options.now, timeZone);
  const common = {
    dateline: options.settings.defaultDateline,
    author: options.settings.authorName,
    reportNumber: options.reportNumber === null ? '' : String(options.reportNumber),
  };
  const textValues: TemplateVariableValues = { ...common, date: moment.dateText, time: moment.timeText };
  const machineValues: TemplateVariableValues = { ...common, date: moment.isoDate, time: moment.isoTime };
  const report = emptyVariableReport();
  const metadata = fillMetadata(template, options, textValues, machineValues, moment.isoDateTime, timeZone, report);
  const content = fillContent(template.content, textValues, report) as BriefingContent;
  return { metadata, content, unknownVariables: [...report.unknown], unsetVariables: [...report.unset] };
}
