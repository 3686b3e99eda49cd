import { Mark, mergeAttributes } from '@tiptap/core';
import { sourceIdPattern } from '../../../briefing/source-list';

/** At most this many sources on one cited span. */
export const maximumCitedSources = 20;

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    citation: {
      /** Cites these sources (ids from the briefing's source list) on the selected text. */
      cite: (sourceIds: readonly string[]) => ReturnType;
      /** Removes the citation from the selected text. */
      removeCitation: () => ReturnType;
    };
  }
}

/** The ids a citation stores, cleaned: known shape, no repeats, at most `maximumCitedSources`. */
export function readCitedSourceIds(value: unknown): string[] {
  const ids = Array.isArray(value) ? value : typeof value === 'string' ? value.split(/\s+/) : [];
  return [...new Set(ids.filter((id): id is string => typeof id === 'string' && sourceIdPattern.test(id)))].slice(
    0,
    maximumCitedSources,
  );
}

/** A span of text that cites one or more sources of the briefing's source list. */
export const CitationMark = Mark.create({
  name: 'citation',
  // Outside the formatting marks, so a citation over partly bold text stays one span with one reference.
  priority: 1100,
  inclusive: false,

  addAttributes() {
    return {
      sources: {
        default: [],
        parseHTML: (element) => readCitedSourceIds(element.getAttribute('data-citation-sources')),
        renderHTML: (attributes) => ({ 'data-citation-sources': readCitedSourceIds(attributes.sources).join(' ') }),
      },
    };
  },

  parseHTML() {
    return [
      { tag: 'span[data-citation-sources]' },
      // The export's reference numbers describe the citation; read back they are not text.
      { tag: 'sup.citation-ref', ignore: true, priority: 100 },
    ];
  },

  renderHTML({ HTMLAttributes }) {
    return ['span', mergeAttributes(HTMLAttributes, { class: 'citation' }), 0];
  },

  addCommands() {
    return {
      cite:
        (sourceIds) =>
        ({ commands }) => {
          const sources = readCitedSourceIds([...sourceIds]);
          return sources.length > 0 && commands.setMark(this.name, { sources });
        },
      removeCitation:
        () =>
        ({ commands }) =>
          commands.unsetMark(this.name),
    };
  },
});
