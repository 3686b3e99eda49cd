import { isSuggestChangesEnabled } from '@handlewithcare/prosemirror-suggest-changes';
import { Extension } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { suggestionLabels } from '../../../electron/common/document/marks/suggestion/suggestion-definitions';
import { suggestionSpans } from '../../../electron/common/review/suggestion-ranges';

const suggestionTagsKey = new PluginKey<DecorationSet>('suggestionTags');

function tagsFor(doc: ProseMirrorNode): DecorationSet {
  const spans = suggestionSpans(doc);
  if (spans.length === 0) return DecorationSet.empty;
  return DecorationSet.create(
    doc,
    spans.map((span) =>
      Decoration.widget(
        span.from,
        () => {
          const tag = document.createElement('span');
          tag.className = `suggestion-tag suggestion-tag-${span.kind}`;
          tag.textContent = suggestionLabels[span.kind];
          tag.contentEditable = 'false';
          return tag;
        },
        // Outside the suggestion's own <ins>/<del>, so its text is never read as inserted or deleted.
        { side: -1, marks: [], ignoreSelection: true, key: `${span.kind}:${String(span.id)}` },
      ),
    ),
  );
}

/** A word before each suggestion in the editor ("Inserted", "Deleted"), so it is told apart without colour. */
export const SuggestionTags = Extension.create({
  name: 'suggestionTags',
  addProseMirrorPlugins() {
    return [
      new Plugin<DecorationSet>({
        key: suggestionTagsKey,
        state: {
          init: (_config, state) => tagsFor(state.doc),
          apply: (transaction, tags, before) => {
            if (!transaction.docChanged) return tags;
            // Walk the body only when it may hold suggestions, so plain typing in a long briefing stays cheap.
            const mayHoldSuggestions =
              tags !== DecorationSet.empty ||
              isSuggestChangesEnabled(before) ||
              transaction.getMeta('history$') !== undefined ||
              ['paste', 'drop'].includes(transaction.getMeta('uiEvent'));
            return mayHoldSuggestions ? tagsFor(transaction.doc) : tags;
          },
        },
        props: { decorations: (state) => suggestionTagsKey.getState(state) },
      }),
    ];
  },
});
