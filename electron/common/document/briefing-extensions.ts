import type { Extensions } from '@tiptap/core';
import { briefingMarks, briefingNodes } from './briefing-nodes';
import { allowSuggestionMarks } from './marks/suggestion/allow-suggestion-marks';

/**
 * The briefing document's nodes and marks, shared by the editor (which adds
 * editing behaviour on top), the exporter, the importer and main's validation.
 */
export function createBriefingExtensions(): Extensions {
  return [
    ...Object.values(briefingNodes).map((definition) => allowSuggestionMarks(definition.extension)),
    ...Object.values(briefingMarks).map((definition) => definition.extension),
  ];
}
