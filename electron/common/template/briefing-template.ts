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
}

/** A briefing format: built-in (from resources/templates) or saved by the user. */
export interface BriefingTemplate {
  id: string;
  name: string;
  description: string;
  builtIn: boolean;
  /** Metadata defaults; text may hold variables. */
  metadata: BriefingMetadataInput;
  /** The body: a doc whose text may hold variables. */
  content: JSONContent;
}

/** Variables filled when a briefing is created from a template. */
export const templateVariables = ['date', 'time', 'dateline', 'author', 'reportNumber'] as const;

export type TemplateVariable = (typeof templateVariables)[number];
