import { Editor, type Extensions, type JSONContent, type NodeViewRendererProps } from '@tiptap/core';
import { Dropcursor, Gapcursor, TrailingNode, UndoRedo } from '@tiptap/extensions';
import { createBriefingExtensions } from '../../../electron/common/document/briefing-extensions';
import { cleanPastedHtml } from '../../../electron/common/import/clean-pasted-html';
import { BriefingKeymap, type BriefingKeymapOptions } from './briefing-keymap';
import { BriefingPlaceholder } from './briefing-placeholder';
import { FigureView } from './figure-view';
import { FindReplace } from './find-replace-plugin';
import { KeyFigureView } from './key-figure-view';
import { MoveSection } from './move-section';

/** The shared schema plus node views; the node and mark specs stay exactly the shared ones. */
function schemaWithNodeViews(): Extensions {
  return createBriefingExtensions().map((extension) => {
    if (extension.name === 'keyFigure') {
      return extension.extend({ addNodeView: () => (props: NodeViewRendererProps) => new KeyFigureView(props) });
    }
    if (extension.name === 'figure') {
      return extension.extend({ addNodeView: () => (props: NodeViewRendererProps) => new FigureView(props) });
    }
    return extension;
  });
}

/** The editing extensions on top of the shared schema: history, cursors, prompts (a Placeholder of our own: TipTap's cannot see a node's section), shortcuts, search. */
export function createEditingExtensions(keymap: Partial<BriefingKeymapOptions> = {}): Extensions {
  return [
    ...schemaWithNodeViews(),
    UndoRedo,
    Dropcursor.configure({ class: 'drop-cursor' }),
    Gapcursor,
    TrailingNode.configure({ node: 'paragraph', notAfter: ['paragraph', 'section', 'heading'] }),
    BriefingPlaceholder,
    BriefingKeymap.configure(keymap),
    MoveSection,
    FindReplace,
  ];
}

export interface BriefingEditorOptions {
  element: HTMLElement;
  content: JSONContent;
  keymap?: Partial<BriefingKeymapOptions>;
  /** Accessible name of the editable body. */
  label?: string;
}

/** Builds the briefing editor. CSS comes from editor.css: the CSP forbids injected styles. */
export function createBriefingEditor({
  element,
  content,
  keymap = {},
  label = 'Briefing text',
}: BriefingEditorOptions) {
  return new Editor({
    element,
    content,
    injectCSS: false,
    extensions: createEditingExtensions(keymap),
    editorProps: {
      attributes: {
        class: 'briefing-body',
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-label': label,
        spellcheck: 'true',
      },
      transformPastedHTML: (html) => cleanPastedHtml(html),
    },
  });
}
