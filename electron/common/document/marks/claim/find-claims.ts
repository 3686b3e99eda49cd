import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { type ClaimAttributes, readClaimAttributes } from './claim-mark';

/** One claim in the body: its document range, its text and its attributes. */
export interface FoundClaim extends ClaimAttributes {
  from: number;
  to: number;
  text: string;
}

/** Every claim in the body, in document order; adjacent text with the same claim mark is one claim. */
export function findClaims(document: ProseMirrorNode): FoundClaim[] {
  const claims: FoundClaim[] = [];
  let last: { claim: FoundClaim; attrs: Record<string, unknown> } | undefined;
  document.descendants((node, position) => {
    if (!node.isText) return true;
    const mark = node.marks.find((candidate) => candidate.type.name === 'claim');
    if (!mark) return false;
    if (last && last.claim.to === position && JSON.stringify(last.attrs) === JSON.stringify(mark.attrs)) {
      last.claim.to += node.nodeSize;
      last.claim.text += node.text ?? '';
      return false;
    }
    const claim = {
      ...readClaimAttributes(mark.attrs),
      from: position,
      to: position + node.nodeSize,
      text: node.text ?? '',
    };
    claims.push(claim);
    last = { claim, attrs: mark.attrs };
    return false;
  });
  return claims;
}
