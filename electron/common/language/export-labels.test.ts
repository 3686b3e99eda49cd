import { describe, expect, it } from 'vitest';
import {
  englishExportLabels,
  exportLabelsByLanguage,
  exportLabelsFor,
  fillLabel,
  pageOfTotalParts,
  pluralLabel,
} from './export-labels';
import { exportLocaleOf } from './export-locale';

/** Every string of a label set, nested records included, by its path. */
function strings(value: unknown, path = ''): [string, unknown][] {
  if (typeof value !== 'object' || value === null) return [[path, value]];
  return Object.entries(value).flatMap(([key, inner]) => strings(inner, path ? `${path}.${key}` : key));
}

describe('the words around an export’s text', () => {
  it('has every label, non-empty, in every shipped language, with the placeholders English has', () => {
    // Plural forms differ by language (Arabic has six, English two); each language's own are checked below.
    const singular = (entries: [string, unknown][]) => entries.filter(([path]) => !path.startsWith('reportsInFile.'));
    const english = singular(strings(englishExportLabels));
    for (const [language, labels] of Object.entries(exportLabelsByLanguage)) {
      const translated = new Map(singular(strings(labels)));
      expect(labels.reportsInFile.other, language).toContain('{n}');
      for (const form of Object.keys(labels.reportsInFile)) {
        expect(new Intl.PluralRules(language).resolvedOptions().pluralCategories, `${language} ${form}`).toContain(
          form,
        );
      }
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

  it('counts reports in each language’s plural forms, in the export’s digits', () => {
    const reports = (language: string, n: number) =>
      pluralLabel(
        exportLabelsFor(exportLocaleOf(language, 'arabic-indic')).reportsInFile,
        n,
        exportLocaleOf(language, 'arabic-indic'),
      );
    expect(reports('en', 1)).toBe('1 report in this file');
    expect(reports('en', 3)).toBe('3 reports in this file');
    expect(reports('uk', 3)).toBe('3 звіти у цьому файлі');
    expect(reports('uk', 5)).toBe('5 звітів у цьому файлі');
    expect(reports('ru', 21)).toBe('21 отчёт в этом файле');
    expect(reports('ar', 2)).toBe('تقريران في هذا الملف');
    expect(reports('ar', 4)).toBe('٤ تقارير في هذا الملف');
  });

  it('fills placeholders and cuts "Page X of Y" around its numbers', () => {
    expect(fillLabel('No. {n}', { n: '12' })).toBe('No. 12');
    expect(fillLabel('{unknown} stays', {})).toBe('{unknown} stays');
    expect(pageOfTotalParts(englishExportLabels)).toEqual(['Page ', ' of ', '']);
    expect(pageOfTotalParts(exportLabelsByLanguage.ar ?? englishExportLabels)).toEqual(['الصفحة ', ' من ', '']);
  });
});
