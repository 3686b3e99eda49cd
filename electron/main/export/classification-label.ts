import type { Classification } from '../../common/briefing/briefing-metadata';
import { type ExportLabels, englishExportLabels } from '../../common/language/export-labels';

const levelRank: Record<Classification['level'], number> = { public: 0, internal: 1, confidential: 2, custom: 3 };

/**
 * The label printed on banners and page headers, e.g. "Confidential" or a custom "Partners only", in the
 * export's language (English for machine-readable fields).
 */
export function classificationLabel(
  classification: Classification,
  labels: ExportLabels = englishExportLabels,
): string {
  if (classification.level === 'custom') return classification.customLabel.trim() || labels.restricted;
  return labels.classificationLevels[classification.level];
}

/** For a set of briefings printed together: every distinct label, most restrictive first. */
export function combinedClassificationLabel(
  classifications: readonly Classification[],
  labels: ExportLabels = englishExportLabels,
): string {
  const sorted = [...classifications].sort((a, b) => levelRank[b.level] - levelRank[a.level]);
  return [...new Set(sorted.map((classification) => classificationLabel(classification, labels)))].join(' / ');
}
