import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { briefingMarks, briefingNodes } from './briefing-nodes';
import { withBlockLanguageInWord } from './language/with-block-language-word';
import { withBlockSuggestionWord } from './marks/suggestion/suggested-block-word';
import type { WordInline, WordPart, WordRenderContext, WordRenderScope } from './word-render-context';
import { blockParts } from './word-render-context';

/** What the exporter supplies around the nodes: images, dates and warnings. */
export type WordDocumentServices = Pick<
  WordRenderContext,
  'image' | 'formatDateTime' | 'labels' | 'warn' | 'purpose' | 'sourceNote'
>;

const nodeRenderer = (node: ProseMirrorNode) => briefingNodes[node.type.name as keyof typeof briefingNodes].export;

/** Inline content as runs, each text run formatted by every mark on it. */
function renderInline(parent: ProseMirrorNode, context: WordRenderContext): WordInline[] {
  const runs: WordInline[] = [];
  parent.forEach((child, _offset, index) => {
    const format = Object.assign(
      {},
      ...child.marks.map((mark) =>
        briefingMarks[mark.type.name as keyof typeof briefingMarks].export.docx(mark, context),
      ),
    );
    for (const part of nodeRenderer(child).docx(child, context, index)) {
      if (part.kind === 'text') runs.push({ ...part, format: { ...part.format, ...format } });
      else if (part.kind === 'break') runs.push(part);
      else throw new Error(`${child.type.name} rendered a ${part.kind} inside inline content.`);
    }
  });
  return runs;
}

function createContext(
  services: WordDocumentServices,
  lists: { count: number },
  scope: WordRenderScope,
): WordRenderContext {
  const context: WordRenderContext = {
    ...services,
    scope,
    newList: () => {
      lists.count += 1;
      return lists.count;
    },
    renderInline: (node) => renderInline(node, context),
    renderChildren: (node, childScope) => {
      const inner = childScope ? createContext(services, lists, { ...scope, ...childScope }) : context;
      const parts: WordPart[] = [];
      node.forEach((child, _offset, index) => {
        const render = (block: ProseMirrorNode) =>
          withBlockLanguageInWord(nodeRenderer(block).docx(block, inner, index), block);
        const rendered = render(child);
        // Only a review keeps suggestion marks on blocks: a final export has accepted them all.
        parts.push(...(child.marks.length > 0 ? withBlockSuggestionWord(rendered, child, render) : rendered));
      });
      return parts;
    },
  };
  return context;
}

/** A checked briefing body as Word blocks (plain data), each node and mark rendered by its own definition. */
export function renderDocumentWord(document: ProseMirrorNode, services: WordDocumentServices) {
  return blockParts(createContext(services, { count: 0 }, {}).renderChildren(document));
}
