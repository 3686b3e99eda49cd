import JSZip from 'jszip';
import mammoth from 'mammoth';
import { ImportRefusedError } from '../../common/import/convert-import';
import { type DocxReview, readDocxReview } from './docx-review';

/** A Word document as HTML, its review's places marked in the text (`review-anchor-markers.ts`). */
export interface DocxConversion {
  html: string;
  /** The comment threads and tracked changes the markers number, and the changes shown as accepted. */
  review: Omit<DocxReview, 'documentXml'>;
}

/** Word's own styles and the ones pandoc and LibreOffice write, mapped to what the importer reads. */
const styleMap = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Subtitle'] => p:fresh",
  "p[style-name='Caption'] => p.caption:fresh",
  "p[style-name='Image Caption'] => p.caption:fresh",
  "p[style-name='Table Caption'] => p.caption:fresh",
  "p[style-name='Figure'] => p.caption:fresh",
];

const notWord =
  'This file is not a Word document Briefdesk can read (.docx). Open it in Word or LibreOffice, save it as .docx and import it again.';

/**
 * Converts a .docx file with mammoth (headings, lists, tables, pictures as
 * `data:` images with their alt text, footnotes as a list at the end). Before
 * mammoth reads the body, comment ranges and tracked insertions and deletions
 * are marked in it (mammoth keeps no ranges and shows changes as accepted).
 */
export async function docxToHtml(bytes: Uint8Array, now: Date): Promise<DocxConversion> {
  const zip = await JSZip.loadAsync(bytes).catch(() => {
    throw new ImportRefusedError(notWord);
  });
  const documentXml = await zip.file('word/document.xml')?.async('string');
  if (documentXml === undefined) throw new ImportRefusedError(notWord);
  const { documentXml: markedXml, ...review } = readDocxReview(
    documentXml,
    {
      comments: await zip.file('word/comments.xml')?.async('string'),
      commentsExtended: await zip.file('word/commentsExtended.xml')?.async('string'),
    },
    now,
  );
  zip.file('word/document.xml', markedXml);
  const marked = await zip.generateAsync({ type: 'nodebuffer' });
  const converted = await mammoth.convertToHtml({ buffer: marked }, { styleMap });
  return { html: converted.value, review };
}
