import { Editor, type Extensions, type JSONContent } from '@tiptap/core';
import { Dropcursor, Gapcursor, TrailingNode, UndoRedo } from '@tiptap/extensions';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { blockLanguageExtension } from '../../../electron/common/document/briefing-extensions';
import { type BriefingNodeName, briefingMarks, briefingNodes } from '../../../electron/common/document/briefing-nodes';
import { allowSuggestionMarks } from '../../../electron/common/document/marks/suggestion/allow-suggestion-marks';
import { cleanPastedHtml } from '../../../electron/common/import/clean-pasted-html';
import { EditorSuggestChanges } from '../review/suggestion-decorations';
import { SuggestionTags } from '../review/suggestion-tags';
import { SpellingDecorations, type SpellingDecorationsOptions } from '../spelling/spelling-decorations';
import { BriefingKeymap, type BriefingKeymapOptions } from './briefing-keymap';
import { BriefingPlaceholder } from './briefing-placeholder';
import { BriefingTimeZone } from './briefing-time-zone';
import { editorNodeViews } from './editor-node-views';
import { FigureTextKeys } from './figure-text-keys';
import { FindReplace } from './find-replace-plugin';
import { ImageInput } from './images/image-input';
import { ListGuidance } from './list-guidance';
import { MoveSection } from './move-section';
import { DeferredNodeControls } from './nodes/deferred-node-controls';
import { SectionBoundaryKeys } from './section-boundary-keys';
import { SmartPunctuation } from './smart-punctuation/smart-punctuation';

/** The stored pictures the briefing's figures show. */
function figureSources(doc: ProseMirrorNode): Set<string> {
  const sources = new Set<string>();
  doc.descendants((node) => {
    if (node.type.name === 'figure' && typeof node.attrs.src === 'string') sources.add(node.attrs.src);
  });
  return sources;
}

/** The shared schema plus node views; the node and mark specs stay exactly the shared ones. */
function schemaWithNodeViews(): Extensions {
  const nodes = Object.entries(briefingNodes).map(([name, definition]) => {
    const view = editorNodeViews[name as BriefingNodeName];
    const extension = allowSuggestionMarks(definition.extension);
    return view ? extension.extend({ addNodeView: () => view }) : extension;
  });
  return [
    ...nodes,
    ...Object.values(briefingMarks).map((definition) => definition.extension),
    blockLanguageExtension(),
  ];
}

/** The editing extensions on top of the shared schema: history, cursors, prompts (a Placeholder of our own: TipTap’s cannot see a node’s section), shortcuts, search, smart punctuation. */
export function createEditingExtensions(keymap: Partial<BriefingKeymapOptions> = {}, timeZone = 'UTC'): Extensions {
  return [
    ...schemaWithNodeViews(),
    UndoRedo,
    Dropcursor.configure({ class: 'drop-cursor' }),
    Gapcursor,
    TrailingNode.configure({ node: 'paragraph', notAfter: ['paragraph', 'section', 'heading'] }),
    BriefingPlaceholder,
    BriefingKeymap.configure(keymap),
    SectionBoundaryKeys,
    BriefingTimeZone.configure({ timeZone }),
    MoveSection,
    FindReplace,
    EditorSuggestChanges,
    SuggestionTags,
    SmartPunctuation,
    FigureTextKeys,
    ListGuidance,
    ImageInput,
  ];
}

export interface BriefingEditorOptions {
  element: HTMLElement;
  content: JSONContent;
  keymap?: Partial<BriefingKeymapOptions>;
  /** Accessible name of the editable body. */
  label?: string;
  /** The briefing's zone, where a key figure's "as of" starts; keep `editor.storage.briefingTimeZone` up to date. */
  timeZone?: string;
  /** Underlines misspellings through this checker (Briefdesk's own; Chromium's is then off). */
  spelling?: Partial<SpellingDecorationsOptions>;
  /**
   * Key-figure cards and figures keep their form controls until `buildNodeControlsOnScreen` is called once the
   * body is laid out: those on screen get them then, the others when the page is idle after the first paint.
   */
  deferOffscreenControls?: boolean;
}

/** Builds the briefing editor. CSS comes from editor.css: the CSP forbids injected styles. */
export function createBriefingEditor({
  element,
  content,
  keymap = {},
  label = 'Briefing text',
  timeZone = 'UTC',
  spelling,
  deferOffscreenControls = false,
}: BriefingEditorOptions) {
  return new Editor({
    element,
    content,
    injectCSS: false,
    extensions: [
      ...createEditingExtensions(keymap, timeZone),
      ...(spelling ? [SpellingDecorations.configure(spelling)] : []),
      DeferredNodeControls.configure({ deferUntilShown: deferOffscreenControls }),
    ],
    editorProps: {
      attributes: {
        class: 'briefing-body',
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-label': label,
        spellcheck: spelling ? 'false' : 'true',
      },
      // Pictures may come along only from this briefing's own figures: any other stored asset is a placeholder.
      transformPastedHTML: (html, view) =>
        cleanPastedHtml(html, { isOwnAsset: (source) => figureSources(view.state.doc).has(source) }),
    },
  });
}
