import type { Mark, Node as ProseMirrorNode } from '@tiptap/pm/model';
import { briefingMarks, briefingNodes } from './briefing-nodes';
import type { MarkdownRenderContext, MarkdownRenderScope } from './markdown-render-context';

/** What the exporter supplies around the nodes: images, reference links, dates and warnings. */
export type MarkdownDocumentServices = Pick<
  MarkdownRenderContext,
  'image' | 'reference' | 'formatDateTime' | 'labels' | 'warn' | 'purpose' | 'cite' | 'review'
>;

const nodeRenderer = (node: ProseMirrorNode) => briefingNodes[node.type.name as keyof typeof briefingNodes].export;

const delimiters = (mark: Mark, context: MarkdownRenderContext) =>
  briefingMarks[mark.type.name as keyof typeof briefingMarks].export.markdown(mark, context);

/**
 * Inline content with its marks' delimiters nested as in HTML. Emphasis only counts when its delimiters
 * touch text, so spaces at the edge of a marked run move outside the delimiters.
 */
function renderInline(parent: ProseMirrorNode, context: MarkdownRenderContext): string {
  let markdown = '';
  const open: Mark[] = [];
  const closeFrom = (depth: number) => {
    const trailing = /\s*$/.exec(markdown)?.[0] ?? '';
    if (open.length <= depth) return;
    markdown = markdown.slice(0, markdown.length - trailing.length);
    while (open.length > depth) markdown += delimiters(open.pop() as Mark, context)[1];
    markdown += trailing;
  };
  parent.forEach((child, _offset, index) => {
    const marks = child.marks;
    let keep = 0;
    while (keep < open.length && keep < marks.length && (open[keep] as Mark).eq(marks[keep] as Mark)) keep += 1;
    closeFrom(keep);
    let text = nodeRenderer(child).markdown(child, context, index);
    if (marks.length > keep) {
      const leading = /^\s*/.exec(text)?.[0] ?? '';
      markdown += leading;
      text = text.slice(leading.length);
    }
    for (const mark of marks.slice(keep)) {
      markdown += delimiters(mark, context)[0];
      open.push(mark);
    }
    markdown += text;
  });
  closeFrom(0);
  return markdown;
}

function createContext(services: MarkdownDocumentServices, scope: MarkdownRenderScope): MarkdownRenderContext {
  const within = (childScope: Partial<MarkdownRenderScope> | undefined) =>
    childScope ? createContext(services, { ...scope, ...childScope }) : context;
  const context: MarkdownRenderContext = {
    ...services,
    scope,
    renderInline: (node, childScope) => renderInline(node, within(childScope)),
    renderChildren: (node, childScope) => {
      const inner = within(childScope);
      let markdown = '';
      node.forEach((child, _offset, index) => {
        markdown += nodeRenderer(child).markdown(child, inner, index);
      });
      return markdown;
    },
  };
  return context;
}

/** A checked briefing body as CommonMark with GFM tables, each node and mark rendered by its own definition. */
export function renderDocumentMarkdown(document: ProseMirrorNode, services: MarkdownDocumentServices): string {
  const markdown = createContext(services, { listMarker: () => '- ', singleLine: false }).renderChildren(document);
  return `${markdown.replace(/\n{3,}/g, '\n\n').trim()}\n`;
}
