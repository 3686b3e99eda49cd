import type { BriefingStatus, Classification } from '../briefing/briefing-metadata';
import { type CorrectionKind, correctionKindLabels } from '../briefing/corrections-log';
import { classificationLevelLabels, metadataFieldLabels, statusLabels } from '../briefing/metadata-labels';
import { type SourceType, sourceTypeLabels } from '../briefing/source-list';
import type { ExportLocale } from './export-locale';

/**
 * The words an export writes around the briefing's own text, in the briefing's language: the labels of
 * its details, the headings of the sources and the corrections, the key figures' "as of", the PDF's
 * running footer. `{n}`, `{page}` and `{total}` are filled in by `fillLabel`. The app itself, and the
 * review markup meant for the desk (comment threads, suggestion labels), stay in English.
 */
export interface ExportLabels {
  author: string;
  authors: string;
  status: string;
  classification: string;
  asOf: string;
  reportNumber: string;
  /** The report number's value, e.g. "No. {n}". */
  reportNumberValue: string;
  periodCovered: string;
  nextUpdate: string;
  embargoedUntil: string;
  desk: string;
  tags: string;
  revision: string;
  exported: string;
  exportedWith: string;
  /** Between the export time and the app in the HTML's footer: "Exported … with Briefdesk 1.0". */
  withApp: string;
  sources: string;
  corrections: string;
  /** After a source's type when the source is not named, e.g. "Witness, not named". */
  sourceNotNamed: string;
  /** Before the time a source was accessed, e.g. "accessed 1 December 2026". */
  sourceAccessed: string;
  /** Before a key figure's time, e.g. "(UNHCR, as of 25 November 2026)". */
  keyFigureAsOf: string;
  /** A key figure's label when it has none. */
  keyFigureWithoutLabel: string;
  /** The PDF's running footer, e.g. "Page {page} of {total}". */
  pageOfTotal: string;
  untitledBriefing: string;
  /** A custom classification without its own label. */
  restricted: string;
  statuses: Record<BriefingStatus, string>;
  classificationLevels: Record<Exclude<Classification['level'], 'custom'>, string>;
  sourceTypes: Record<SourceType, string>;
  correctionKinds: Record<CorrectionKind, string>;
  /** Above a combined file's title on its cover. */
  coverKicker: string;
  /** A combined file's title when the user gives none, e.g. "Briefings, {date}". */
  combinedTitle: string;
  /** "{n} reports in this file" on the cover, in each plural form the language has (`Intl.PluralRules`). */
  reportsInFile: PluralForms;
  contents: string;
}

/** A text in each plural form a language distinguishes; `other` is always there. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** English labels: the default, and what machine-readable fields (meta tags, ninjs) always carry. */
export const englishExportLabels: ExportLabels = {
  // The app's own English names, so an export and the screen never disagree.
  author: 'Author',
  authors: metadataFieldLabels.authors,
  status: metadataFieldLabels.status,
  classification: metadataFieldLabels.classification,
  asOf: metadataFieldLabels.asOf,
  reportNumber: metadataFieldLabels.reportNumber,
  reportNumberValue: 'No. {n}',
  periodCovered: 'Period covered',
  nextUpdate: metadataFieldLabels.nextUpdate,
  embargoedUntil: metadataFieldLabels.embargoUntil,
  desk: metadataFieldLabels.desk,
  tags: metadataFieldLabels.tags,
  revision: 'Revision',
  exported: 'Exported',
  exportedWith: 'Exported with',
  withApp: 'with',
  sources: metadataFieldLabels.sources,
  corrections: metadataFieldLabels.corrections,
  sourceNotNamed: 'not named',
  sourceAccessed: 'accessed',
  keyFigureAsOf: 'as of',
  keyFigureWithoutLabel: 'Figure',
  pageOfTotal: 'Page {page} of {total}',
  untitledBriefing: 'Untitled briefing',
  restricted: 'Restricted',
  statuses: statusLabels,
  classificationLevels: {
    public: classificationLevelLabels.public,
    internal: classificationLevelLabels.internal,
    confidential: classificationLevelLabels.confidential,
  },
  sourceTypes: sourceTypeLabels,
  correctionKinds: correctionKindLabels,
  coverKicker: 'Situation briefings',
  combinedTitle: 'Briefings, {date}',
  reportsInFile: { one: '{n} report in this file', other: '{n} reports in this file' },
  contents: 'Contents',
};

const french: ExportLabels = {
  author: 'Auteur',
  authors: 'Auteurs',
  status: 'Statut',
  classification: 'Classification',
  asOf: 'Situation au',
  reportNumber: 'Numéro du rapport',
  reportNumberValue: 'n° {n}',
  periodCovered: 'Période couverte',
  nextUpdate: 'Prochaine mise à jour',
  embargoedUntil: 'Sous embargo jusqu’au',
  desk: 'Service',
  tags: 'Mots-clés',
  revision: 'Révision',
  exported: 'Exporté le',
  exportedWith: 'Exporté avec',
  withApp: 'avec',
  sources: 'Sources',
  corrections: 'Corrections et mises à jour',
  sourceNotNamed: 'non nommée',
  sourceAccessed: 'consultée le',
  keyFigureAsOf: 'au',
  keyFigureWithoutLabel: 'Chiffre',
  pageOfTotal: 'Page {page} sur {total}',
  untitledBriefing: 'Note sans titre',
  restricted: 'Diffusion restreinte',
  statuses: {
    draft: 'Brouillon',
    'in-review': 'En relecture',
    approved: 'Approuvé',
    published: 'Publié',
    archived: 'Archivé',
  },
  classificationLevels: { public: 'Public', internal: 'Interne', confidential: 'Confidentiel' },
  sourceTypes: {
    official: 'Source officielle',
    agency: 'Agence de presse',
    'ngo-un': 'ONG / ONU',
    witness: 'Témoin',
    'social-media': 'Réseaux sociaux',
    document: 'Document',
    'own-reporting': 'Reportage de la rédaction',
  },
  correctionKinds: { correction: 'Correction', clarification: 'Précision', update: 'Mise à jour' },
  coverKicker: 'Notes de situation',
  combinedTitle: 'Notes, {date}',
  reportsInFile: { one: '{n} rapport dans ce fichier', other: '{n} rapports dans ce fichier' },
  contents: 'Sommaire',
};

const spanish: ExportLabels = {
  author: 'Autor',
  authors: 'Autores',
  status: 'Estado',
  classification: 'Clasificación',
  asOf: 'Situación al',
  reportNumber: 'Número de informe',
  reportNumberValue: 'n.º {n}',
  periodCovered: 'Periodo cubierto',
  nextUpdate: 'Próxima actualización',
  embargoedUntil: 'Embargo hasta',
  desk: 'Sección',
  tags: 'Etiquetas',
  revision: 'Revisión',
  exported: 'Exportado',
  exportedWith: 'Exportado con',
  withApp: 'con',
  sources: 'Fuentes',
  corrections: 'Correcciones y actualizaciones',
  sourceNotNamed: 'no identificada',
  sourceAccessed: 'consultada el',
  keyFigureAsOf: 'al',
  keyFigureWithoutLabel: 'Cifra',
  pageOfTotal: 'Página {page} de {total}',
  untitledBriefing: 'Informe sin título',
  restricted: 'Restringido',
  statuses: {
    draft: 'Borrador',
    'in-review': 'En revisión',
    approved: 'Aprobado',
    published: 'Publicado',
    archived: 'Archivado',
  },
  classificationLevels: { public: 'Público', internal: 'Interno', confidential: 'Confidencial' },
  sourceTypes: {
    official: 'Fuente oficial',
    agency: 'Agencia de noticias',
    'ngo-un': 'ONG / ONU',
    witness: 'Testigo',
    'social-media': 'Redes sociales',
    document: 'Documento',
    'own-reporting': 'Información propia',
  },
  correctionKinds: { correction: 'Corrección', clarification: 'Aclaración', update: 'Actualización' },
  coverKicker: 'Informes de situación',
  combinedTitle: 'Informes, {date}',
  reportsInFile: { one: '{n} informe en este archivo', other: '{n} informes en este archivo' },
  contents: 'Índice',
};

const ukrainian: ExportLabels = {
  author: 'Автор',
  authors: 'Автори',
  status: 'Статус',
  classification: 'Рівень доступу',
  asOf: 'Станом на',
  reportNumber: 'Номер звіту',
  reportNumberValue: '№ {n}',
  periodCovered: 'Період',
  nextUpdate: 'Наступне оновлення',
  embargoedUntil: 'Ембарго до',
  desk: 'Редакція',
  tags: 'Теги',
  revision: 'Версія',
  exported: 'Експортовано',
  exportedWith: 'Експортовано за допомогою',
  withApp: 'за допомогою',
  sources: 'Джерела',
  corrections: 'Виправлення та оновлення',
  sourceNotNamed: 'не назване',
  sourceAccessed: 'переглянуто',
  keyFigureAsOf: 'станом на',
  keyFigureWithoutLabel: 'Показник',
  pageOfTotal: 'Сторінка {page} з {total}',
  untitledBriefing: 'Звіт без назви',
  restricted: 'Обмежений доступ',
  statuses: {
    draft: 'Чернетка',
    'in-review': 'На рецензуванні',
    approved: 'Затверджено',
    published: 'Опубліковано',
    archived: 'В архіві',
  },
  classificationLevels: { public: 'Публічний', internal: 'Внутрішній', confidential: 'Конфіденційний' },
  sourceTypes: {
    official: 'Офіційне джерело',
    agency: 'Інформаційна агенція',
    'ngo-un': 'НУО / ООН',
    witness: 'Свідок',
    'social-media': 'Соцмережі',
    document: 'Документ',
    'own-reporting': 'Власна інформація',
  },
  correctionKinds: { correction: 'Виправлення', clarification: 'Уточнення', update: 'Оновлення' },
  coverKicker: 'Оперативні зведення',
  combinedTitle: 'Зведення, {date}',
  reportsInFile: {
    one: '{n} звіт у цьому файлі',
    few: '{n} звіти у цьому файлі',
    many: '{n} звітів у цьому файлі',
    other: '{n} звіту у цьому файлі',
  },
  contents: 'Зміст',
};

const russian: ExportLabels = {
  author: 'Автор',
  authors: 'Авторы',
  status: 'Статус',
  classification: 'Уровень доступа',
  asOf: 'По состоянию на',
  reportNumber: 'Номер отчёта',
  reportNumberValue: '№ {n}',
  periodCovered: 'Период',
  nextUpdate: 'Следующее обновление',
  embargoedUntil: 'Эмбарго до',
  desk: 'Редакция',
  tags: 'Теги',
  revision: 'Версия',
  exported: 'Экспортировано',
  exportedWith: 'Экспортировано с помощью',
  withApp: 'с помощью',
  sources: 'Источники',
  corrections: 'Исправления и обновления',
  sourceNotNamed: 'не назван',
  sourceAccessed: 'просмотрено',
  keyFigureAsOf: 'по состоянию на',
  keyFigureWithoutLabel: 'Показатель',
  pageOfTotal: 'Страница {page} из {total}',
  untitledBriefing: 'Отчёт без названия',
  restricted: 'Ограниченный доступ',
  statuses: {
    draft: 'Черновик',
    'in-review': 'На рецензии',
    approved: 'Утверждено',
    published: 'Опубликовано',
    archived: 'В архиве',
  },
  classificationLevels: { public: 'Публичный', internal: 'Внутренний', confidential: 'Конфиденциальный' },
  sourceTypes: {
    official: 'Официальный источник',
    agency: 'Информационное агентство',
    'ngo-un': 'НКО / ООН',
    witness: 'Очевидец',
    'social-media': 'Соцсети',
    document: 'Документ',
    'own-reporting': 'Собственная информация',
  },
  correctionKinds: { correction: 'Исправление', clarification: 'Уточнение', update: 'Обновление' },
  coverKicker: 'Оперативные сводки',
  combinedTitle: 'Сводки, {date}',
  reportsInFile: {
    one: '{n} отчёт в этом файле',
    few: '{n} отчёта в этом файле',
    many: '{n} отчётов в этом файле',
    other: '{n} отчёта в этом файле',
  },
  contents: 'Содержание',
};

const arabic: ExportLabels = {
  author: 'الكاتب',
  authors: 'الكتّاب',
  status: 'الحالة',
  classification: 'التصنيف',
  asOf: 'حتى تاريخ',
  reportNumber: 'رقم التقرير',
  reportNumberValue: 'رقم {n}',
  periodCovered: 'الفترة المشمولة',
  nextUpdate: 'التحديث القادم',
  embargoedUntil: 'محظور النشر حتى',
  desk: 'القسم',
  tags: 'الوسوم',
  revision: 'النسخة',
  exported: 'تاريخ التصدير',
  exportedWith: 'صُدّر باستخدام',
  withApp: 'باستخدام',
  sources: 'المصادر',
  corrections: 'التصحيحات والتحديثات',
  sourceNotNamed: 'غير مسمّى',
  sourceAccessed: 'تاريخ الاطلاع',
  keyFigureAsOf: 'حتى',
  keyFigureWithoutLabel: 'رقم',
  pageOfTotal: 'الصفحة {page} من {total}',
  untitledBriefing: 'تقرير بلا عنوان',
  restricted: 'مقيّد',
  statuses: { draft: 'مسودة', 'in-review': 'قيد المراجعة', approved: 'معتمد', published: 'منشور', archived: 'مؤرشف' },
  classificationLevels: { public: 'عام', internal: 'داخلي', confidential: 'سرّي' },
  sourceTypes: {
    official: 'مصدر رسمي',
    agency: 'وكالة أنباء',
    'ngo-un': 'منظمة غير حكومية / الأمم المتحدة',
    witness: 'شاهد عيان',
    'social-media': 'وسائل التواصل الاجتماعي',
    document: 'وثيقة',
    'own-reporting': 'مصادر التحرير',
  },
  correctionKinds: { correction: 'تصحيح', clarification: 'توضيح', update: 'تحديث' },
  coverKicker: 'تقارير الوضع',
  combinedTitle: 'تقارير، {date}',
  reportsInFile: {
    zero: '{n} تقرير في هذا الملف',
    one: 'تقرير واحد في هذا الملف',
    two: 'تقريران في هذا الملف',
    few: '{n} تقارير في هذا الملف',
    many: '{n} تقريرًا في هذا الملف',
    other: '{n} تقرير في هذا الملف',
  },
  contents: 'المحتويات',
};

/** The languages whose labels ship, by their base language subtag; every other language gets English. */
export const exportLabelsByLanguage: Readonly<Record<string, ExportLabels>> = {
  en: englishExportLabels,
  fr: french,
  es: spanish,
  uk: ukrainian,
  ru: russian,
  ar: arabic,
};

/** The labels an export in `locale` writes: its base language's, else English. */
export function exportLabelsFor({ locale }: Pick<ExportLocale, 'locale'>): ExportLabels {
  let base = 'en';
  try {
    base = new Intl.Locale(locale).language;
  } catch {
    // An export locale always parses; English stays the fallback.
  }
  return exportLabelsByLanguage[base] ?? englishExportLabels;
}

/**
 * "Page {page} of {total}" cut around its two numbers, for footers whose numbers the printer or Word fills in:
 * the text before the page number, between the two, and after the total.
 */
export function pageOfTotalParts(labels: ExportLabels): [before: string, between: string, after: string] {
  const [before = '', rest = ''] = labels.pageOfTotal.split('{page}');
  const [between = '', after = ''] = rest.split('{total}');
  return [before, between, after];
}

/** The form of `forms` for the count `n` in the export's language, its `{n}` written in the export's digits. */
export function pluralLabel(forms: PluralForms, n: number, { locale, numberingSystem }: ExportLocale): string {
  const form = forms[new Intl.PluralRules(locale).select(n)] ?? forms.other;
  return fillLabel(form, { n: new Intl.NumberFormat(locale, { numberingSystem }).format(n) });
}

/** A label with its `{name}` placeholders filled, e.g. `fillLabel('No. {n}', { n: '4' })`. */
export function fillLabel(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
