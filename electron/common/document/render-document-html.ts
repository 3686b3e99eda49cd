import type { Mark, Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { HtmlRenderContext, HtmlRenderScope } from './briefing-node-definition';
import { briefingMarks, briefingNodes } from './briefing-nodes';
import { withBlockLanguage } from './language/with-block-language';
import { withBlockSuggestionLabel } from './marks/suggestion/suggested-block-html';

/** What the exporter supplies around the nodes: images, anchors, dates and warnings. */
export type HtmlDocumentServices = Pick<
  HtmlRenderContext,
  'image' | 'anchor' | 'formatDateTime' | 'labels' | 'warn' | 'purpose' | 'cite' | 'review'
>;

function markTags(mark: Mark, context: HtmlRenderContext): readonly [string, string] {
  return briefingMarks[mark.type.name as keyof typeof briefingMarks].export.html(mark, context);
}

/** Inline content with marks nested the way ProseMirror's DOMSerializer nests them (a link spans its text runs). */
function renderInline(parent: ProseMirrorNode, context: HtmlRenderContext): string {
  let html = '';
  const open: { mark: Mark; close: string }[] = [];
  const closeFrom = (depth: number) => {
    while (open.length > depth) html += (open.pop() as { close: string }).close;
  };
  parent.forEach((child, _offset, index) => {
    const marks = child.marks;
    let keep = 0;
    while (keep < open.length && keep < marks.length && open[keep]?.mark.eq(marks[keep] as Mark)) keep += 1;
    closeFrom(keep);
    for (const mark of marks.slice(keep)) {
      const [openTag, close] = markTags(mark, context);
      html += openTag;
      open.push({ mark, close });
    }
    html += briefingNodes[child.type.name as keyof typeof briefingNodes].export.html(child, context, index);
  });
  closeFrom(0);
  return html;
}

function createContext(services: HtmlDocumentServices, scope: HtmlRenderScope): HtmlRenderContext {
  const context: HtmlRenderContext = {
    ...services,
    scope,
    renderInline: (node) => renderInline(node, context),
    renderChildren: (node, childScope) => {
      const inner = childScope ? createContext(services, { ...scope, ...childScope }) : context;
      let html = '';
      node.forEach((child, _offset, index) => {
        html += withBlockSuggestionLabel(
          withBlockLanguage(
            briefingNodes[child.type.name as keyof typeof briefingNodes].export.html(child, inner, index),
            child,
          ),
          child,
          inner,
        );
      });
      return html;
    },
  };
  return context;
}

/**
 * A checked briefing body as semantic HTML: each node and mark rendered by its own
 * definition in `briefing-nodes.ts`, every text escaped.
 */
export function renderDocumentHtml(document: ProseMirrorNode, services: HtmlDocumentServices): string {
  return createContext(services, { headerScope: 'col' }).renderChildren(document);
}
