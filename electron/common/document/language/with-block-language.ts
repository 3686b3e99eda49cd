import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { languageAttributeText } from './language-attributes';

/** A block's `lang` and `dir` go on the first element its renderer writes, whatever that element is. */
export function withBlockLanguage(html: string, node: ProseMirrorNode): string {
  if (node.isInline) return html;
  const attributes = languageAttributeText(node.attrs);
  return attributes ? html.replace(/^(\s*<[a-zA-Z][a-zA-Z0-9-]*)/, `$1${attributes}`) : html;
}
