import { type AnyExtension, callOrReturn, getExtensionField, type Node as NodeExtension } from '@tiptap/core';

/** The marks by which a whole block can be suggested for insertion, deletion or a change. */
export const blockSuggestionMarks = 'insertion deletion modification';

/**
 * `extension`, made to let its child blocks carry suggestion marks when it holds blocks (the doc,
 * sections, lists, quotes, tables, figures…): the library marks a whole inserted or deleted block,
 * and ProseMirror refuses marks a parent does not allow. Textblocks already allow every mark.
 */
export function allowSuggestionMarks(extension: NodeExtension): NodeExtension {
  const context = { name: extension.name, options: extension.options, storage: extension.storage } as never;
  const content = callOrReturn(getExtensionField<string>(extension as AnyExtension, 'content', context));
  if (typeof content !== 'string' || content === '' || /\b(inline|text)\b/.test(content)) return extension;
  const marks = callOrReturn(getExtensionField<string>(extension as AnyExtension, 'marks', context));
  return extension.extend({ marks: marks ? `${marks} ${blockSuggestionMarks}` : blockSuggestionMarks });
}
