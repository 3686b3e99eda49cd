import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { Misspelling } from '../spelling/find-misspellings';
import type { CheckFindingKind, CheckPlace } from './check-finding';

/**
 * Finds the misspelled words of a textblock's text in a language; the caller holds the dictionaries.
 * `contentStart` is where the block's text starts in the document, for a caller that already knows the
 * misspellings by position (the editor's underlines) rather than by looking words up.
 */
export type SpellingLookup = (text: string, language: string, contentStart: number) => Misspelling[];

/**
 * Reports each misspelled word of the body, every textblock in its own language (its own `lang`, else its
 * nearest ancestor's, else the briefing's), placed at the word.
 */
export function reportMisspellings(
  document: ProseMirrorNode,
  briefingLanguage: string,
  spelling: SpellingLookup,
  report: (kind: CheckFindingKind, message: string, place: CheckPlace) => void,
): void {
  const visit = (node: ProseMirrorNode, position: number, path: number[], inherited: string) => {
    const language = typeof node.attrs.lang === 'string' && node.attrs.lang ? node.attrs.lang : inherited;
    if (node.isTextblock) {
      const text = node.textBetween(0, node.content.size, undefined, '\ufffc');
      for (const { from, to, word } of spelling(text, language, position + 1)) {
        report('misspelling', `“${word}” may be misspelled (${language}): correct it or add it to the dictionary.`, {
          in: 'body',
          position: position + 1 + from,
          end: position + 1 + to,
          path,
          description: `“${word}”`,
        });
      }
      return;
    }
    node.forEach((child, offset, index) => {
      visit(child, position + 1 + offset, [...path, index], language);
    });
  };
  document.forEach((child, offset, index) => {
    visit(child, offset, [index], briefingLanguage);
  });
}
