import type { JSONContent } from '@tiptap/core';
import type { BriefingMetadataInput } from '../briefing/briefing-metadata';

/**
 * A section that can be inserted on its own (the section library) or be part
 * of a template. `content` holds the blocks after the heading; text may hold
 * variables such as `{{date}}`.
 */
export interface SectionDefinition {
  kind: string;
  title: string;
  /** The prompt shown while the section is empty, e.g. "Which places were hit, and what happened in each?" */
  guidance: string;
  content: JSONContent[];
  /** The name in menus when it differs from `title`, e.g. for a section whose heading the author writes. */
  label?: string;
}

/** A briefing format: built-in (from resources/templates) or saved by the user. */
export interface BriefingTemplate {
  id: string;
  name: string;
  description: string;
  builtIn: boolean;
  /**
   * Metadata defaults; text may hold variables. Date fields take `{{date}}`, `eventTime` takes `{{time}}`,
   * date-time fields take `{{date}}T{{time}}` (the moment of creation). A `reportNumber` makes the
   * template numbered: it is the first number, and each new briefing gets the next one.
   */
  metadata: BriefingMetadataInput;
  /** The body: a doc whose text may hold variables. */
  content: JSONContent;
  /** What a good title for this format looks like; shown as the prompt of the title field. */
  titleGuidance?: string;
}

/** Variables filled when a briefing is created from a template. */
export const templateVariables = ['date', 'time', 'dateline', 'author', 'reportNumber'] as const;

export type TemplateVariable = (typeof templateVariables)[number];

/** What the template pickers list without loading bodies. */
export interface TemplateSummary {
  id: string;
  name: string;
  description: string;
  builtIn: boolean;
  titleGuidance: string;
  /** Section headings in order (a section whose heading the author writes is shown by its kind). */
  sections: string[];
  /** True when briefings from it carry a report number that counts up. */
  numbered: boolean;
  /** The report number the next briefing from it gets; null when it is not numbered. */
  nextReportNumber: number | null;
  /** Variables it uses that Briefdesk does not know; they stay visible in new briefings. */
  unknownVariables: string[];
  /** When a user template was last saved or renamed; empty for built-ins. */
  updatedAt: string;
}
