import type { Classification } from '../../common/briefing/briefing-metadata';
import { classificationLevelLabels } from '../../common/briefing/metadata-labels';

const levelRank: Record<Classification['level'], number> = { public: 0, internal: 1, confidential: 2, custom: 3 };

/** The label printed on banners and page headers, e.g. "Confidential" or a custom "Partners only". */
export function classificationLabel(classification: Classification): string {
  if (classification.level === 'custom') return classification.customLabel.trim() || 'Restricted';
  return classificationLevelLabels[classification.level];
}

/** For a set of briefings printed together: every distinct label, most restrictive first. */
export function combinedClassificationLabel(classifications: readonly Classification[]): string {
  const sorted = [...classifications].sort((a, b) => levelRank[b.level] - levelRank[a.level]);
  return [...new Set(sorted.map(classificationLabel))].join(' / ');
}
