import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Transform } from '@tiptap/pm/transform';
import type { ExportPurpose } from '../export/export-purpose';
import { finalDocument } from './suggestion-views';

/** The body an export of `purpose` renders: a final export has every suggestion accepted and no comment anchors. */
export function documentForPurpose(document: ProseMirrorNode, purpose: ExportPurpose): ProseMirrorNode {
  if (purpose === 'review') return document;
  const accepted = finalDocument(document);
  const comment = accepted.type.schema.marks.comment;
  if (!comment) return accepted;
  return new Transform(accepted).removeMark(0, accepted.content.size, comment).doc;
}
