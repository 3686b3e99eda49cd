import type { Node as ProseMirrorNode } from '@tiptap/pm/model';

/** One line of the outline: a section or a heading, with where it starts. */
export interface OutlineEntry {
  /** Position of the heading node. */
  position: number;
  level: number;
  text: string;
  /** The section's kind, for entries that stand for a whole section. */
  sectionKind?: string;
  /** Index of the top-level block the entry belongs to. */
  topIndex: number;
}

/** Sections and headings in document order; reads only the top two levels, so it is cheap on long briefings. */
export function documentOutline(doc: ProseMirrorNode): OutlineEntry[] {
  const entries: OutlineEntry[] = [];
  doc.forEach((block, offset, topIndex) => {
    if (block.type.name === 'heading') {
      entries.push({ position: offset, level: block.attrs.level, text: block.textContent, topIndex });
    } else if (block.type.name === 'section') {
      block.forEach((child, childOffset, index) => {
        if (child.type.name !== 'heading') return;
        const entry: OutlineEntry = {
          position: offset + 1 + childOffset,
          level: index === 0 ? 2 : Math.max(3, child.attrs.level),
          text: child.textContent,
          topIndex,
        };
        if (index === 0) entry.sectionKind = block.attrs.kind;
        entries.push(entry);
      });
    }
  });
  return entries;
}
