import { type JSONContent, Node } from '@tiptap/core';
import { insertBlock } from '../../insert-block';

export interface SectionAttributes {
  /** The kind of section it came from, e.g. `affected-areas`; `custom` for free sections. */
  kind: string;
  /** The template's prompt for what belongs here; shown while the section is empty, never exported. */
  guidance: string;
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    section: {
      /** Inserts a section of `kind` with `title` as its heading after the current top-level block, the cursor in its body. */
      insertSection: (options: {
        kind: string;
        title: string;
        guidance?: string;
        content?: JSONContent[];
      }) => ReturnType;
    };
  }
}

/** A heading and its content, tagged with the section kind so templates, outline and export can find it. */
export const SectionNode = Node.create({
  name: 'section',
  // Not in `block`: a section holds blocks (any node of that group, present or future) and never nests.
  group: 'section',
  content: 'heading block*',
  defining: true,
  isolating: true,
  draggable: true,

  addAttributes() {
    return {
      kind: {
        default: 'custom',
        parseHTML: (element) => normalizeSectionKind(element.getAttribute('data-section-kind')),
        renderHTML: (attributes) => ({ 'data-section-kind': attributes.kind }),
      },
      guidance: {
        default: '',
        parseHTML: (element) => (element.getAttribute('data-guidance') ?? '').slice(0, 500),
        renderHTML: (attributes) => (attributes.guidance ? { 'data-guidance': attributes.guidance } : {}),
      },
    };
  },

  parseHTML() {
    return [{ tag: 'section[data-section-kind]' }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['section', { ...HTMLAttributes, class: 'briefing-section' }, 0];
  },

  addCommands() {
    return {
      insertSection:
        ({ kind, title, guidance = '', content }) =>
        (props) =>
          insertBlock(
            props,
            {
              type: 'section',
              attrs: { kind: normalizeSectionKind(kind), guidance },
              content: [
                { type: 'heading', attrs: { level: 2 }, content: title ? [{ type: 'text', text: title }] : [] },
                ...(content && content.length > 0 ? content : [{ type: 'paragraph' }]),
              ],
            },
            'after-top-level-block',
            // Into the first block under the heading: the title is written, the body comes next.
            (section) => 1 + (section.firstChild?.nodeSize ?? 0) + 1,
          ),
    };
  },
});

/** Section kinds are lowercase slugs; anything else becomes `custom`. */
export function normalizeSectionKind(candidate: string | null | undefined): string {
  return candidate && /^[a-z][a-z0-9-]{0,47}$/.test(candidate) ? candidate : 'custom';
}
