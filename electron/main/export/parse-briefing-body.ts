import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { Briefing } from '../../common/briefing/briefing';
import { checkBriefingContent } from '../../common/document/briefing-content';

/** A stored briefing's body checked against the schema; a sentence naming the briefing when it does not fit. */
export function parseBriefingBody(briefing: Briefing): ProseMirrorNode {
  const check = checkBriefingContent(briefing.content);
  if (!check.ok) throw new Error(`“${briefing.metadata.title || briefing.id}” cannot be exported. ${check.message}`);
  return check.node;
}
