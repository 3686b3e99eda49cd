import type { BriefingContent } from '../../electron/common/document/briefing-content';

/** The body that revision `revision` of briefing `id` must hold: deterministic, from a few bytes to ~60 KB. */
export function durabilityContent(id: string, revision: number): BriefingContent {
  let hash = 2166136261;
  for (const character of `${id}:${revision}`) hash = Math.imul(hash ^ character.charCodeAt(0), 16777619) >>> 0;
  const count = 1 + (hash % 400);
  return {
    type: 'doc',
    content: Array.from({ length: count }, (_, index) => ({
      type: 'paragraph',
      content: [
        { type: 'text', text: `Revision ${revision}, paragraph ${index}: forty-two drones, power outages, talks.` },
      ],
    })),
  };
}
