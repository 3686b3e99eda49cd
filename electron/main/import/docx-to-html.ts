import JSZip from 'jszip';
import mammoth from 'mammoth';
import { ImportRefusedError } from '../../common/import/convert-import';

/** A Word document as HTML, with what mammoth's HTML cannot show: tracked changes and comments. */
export interface DocxConversion {
  html: string;
  /** Sentences for the user about what the HTML does not carry. */
  notices: string[];
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

function countMatches(xml: string, pattern: RegExp): number {
  return xml.match(pattern)?.length ?? 0;
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/**
 * Converts a .docx file with mammoth (headings, lists, tables, pictures as
 * `data:` images with their alt text, footnotes as a list at the end). Tracked
 * changes are shown as if accepted, so the user is told how many there were;
 * comments are left out and counted.
 */
export async function docxToHtml(bytes: Uint8Array): Promise<DocxConversion> {
  const zip = await JSZip.loadAsync(bytes).catch(() => {
    throw new ImportRefusedError(notWord);
  });
  const documentXml = await zip.file('word/document.xml')?.async('string');
  if (documentXml === undefined) throw new ImportRefusedError(notWord);
  const converted = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { styleMap });
  const notices: string[] = [];
  const insertions = countMatches(documentXml, /<w:ins\b/g);
  const deletions = countMatches(documentXml, /<w:del\b/g);
  if (insertions + deletions > 0) {
    notices.push(
      `The document has tracked changes nobody accepted or rejected (${plural(insertions, 'insertion', 'insertions')}, ${plural(deletions, 'deletion', 'deletions')}). Briefdesk shows the text as if all were accepted: compare it with the document in Word before you rely on it.`,
    );
  }
  const comments = countMatches((await zip.file('word/comments.xml')?.async('string')) ?? '', /<w:comment\b/g);
  if (comments > 0) {
    notices.push(
      `${plural(comments, 'comment', 'comments')} in the document ${comments === 1 ? 'was' : 'were'} not brought in; read ${comments === 1 ? 'it' : 'them'} in Word.`,
    );
  }
  return { html: converted.value, notices };
}
