import type { Classification } from '../briefing/briefing-metadata';
import type { CheckFindingKind } from './check-finding';

/**
 * When a finding stops a final export: `always`, only when the briefing is `public`, or `never` (a final
 * export already leaves the part out, or it is advice). A public export blocks by default.
 */
const blockingRule: Record<CheckFindingKind, 'always' | 'public' | 'never'> = {
  // A claim marked false never prints silently, whoever the reader.
  'claim-false': 'always',
  'claim-unverified': 'public',
  // Every key figure needs its source, whoever the reader.
  'key-figure-without-source': 'always',
  'key-figure-without-as-of': 'public',
  // Advice: a stale time is not wrong, only old; the author decides.
  'as-of-stale': 'never',
  'empty-section': 'never',
  'guidance-left': 'public',
  'empty-list-item': 'never',
  'figure-without-image': 'never',
  'figure-without-caption': 'public',
  'figure-without-credit': 'public',
  'figure-without-alt-text': 'public',
  'bare-url-link': 'never',
  'embargo-in-force': 'public',
  'missing-dateline': 'public',
  'missing-author': 'public',
  // Advice: a dictionary does not know every name.
  misspelling: 'never',
};

/** Whether a finding of `kind` blocks a final export of a briefing with this classification. */
export function isBlocking(kind: CheckFindingKind, classification: Classification): boolean {
  const rule = blockingRule[kind];
  return rule === 'always' || (rule === 'public' && classification.level === 'public');
}
