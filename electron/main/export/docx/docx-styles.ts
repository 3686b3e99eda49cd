import { AlignmentType, type ILevelsOptions, type INumberingOptions, type IStylesOptions, LevelFormat } from 'docx';
import type { WordListPlace } from '../../../common/document/word-render-context';

/** Paragraph styles beside Word's built-in headings, named so Word, LibreOffice and pandoc recognise them. */
export const docxStyles: IStylesOptions = {
  default: { document: { run: { font: 'Calibri', size: 22 } } },
  paragraphStyles: [
    {
      id: 'Quote',
      name: 'Quote',
      basedOn: 'Normal',
      quickFormat: true,
      run: { italics: true },
      paragraph: { indent: { left: 567, right: 567 } },
    },
    {
      id: 'Caption',
      name: 'Caption',
      basedOn: 'Normal',
      quickFormat: true,
      run: { size: 18, color: '444444' },
      paragraph: { spacing: { after: 240 } },
    },
    { id: 'KeyFigureValue', name: 'Key Figure Value', basedOn: 'Normal', run: { bold: true, size: 36 } },
    { id: 'KeyFigureLabel', name: 'Key Figure Label', basedOn: 'Normal', run: { size: 18 } },
    { id: 'Notice', name: 'Notice', basedOn: 'Normal', run: { italics: true, color: '6B2B00' } },
    { id: 'Disclaimer', name: 'Disclaimer', basedOn: 'Normal', run: { italics: true, size: 18, color: '444444' } },
    { id: 'Classification', name: 'Classification', basedOn: 'Normal', run: { bold: true, allCaps: true } },
    { id: 'Dateline', name: 'Dateline', basedOn: 'Normal', run: { bold: true, color: '444444' } },
  ],
};

/**
 * The styles of a document written in `language`: Word's default run language (w:lang in the document
 * defaults, what Word shows as the document's language and checks spelling in), for Latin and for complex
 * script text alike.
 */
export function docxStylesIn(language: string): IStylesOptions {
  return {
    ...docxStyles,
    default: {
      document: {
        run: { ...docxStyles.default?.document?.run, language: { value: language, bidirectional: language } },
      },
    },
  };
}

const levels = Array.from({ length: 9 }, (_unused, level) => level);

const bulletLevels: ILevelsOptions[] = levels.map((level) => ({
  level,
  format: LevelFormat.BULLET,
  text: ['•', '◦', '▪'][level % 3] as string,
  alignment: AlignmentType.LEFT,
  style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
}));

const orderedLevels = (start: number): ILevelsOptions[] =>
  levels.map((level) => ({
    level,
    format: [LevelFormat.DECIMAL, LevelFormat.LOWER_LETTER, LevelFormat.LOWER_ROMAN][level % 3],
    text: `%${level + 1}.`,
    start: level === 0 ? start : 1,
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
  }));

/** The numbering reference of a list: one for bullets, one per start number for ordered lists. */
export function numberingReference(place: Pick<WordListPlace, 'kind' | 'start'>): string {
  return place.kind === 'bullet' ? 'bullets' : `numbers-from-${place.start}`;
}

/** Numbering definitions for the lists the document uses. */
export function docxNumbering(places: readonly WordListPlace[]): INumberingOptions {
  const starts = [...new Set(places.filter((place) => place.kind === 'ordered').map((place) => place.start))];
  return {
    config: [
      { reference: 'bullets', levels: bulletLevels },
      ...starts.map((start) => ({
        reference: numberingReference({ kind: 'ordered', start }),
        levels: orderedLevels(start),
      })),
    ],
  };
}
