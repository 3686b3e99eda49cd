import type { JSONContent } from '@tiptap/core';
import { nodeDefinition } from '../document/briefing-nodes';
import type { BriefingTemplate, TemplateSummary } from './briefing-template';
import { creationMomentValue } from './instantiate-template';
import { sectionLibrary } from './section-library';
import { findTemplateVariables, isTemplateVariable } from './template-variables';

function collectContentStrings(node: JSONContent, strings: string[]): void {
  if (typeof node.text === 'string') strings.push(node.text);
  for (const name of nodeDefinition(node.type)?.template.variableAttributes ?? []) {
    const value = node.attrs?.[name];
    if (typeof value === 'string') strings.push(value);
  }
  for (const child of node.content ?? []) collectContentStrings(child, strings);
}

/** Every text of a template that variables are filled in: body text, key figures and metadata. */
export function templateStrings(template: BriefingTemplate): string[] {
  const strings: string[] = [];
  collectContentStrings(template.content, strings);
  for (const value of Object.values(template.metadata)) {
    if (typeof value === 'string' && value !== creationMomentValue) strings.push(value);
    if (Array.isArray(value)) strings.push(...value.filter((entry): entry is string => typeof entry === 'string'));
  }
  return strings;
}

/** A numbered template gives each new briefing the next report number. */
export function isNumberedTemplate(template: BriefingTemplate): boolean {
  const { reportNumber } = template.metadata;
  if (reportNumber !== undefined && reportNumber !== null) return true;
  return templateStrings(template).some((text) => /\{\{\s*reportNumber\s*\}\}/.test(text));
}

/** The first report number of a numbered template. */
export function firstReportNumber(template: BriefingTemplate): number {
  return template.metadata.reportNumber ?? 1;
}

/** `{{…}}` names the template uses that Briefdesk does not fill, each once. */
export function unknownTemplateVariables(template: BriefingTemplate): string[] {
  const unknown = new Set<string>();
  for (const text of templateStrings(template)) {
    for (const written of findTemplateVariables(text)) {
      if (!isTemplateVariable(written.slice(2, -2).trim())) unknown.add(written);
    }
  }
  return [...unknown];
}

/** The library's name for a section kind, e.g. "Brief item", for sections whose heading the author writes. */
function sectionLabel(kind: string): string {
  const definition = sectionLibrary.find((candidate) => candidate.kind === kind);
  return definition?.label || definition?.title || 'Untitled section';
}

function headingText(section: JSONContent): string {
  const heading = section.content?.[0];
  return (heading?.content ?? []).map((child) => child.text ?? '').join('');
}

/** The headings of the template's sections, in order. */
export function templateSectionTitles(template: BriefingTemplate): string[] {
  return (template.content.content ?? [])
    .filter((node) => node.type === 'section')
    .map((section) => headingText(section) || sectionLabel(String(section.attrs?.kind ?? '')));
}

/** The picker's view of a template; `nextReportNumber` is the counter's, the template's first number otherwise. */
export function summarizeTemplate(
  template: BriefingTemplate,
  updatedAt = '',
  nextReportNumber = firstReportNumber(template),
): TemplateSummary {
  const numbered = isNumberedTemplate(template);
  return {
    id: template.id,
    name: template.name,
    description: template.description,
    builtIn: template.builtIn,
    titleGuidance: template.titleGuidance ?? '',
    sections: templateSectionTitles(template),
    numbered,
    nextReportNumber: numbered ? nextReportNumber : null,
    unknownVariables: unknownTemplateVariables(template),
    updatedAt,
  };
}
