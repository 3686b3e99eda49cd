import type { Mark, Node as ProseMirrorNode } from '@tiptap/pm/model';
import { escapeHtml } from '../../../text/escape-html';
import type { HtmlRenderContext } from '../../briefing-node-definition';
import { suggestionLabels } from './suggestion-definitions';

/** A value of a suggested formatting change as a reader says it: `3`, `rtl`, `none`. */
function spokenValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return 'none';
  if (typeof value === 'object' && 'type' in value) return String((value as { type: unknown }).type);
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
    ? String(value)
    : JSON.stringify(value);
}

/** What a `modification` mark changes, in words: "level 4 → 3", "bold added". */
export function describeModification(mark: Mark): string {
  const { type, attrName, previousValue, newValue } = mark.attrs;
  if (type === 'add') return `${spokenValue(newValue)} added`;
  if (type === 'remove') return `${spokenValue(previousValue)} removed`;
  return `${typeof attrName === 'string' ? attrName : 'attribute'} ${spokenValue(previousValue)} → ${spokenValue(newValue)}`;
}

function labelText(mark: Mark, context: HtmlRenderContext): string | undefined {
  const kind = mark.type.name as keyof typeof suggestionLabels;
  const by = context.review?.suggestionBy(mark.attrs.id);
  if (by === undefined) return undefined;
  const change = kind === 'modification' ? `: ${describeModification(mark)}` : '';
  return `${suggestionLabels[kind]}${by ? ` by ${by}` : ''}${change}`;
}

/** Elements whose content may start with the label itself; others get it in a paragraph before them. */
const labelInside = new Set(['p', 'li', 'dd', 'dt', 'td', 'th', 'figcaption']);

/**
 * A review export's block that is suggested for insertion or deletion, or whose formatting is suggested
 * to change (a heading's level, a block's direction): its first element gets `data-suggested` (the
 * stylesheet draws a bar beside it, a strike for a deletion) and a text label says what, by whom and
 * when — inside the block where its content allows text, else in a paragraph just before it (inside the
 * first cell of a table row or the first term of a key figure). Read back, the labels are ignored.
 */
export function withBlockSuggestionLabel(html: string, node: ProseMirrorNode, context: HtmlRenderContext): string {
  if (node.isInline || !context.review) return html;
  const marks = node.marks.filter((mark) => mark.type.name in suggestionLabels);
  const opening = /^(\s*)<([a-zA-Z][a-zA-Z0-9-]*)/.exec(html);
  if (marks.length === 0 || !opening) return html;
  const kinds = marks.map((mark) => mark.type.name).join(' ');
  const marked = html.replace(/^(\s*<[a-zA-Z][a-zA-Z0-9-]*)/, `$1 data-suggested="${kinds}"`);
  const labels = marks
    .map((mark) => labelText(mark, context))
    .filter((text): text is string => text !== undefined)
    .map((text) => `<span class="suggestion-label">[${escapeHtml(text)}]</span>`)
    .join(' ');
  if (!labels) return marked;
  const tag = (opening[2] as string).toLowerCase();
  if (labelInside.has(tag)) return marked.replace(/^(\s*<[^>]*>)/, `$1${labels} `);
  const firstCell = /^(\s*<(?:tr|div)\b[^>]*>\s*<(?:td|th|dt)\b[^>]*>)/.exec(marked);
  if (firstCell) return marked.replace(firstCell[1] as string, `${firstCell[1]}${labels} `);
  if (tag === 'tr' || tag === 'div') return marked.replace(/^(\s*<[^>]*>)/, `$1${labels} `);
  return `<p class="suggestion-block-label">${labels}</p>${marked}`;
}
