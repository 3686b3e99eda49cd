import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Transform } from '@tiptap/pm/transform';
import type { ExportPurpose } from '../export/export-purpose';

/** The body an export of `purpose` renders: a final export carries no comment anchors. */
export function documentForPurpose(document: ProseMirrorNode, purpose: ExportPurpose): ProseMirrorNode {
  if (purpose === 'review') return document;
  const comment = document.type.schema.marks.comment;
  if (!comment) return document;
  return new Transform(document).removeMark(0, document.content.size, comment).doc;
}
