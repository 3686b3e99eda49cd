import { type InputLimit, inputLimits } from './input-limits';

const spannedNodes = new Set(['tableCell', 'tableHeader']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function spanOf(attributes: unknown, name: string): number {
  const value = isRecord(attributes) ? attributes[name] : undefined;
  return typeof value === 'number' ? value : 1;
}

/**
 * The limit that a briefing body in JSON passes, if any: node depth, table spans,
 * number of pictures. Walks the untrusted JSON with its own stack before anything
 * recursive (the schema, ProseMirror) sees it, so no depth can overflow the call stack.
 */
export function findContentLimitBreach(json: unknown): InputLimit | undefined {
  const pending: { node: unknown; depth: number }[] = [{ node: json, depth: 1 }];
  let figures = 0;
  for (let next = pending.pop(); next; next = pending.pop()) {
    const { node, depth } = next;
    if (!isRecord(node)) continue;
    if (depth > inputLimits.nodeDepth) return 'nodeDepth';
    if (node.type === 'figure') figures += 1;
    if (figures > inputLimits.figures) return 'figures';
    if (spannedNodes.has(String(node.type))) {
      const colspan = spanOf(node.attrs, 'colspan');
      const rowspan = spanOf(node.attrs, 'rowspan');
      if (colspan > inputLimits.tableSpan || rowspan > inputLimits.tableSpan) return 'tableSpan';
    }
    const content = node.content;
    if (!Array.isArray(content)) continue;
    if (content.length > inputLimits.requestItems) return 'requestItems';
    for (const child of content) pending.push({ node: child, depth: depth + 1 });
  }
  return undefined;
}
