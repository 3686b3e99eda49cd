import { type TemplateVariable, templateVariables } from './briefing-template';

/** The value of each known variable; `''` when the user has not set it (e.g. no author name). */
export type TemplateVariableValues = Record<TemplateVariable, string>;

/** Which variables a fill met that it could not fill. */
export interface VariableReport {
  /** Names in `{{…}}` that are not template variables; left in the text as they were. */
  unknown: Set<string>;
  /** Known variables that had no value, filled with nothing. */
  unset: Set<TemplateVariable>;
}

/** `{{` to the next `}}` with no brace between; the name is trimmed in code, so no two quantifiers meet. */
const variablePattern = /\{\{([^{}]*)\}\}/g;

/** The variable name in `{{ name }}`, or undefined when the braces hold more than one word. */
function variableName(inner: string): string | undefined {
  const name = inner.trim();
  return /\s/.test(name) ? undefined : name;
}

export function isTemplateVariable(name: string): name is TemplateVariable {
  return (templateVariables as readonly string[]).includes(name);
}

export function emptyVariableReport(): VariableReport {
  return { unknown: new Set(), unset: new Set() };
}

/**
 * Replaces each `{{name}}` with its value by plain lookup — nothing is ever evaluated.
 * Unknown names stay visible so the author sees and fixes them.
 */
export function fillTemplateText(text: string, values: TemplateVariableValues, report: VariableReport): string {
  return text.replace(variablePattern, (match, inner: string) => {
    const name = variableName(inner);
    if (name === undefined) return match;
    if (!isTemplateVariable(name)) {
      report.unknown.add(match);
      return match;
    }
    const value = values[name];
    if (value === '') report.unset.add(name);
    return value;
  });
}

/** Every `{{…}}` in `text`, as written. */
export function findTemplateVariables(text: string): string[] {
  return [...text.matchAll(variablePattern)]
    .filter((match) => variableName(match[1] ?? '') !== undefined)
    .map((match) => match[0]);
}
