import { describe, expect, it } from 'vitest';
import { findReviewAnchorMarkers } from '../../common/import/review-anchor-markers';
import { readDocxReview } from './docx-review';

const namespaces =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml"';

const comment = (id: number, author: string, paragraphId: string, text: string) =>
  `<w:comment w:id="${id}" w:author="${author}" w:date="2026-11-25T09:0${id}:00Z"><w:p w14:paraId="${paragraphId}"><w:r><w:t>${text}</w:t></w:r></w:p></w:comment>`;

const now = new Date('2026-11-26T09:00:00Z');

describe('reading a Word document’s review', () => {
  it('threads Word 2013 replies by their parent paragraph and marks a done thread resolved', () => {
    // The parts as Word 2013 and later write them (ECMA-376 plus the w15 commentsExtended part).
    const document = `<w:document ${namespaces}><w:body><w:p><w:commentRangeStart w:id="0"/><w:commentRangeStart w:id="1"/><w:r><w:t>Port reopened</w:t></w:r><w:commentRangeEnd w:id="0"/><w:commentRangeEnd w:id="1"/><w:r><w:commentReference w:id="0"/></w:r><w:r><w:commentReference w:id="1"/></w:r></w:p><w:p><w:commentRangeStart w:id="2"/><w:r><w:t>Grain ships left.</w:t></w:r><w:commentRangeEnd w:id="2"/></w:p></w:body></w:document>`;
    const comments = `<w:comments ${namespaces}>${comment(0, 'Ana', '1A000001', 'Which port?')}${comment(1, 'Ben', '1A000002', 'Odesa.')}${comment(2, 'Ana', '1A000003', 'How many?')}</w:comments>`;
    const commentsExtended = `<w15:commentsEx ${namespaces}><w15:commentEx w15:paraId="1A000001" w15:done="1"/><w15:commentEx w15:paraId="1A000002" w15:paraIdParent="1A000001" w15:done="0"/><w15:commentEx w15:paraId="1A000003" w15:done="0"/></w15:commentsEx>`;
    const review = readDocxReview(document, { comments, commentsExtended }, now);
    expect(
      review.threads.map((thread) => thread.messages.map((message) => `${message.author}: ${message.text}`)),
    ).toEqual([['Ana: Which port?', 'Ben: Odesa.'], ['Ana: How many?']]);
    expect(review.threads.map((thread) => thread.resolved)).toEqual([
      { by: 'Ben', at: '2026-11-25T09:01:00.000Z' },
      null,
    ]);
    // Only the thread's first comment marks the text: the reply's range repeats it.
    expect(findReviewAnchorMarkers(review.documentXml).map(({ kind, index }) => `${kind} ${index}`)).toEqual([
      'comment-start 0',
      'comment-end 0',
      'comment-start 1',
      'comment-end 1',
    ]);
  });

  it('marks a comment that starts between paragraphs at the start of the next one', () => {
    const document = `<w:document ${namespaces}><w:body><w:commentRangeStart w:id="0"/><w:p><w:pPr><w:pStyle w:val="Normal"/></w:pPr><w:r><w:t>First.</w:t></w:r></w:p><w:p><w:r><w:t>Second.</w:t></w:r></w:p><w:commentRangeEnd w:id="0"/></w:body></w:document>`;
    const comments = `<w:comments ${namespaces}>${comment(0, 'Ana', '1A000001', 'Both lines?')}</w:comments>`;
    const { documentXml } = readDocxReview(document, { comments }, now);
    const [start, end] = findReviewAnchorMarkers(documentXml);
    expect(documentXml.indexOf('</w:pPr>')).toBeLessThan(start?.offset ?? 0);
    expect(start?.offset).toBeLessThan(documentXml.indexOf('First.'));
    expect(end?.offset).toBeGreaterThan(documentXml.indexOf('Second.'));
    expect(end?.offset).toBeLessThan(documentXml.lastIndexOf('</w:p>'));
  });
});
