import type { Extensions } from '@tiptap/core';
import { briefingMarks, briefingNodes } from './briefing-nodes';
import { BlockLanguage } from './language/block-language';
import { allowSuggestionMarks } from './marks/suggestion/allow-suggestion-marks';

/** Every node of the registry but inline ones, the document itself and those that opt out: each carries `lang` and `dir`. */
export const blockNodeNames: readonly string[] = Object.entries(briefingNodes)
  .filter(([, definition]) => {
    const config = definition.extension.config as { group?: unknown; topNode?: unknown };
    const groups = typeof config.group === 'string' ? config.group.split(' ') : [];
    return config.topNode !== true && !groups.includes('inline') && definition.carriesLanguage !== false;
  })
  .map(([name]) => name);

/**
 * The briefing document's nodes and marks, shared by the editor (which adds
 * editing behaviour on top), the exporter, the importer and main's validation.
 */
export function createBriefingExtensions(): Extensions {
  return [
    ...Object.values(briefingNodes).map((definition) => allowSuggestionMarks(definition.extension)),
    ...Object.values(briefingMarks).map((definition) => definition.extension),
    blockLanguageExtension(),
  ];
}

/** `lang` and `dir` on every block node; the editor adds it beside its own node views. */
export function blockLanguageExtension() {
  return BlockLanguage.configure({ types: [...blockNodeNames] });
}
