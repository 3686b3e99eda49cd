import type { Node as ProseMirrorNode } from '@tiptap/pm/model';

export const suggestionMarkNames = ['insertion', 'deletion', 'modification'] as const;

export type SuggestionKind = (typeof suggestionMarkNames)[number];

/** One suggestion as the body holds it: its id, kind, where it starts and ends, and its text. */
export interface SuggestionSpan {
  id: string | number;
  kind: SuggestionKind;
  from: number;
  to: number;
  text: string;
}

const isSuggestionKind = (name: string): name is SuggestionKind =>
  (suggestionMarkNames as readonly string[]).includes(name);

/** Each suggestion in the body, in document order, from its first marked position to its last. */
export function suggestionSpans(document: ProseMirrorNode): SuggestionSpan[] {
  const spans = new Map<string, SuggestionSpan>();
  document.descendants((node, position) => {
    for (const mark of node.marks) {
      if (!isSuggestionKind(mark.type.name)) continue;
      const key = `${mark.type.name}:${String(mark.attrs.id)}`;
      const end = position + node.nodeSize;
      const text = node.isText ? (node.text ?? '') : node.textContent;
      const known = spans.get(key);
      if (known) {
        known.to = Math.max(known.to, end);
        known.text += text;
      } else {
        spans.set(key, { id: mark.attrs.id, kind: mark.type.name, from: position, to: end, text });
      }
    }
  });
  return [...spans.values()].sort((a, b) => a.from - b.from);
}
