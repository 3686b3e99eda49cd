import { mergeAttributes, Node } from '@tiptap/core';
import { isAssetSource } from '../../asset-source';
import { insertBlock } from '../../insert-block';

export interface FigureAttributes {
  /** `asset:<sha256>.<ext>`, or null for a placeholder awaiting its image. */
  src: string | null;
  /** Text alternative for screen readers; empty until the author writes it. */
  alt: string;
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    figure: {
      /** Inserts a figure (image, caption, credit) after the current block, the cursor in its caption. */
      insertFigure: (options: { src?: string | null; alt?: string; caption?: string; credit?: string }) => ReturnType;
    };
  }
}

function textContent(text: string | undefined) {
  return text ? [{ type: 'text', text }] : [];
}

/** An image with its caption and credit, both editable text. */
export const FigureNode = Node.create({
  name: 'figure',
  group: 'block',
  content: 'figureCaption figureCredit',
  defining: true,
  isolating: true,
  draggable: true,

  addAttributes() {
    return {
      src: {
        default: null,
        parseHTML: (element) => {
          const source = element.querySelector('img')?.getAttribute('src') ?? element.getAttribute('data-src');
          return isAssetSource(source) ? source : null;
        },
        renderHTML: () => ({}),
      },
      alt: {
        default: '',
        parseHTML: (element) => (element.querySelector('img')?.getAttribute('alt') ?? '').trim().slice(0, 500),
        renderHTML: () => ({}),
      },
    };
  },

  parseHTML() {
    return [{ tag: 'figure' }];
  },

  renderHTML({ node, HTMLAttributes }) {
    const image = node.attrs.src
      ? ['img', { src: node.attrs.src, alt: node.attrs.alt }]
      : ['span', { class: 'figure-placeholder' }];
    return [
      'figure',
      mergeAttributes(HTMLAttributes, { class: 'briefing-figure' }),
      image,
      ['div', { class: 'figure-text' }, 0],
    ];
  },

  addCommands() {
    return {
      insertFigure:
        ({ src = null, alt = '', caption, credit }) =>
        (props) =>
          insertBlock(
            props,
            {
              type: 'figure',
              attrs: { src: isAssetSource(src) ? src : null, alt },
              content: [
                { type: 'figureCaption', content: textContent(caption) },
                { type: 'figureCredit', content: textContent(credit) },
              ],
            },
            'after-block',
          ),
    };
  },
});

/** What the picture shows and why it matters; inline text with marks. */
export const FigureCaptionNode = Node.create({
  name: 'figureCaption',
  content: 'inline*',
  defining: true,

  parseHTML() {
    return [{ tag: 'figcaption' }, { tag: 'figure .figure-caption' }];
  },

  renderHTML() {
    return ['figcaption', 0];
  },
});

/** Who took or owns the picture; plain text. */
export const FigureCreditNode = Node.create({
  name: 'figureCredit',
  content: 'text*',
  marks: '',
  defining: true,

  parseHTML() {
    return [{ tag: '.figure-credit', priority: 60 }];
  },

  renderHTML() {
    return ['p', { class: 'figure-credit' }, 0];
  },
});
