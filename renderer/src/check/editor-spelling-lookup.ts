import type { EditorState } from '@tiptap/pm/state';
import type { SpellingLookup } from '../../../electron/common/check/spelling-findings';
import { spellingPluginKey } from '../spelling/spelling-decorations';

/**
 * The check's spelling lookup in the editor: the words the editor underlines, so the check panel lists
 * what the user sees (words ignored or added to the dictionary are not underlined, so not listed) without
 * checking the briefing a second time. Undefined when spell checking is off.
 */
export function editorSpellingLookup(state: EditorState): SpellingLookup | undefined {
  const underlines = spellingPluginKey.getState(state)?.decorations;
  if (!underlines) return undefined;
  return (text, _language, contentStart) =>
    underlines
      .find(contentStart, contentStart + text.length, (spec) => typeof spec.word === 'string')
      .filter((underline) => underline.from >= contentStart && underline.to <= contentStart + text.length)
      .map((underline) => ({
        from: underline.from - contentStart,
        to: underline.to - contentStart,
        word: (underline.spec as { word: string }).word,
      }));
}
