import { type CommandProps, Extension } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { canonicalLanguageTag } from '../../language/language-tag';
import type { TextDirection } from '../../language/text-direction';
import { parseDirectionAttribute } from './language-attributes';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    blockLanguage: {
      /** Sets (or, with null, clears) the language of the blocks the selection touches. */
      setBlockLanguage: (lang: string | null) => ReturnType;
      /** Sets (or, with null, clears) the writing direction of the blocks the selection touches. */
      setBlockDirection: (dir: TextDirection | null) => ReturnType;
    };
  }
}

export interface BlockLanguageOptions {
  /** The block node names that carry `lang` and `dir`: every block of the registry (see `briefing-extensions.ts`). */
  types: string[];
}

type ElementWithAttributes = { getAttribute(name: string): string | null };

/**
 * `lang` and `dir` on every block, for a passage in another language than the briefing's
 * (a quote in Russian inside an English briefing, an English name list in an Arabic one).
 */
export const BlockLanguage = Extension.create<BlockLanguageOptions>({
  name: 'blockLanguage',

  addOptions() {
    return { types: [] };
  },

  addGlobalAttributes() {
    return [
      {
        types: this.options.types,
        attributes: {
          lang: {
            default: null,
            parseHTML: (element: ElementWithAttributes) =>
              canonicalLanguageTag(element.getAttribute('lang') ?? '') ?? null,
            renderHTML: (attributes) => (attributes.lang ? { lang: attributes.lang } : {}),
          },
          dir: {
            default: null,
            parseHTML: parseDirectionAttribute,
            renderHTML: (attributes) => (attributes.dir ? { dir: attributes.dir } : {}),
          },
        },
      },
    ];
  },

  addCommands() {
    const types = () => new Set(this.options.types);
    // A list item carries the attribute for its paragraphs, so its bullet sits on the same side as its text.
    const setOnBlocks =
      (attribute: 'lang' | 'dir', value: string | null) =>
      ({ tr, state, dispatch }: CommandProps) => {
        const carriers = types();
        const targets = new Map<number, ProseMirrorNode>();
        state.doc.nodesBetween(state.selection.from, state.selection.to, (node, position) => {
          if (!node.isTextblock) return true;
          const $inside = state.doc.resolve(position + 1);
          const parent = $inside.depth >= 2 ? $inside.node($inside.depth - 1) : undefined;
          if (parent?.type.name === 'listItem' && carriers.has('listItem')) {
            targets.set($inside.before($inside.depth - 1), parent);
          } else if (carriers.has(node.type.name)) {
            targets.set(position, node);
          }
          return false;
        });
        const changed = [...targets].filter(([, node]) => node.attrs[attribute] !== value);
        if (dispatch) for (const [position] of changed) tr.setNodeAttribute(position, attribute, value);
        return changed.length > 0;
      };
    return {
      setBlockLanguage: (lang) => setOnBlocks('lang', lang === null ? null : (canonicalLanguageTag(lang) ?? null)),
      setBlockDirection: (dir) => setOnBlocks('dir', dir),
    };
  },
});
