import { describe, expect, it } from 'vitest';
import {
  englishExportLabels,
  exportLabelsByLanguage,
  exportLabelsFor,
  fillLabel,
  pageOfTotalParts,
} from './export-labels';
import { exportLocaleOf } from './export-locale';

/** Every string of a label set, nested records included, by its path. */
function strings(value: unknown, path = ''): [string, unknown][] {
  if (typeof value !== 'object' || value === null) return [[path, value]];
  return Object.entries(value).flatMap(([key, inner]) => strings(inner, path ? `${path}.${key}` : key));
}

describe('the words around an export’s text', () => {
  it('has every label, non-empty, in every shipped language, with the placeholders English has', () => {
    const english = strings(englishExportLabels);
    for (const [language, labels] of Object.entries(exportLabelsByLanguage)) {
      const translated = new Map(strings(labels));
      for (const [path, text] of english) {
        const other = translated.get(path);
        expect(typeof other === 'string' && other.trim() !== '', `${language} ${path}`).toBe(true);
        const placeholders = (label: unknown) =>
          String(label)
            .match(/\{\w+\}/g)
            ?.sort() ?? [];
        expect(placeholders(other), `${language} ${path}`).toEqual(placeholders(text));
      }
      expect(translated.size, language).toBe(english.length);
    }
  });

  it('follows the export’s language, regional variants included, and falls back to English', () => {
    expect(exportLabelsFor(exportLocaleOf('fr-CA', 'western')).asOf).toBe('Situation au');
    expect(exportLabelsFor(exportLocaleOf('ar', 'arabic-indic')).sources).toBe('المصادر');
    expect(exportLabelsFor(exportLocaleOf('uk', 'western')).statuses.draft).toBe('Чернетка');
    expect(exportLabelsFor(exportLocaleOf('de', 'western'))).toBe(englishExportLabels);
    expect(exportLabelsFor(exportLocaleOf('en', 'western'))).toBe(englishExportLabels);
  });

  it('fills placeholders and cuts "Page X of Y" around its numbers', () => {
    expect(fillLabel('No. {n}', { n: '12' })).toBe('No. 12');
    expect(fillLabel('{unknown} stays', {})).toBe('{unknown} stays');
    expect(pageOfTotalParts(englishExportLabels)).toEqual(['Page ', ' of ', '']);
    expect(pageOfTotalParts(exportLabelsByLanguage.ar ?? englishExportLabels)).toEqual(['الصفحة ', ' من ', '']);
  });
});
