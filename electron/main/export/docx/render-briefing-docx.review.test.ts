import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { everyNodeBriefing } from '../../../../tests/fixtures/briefings/every-node-briefing';
import { fixtureFileRenderOptions } from '../../../../tests/support/file-render-options';
import { runDocumentTool } from '../../../../tests/support/run-document-tool';
import { renderBriefingDocx } from './render-briefing-docx';

type Span = { classes: string[]; attributes: Record<string, string>; text: string };

/** pandoc's spans for tracked changes and comments (`--track-changes=all`), with their text. */
function trackedSpans(ast: unknown): Span[] {
  const spans: Span[] = [];
  const text = (value: unknown): string => {
    if (Array.isArray(value)) return value.map(text).join('');
    if (!value || typeof value !== 'object') return '';
    const { t, c } = value as { t: string; c: unknown };
    return t === 'Str' ? String(c) : t === 'Space' ? ' ' : text(c);
  };
  const visit = (value: unknown) => {
    if (Array.isArray(value)) {
      for (const item of value) visit(item);
      return;
    }
    if (!value || typeof value !== 'object') return;
    const { t, c } = value as { t: string; c: unknown };
    if (t === 'Span') {
      const [[, classes, attributes], inlines] = c as [[string, string[], [string, string][]], unknown];
      if (classes.length > 0) spans.push({ classes, attributes: Object.fromEntries(attributes), text: text(inlines) });
    }
    visit(c);
  };
  visit(ast);
  return spans;
}

let folder: string;
let review: JSZip;
let final: JSZip;
let spans: Span[];

beforeAll(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'briefdesk-docx-review-'));
  const reviewBytes = (await renderBriefingDocx(everyNodeBriefing(), fixtureFileRenderOptions({ purpose: 'review' })))
    .bytes as Uint8Array;
  const finalBytes = (await renderBriefingDocx(everyNodeBriefing(), fixtureFileRenderOptions())).bytes as Uint8Array;
  review = await JSZip.loadAsync(reviewBytes);
  final = await JSZip.loadAsync(finalBytes);
  const file = path.join(folder, 'review.docx');
  await writeFile(file, reviewBytes);
  const json = await runDocumentTool(
    'pandoc',
    ['--from', 'docx', '--track-changes=all', '--to', 'json', file],
    'pandoc',
  );
  spans = trackedSpans(JSON.parse(json).blocks);
});

afterAll(() => rm(folder, { recursive: true, force: true }));

const part = (files: JSZip, name: string): Promise<string> => files.file(name)?.async('string') ?? Promise.resolve('');

describe('the review DOCX', () => {
  it('holds every message of the comment thread in word/comments.xml, the reply threaded under the first', async () => {
    const comments = await part(review, 'word/comments.xml');
    expect(comments).toMatch(/<w:comment w:id="0"[^>]*w:author="Sam Editor"[^>]*>.*Which section\? Name it\./s);
    expect(comments).toMatch(/<w:comment w:id="1"[^>]*w:author="Dana Reyes"[^>]*>.*Done &lt;b&gt;now&lt;\/b&gt;\./s);
    expect(await part(review, 'word/commentsExtended.xml')).toContain('w15:paraIdParent');
  });

  it('anchors the thread to its text and holds the suggestions as w:ins and w:del with author and time', async () => {
    const document = await part(review, 'word/document.xml');
    expect(document).toMatch(
      /<w:commentRangeStart w:id="0"\/>.*Paragraph inside a section\..*<w:commentRangeEnd w:id="0"\/>/s,
    );
    expect(document).toMatch(
      /<w:ins w:id="\d+" w:author="Sam Editor" w:date="2026-11-26T07:10:00.000Z">.*an inserted clause.*<\/w:ins>/s,
    );
    expect(document).toMatch(
      /<w:del w:id="\d+" w:author="Sam Editor" w:date="2026-11-26T07:11:00.000Z">.*<w:delText[^>]*>a deleted clause<\/w:delText>.*<\/w:del>/s,
    );
    expect(await part(review, 'word/settings.xml')).toContain('<w:trackRevisions/>');
  });

  it('is read by pandoc as Word comments and tracked changes', async () => {
    expect(spans).toContainEqual({
      classes: ['comment-start'],
      attributes: expect.objectContaining({ author: 'Sam Editor' }),
      text: 'Which section? Name it.',
    });
    expect(spans).toContainEqual({
      classes: ['insertion'],
      attributes: expect.objectContaining({ author: 'Sam Editor', date: '2026-11-26T07:10:00.000Z' }),
      text: 'an inserted clause',
    });
    expect(spans).toContainEqual({
      classes: ['deletion'],
      attributes: expect.objectContaining({ author: 'Sam Editor', date: '2026-11-26T07:11:00.000Z' }),
      text: 'a deleted clause',
    });
  });

  it('labels claims with their status in words', async () => {
    expect(await part(review, 'word/document.xml')).toContain('[◐ Claim: In progress (Dana Reyes,');
  });

  it('is, as a final DOCX, free of comments, tracked changes and claim labels', async () => {
    const document = await part(final, 'word/document.xml');
    expect(final.file('word/comments.xml')).toBeNull();
    expect(document).not.toMatch(/<w:(ins|del|commentRangeStart)\b/);
    expect(document).toContain('an inserted clause');
    expect(document).not.toContain('a deleted clause');
    expect(document).not.toContain('Claim:');
  });
});
