import type { JSONContent } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { isDisclaimerKind } from '../briefing/standard-disclaimers';
import { findContentLimitBreach } from '../limits/find-content-limit-breach';
import { limitMessages } from '../limits/input-limits';
import { suggestionIdSchema } from '../review/review-records';
import { isZonedDateTimeText } from '../time/zoned-time';
import { isAssetSource } from './asset-source';
import { type BriefingMarkName, briefingMarks } from './briefing-nodes';
import { briefingSchema } from './briefing-schema';
import { isStoredLanguage } from './language/is-stored-language';
import { readCitedSourceIds } from './marks/citation/citation-mark';
import { readClaimAttributes } from './marks/claim/claim-mark';
import { parseCommentThreadId } from './marks/comment/comment-mark';
import { isSafeLinkUrl } from './marks/link/link-policy';
import { keyFigureFields, readSourceId } from './nodes/key-figures/key-figures-node';
import { normalizeSectionKind } from './nodes/section/section-node';

/** Version of the document JSON layout; bump with a migration when the schema changes shape. */
export const briefingContentVersion = 1;

export type BriefingContent = JSONContent & { type: 'doc' };

export type ContentCheck = { ok: true; node: ProseMirrorNode } | { ok: false; message: string };

/** An empty body: one empty paragraph. */
export function emptyBriefingContent(): BriefingContent {
  return { type: 'doc', content: [{ type: 'paragraph' }] };
}

function unsafeAttribute(node: ProseMirrorNode): string | undefined {
  for (const mark of node.marks) {
    if (mark.type.name === 'link' && !isSafeLinkUrl(mark.attrs.href))
      return 'a link uses a scheme other than http, https or mailto';
    if (node.isInline && briefingMarks[mark.type.name as BriefingMarkName]?.blocksOnly)
      return `a ${mark.type.name} mark sits on text, though it marks only whole blocks`;
    if (mark.type.name === 'comment' && !parseCommentThreadId(mark.attrs.threadId))
      return 'a comment anchor does not name a comment thread';
    if (
      mark.type.name === 'citation' &&
      (!Array.isArray(mark.attrs.sources) ||
        mark.attrs.sources.length === 0 ||
        JSON.stringify(readCitedSourceIds(mark.attrs.sources)) !== JSON.stringify(mark.attrs.sources))
    )
      return 'a citation does not name its sources by id';
    if (mark.type.name === 'claim' && JSON.stringify(readClaimAttributes(mark.attrs)) !== JSON.stringify(mark.attrs))
      return 'a claim has a status, name, time or note the briefing format does not allow';
    if (
      ['insertion', 'deletion', 'modification'].includes(mark.type.name) &&
      !suggestionIdSchema.safeParse(mark.attrs.id).success
    )
      return 'a suggested edit has no valid id';
    if (mark.type.name === 'language' && !isStoredLanguage(mark.attrs, false))
      return 'a passage’s language is not a language code or its direction is not ltr, rtl or auto';
  }
  if ('lang' in node.attrs && !isStoredLanguage(node.attrs, true)) {
    return 'a block’s language is not a language code or its direction is not ltr, rtl or auto';
  }
  if (node.type.name === 'figure' && node.attrs.src !== null && !isAssetSource(node.attrs.src)) {
    return 'an image does not point at a stored asset';
  }
  if (node.type.name === 'heading' && ![2, 3, 4].includes(node.attrs.level)) {
    return 'a heading level is not 2, 3 or 4 (level 1 is the title)';
  }
  if (node.type.name === 'section' && normalizeSectionKind(node.attrs.kind) !== node.attrs.kind) {
    return 'a section kind is not a lowercase name';
  }
  if (node.type.name === 'section' && (typeof node.attrs.guidance !== 'string' || node.attrs.guidance.length > 500)) {
    return 'a section prompt is not short text';
  }
  if (node.type.name === 'disclaimer' && !isDisclaimerKind(node.attrs.kind)) {
    return 'a disclaimer is not one of the standard disclaimers (boundaries, casualties, period covered)';
  }
  if (node.type.name === 'keyFigure') {
    for (const field of keyFigureFields) {
      const value = node.attrs[field];
      if (typeof value !== 'string' || value.length > 200) return 'a key figure field is not short text';
    }
    if (readSourceId(node.attrs.sourceId) !== node.attrs.sourceId) return 'a key figure’s source is not a source id';
    if (node.attrs.asOf !== '' && !isZonedDateTimeText(node.attrs.asOf)) {
      return 'a key figure’s “as of” is not a date and time with its time zone';
    }
  }
  return undefined;
}

/**
 * Checks untrusted JSON against the briefing schema: known nodes and marks,
 * valid nesting, safe links and image sources. The gate for every write and import.
 */
export function checkBriefingContent(json: unknown): ContentCheck {
  const breach = findContentLimitBreach(json);
  if (breach) return { ok: false, message: limitMessages[breach] };
  return checkBuiltBriefingContent(() => briefingSchema.nodeFromJSON(json));
}

/**
 * The gate's checks after its limits, on the document `build` makes: what `checkBriefingContent`
 * runs once `nodeFromJSON` has built it. For a caller that holds the document's nodes already (the
 * import's parse) and has checked the limits on its JSON; `build` must give what `nodeFromJSON` would.
 */
export function checkBuiltBriefingContent(build: () => ProseMirrorNode): ContentCheck {
  let node: ProseMirrorNode;
  try {
    node = build();
    node.check();
  } catch (error) {
    return {
      ok: false,
      message: `The document does not fit the briefing format: ${error instanceof Error ? error.message : error}`,
    };
  }
  if (node.type.name !== 'doc') return { ok: false, message: 'The document must start with a doc node.' };
  let problem: string | undefined;
  node.descendants((child) => {
    problem ??= unsafeAttribute(child);
    return problem === undefined;
  });
  return problem ? { ok: false, message: `The document was refused: ${problem}.` } : { ok: true, node };
}
