import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { structureOfBriefing, structureOfHtml } from '../../../bench/import-quality/page-structure';
import { scoreText } from '../../../bench/import-quality/shingle-f1';
import { outlineAsText } from '../../../tests/oracles/outline-as-text';
import { convertTextInNode } from './convert-text-in-node';

const pages = path.join(import.meta.dirname, '../../../tests/fixtures/import/readability-pages');

async function importTestPage(name: string) {
  const source = await readFile(path.join(pages, name, 'source.html'), 'utf8');
  const expected = await readFile(path.join(pages, name, 'expected.html'), 'utf8');
  const { document } = await convertTextInNode({
    text: source,
    format: 'html',
    keepClutter: false,
    embedImages: false,
    now: Date.UTC(2026, 10, 26),
  });
  const score = scoreText(structureOfBriefing(document.content).text, structureOfHtml(expected).text);
  return { document, score };
}

describe('Readability test pages the importer once got wrong', () => {
  it('leaves out what the page hides with its inline style (visibility-hidden)', async () => {
    const { document } = await importTestPage('visibility-hidden');
    expect(document.metadata.title).toBe('Lorem');
    expect(outlineAsText(document.content, 40)).toEqual([
      'section custom',
      '  h2 Foo',
      '  paragraph Tempor incididunt ut labore e…',
      '  paragraph Duis aute irure dolor in repr…',
    ]);
  });

  it('takes the story without the sidebar and the editing widgets below it (buzzfeed-1)', async () => {
    const { document, score } = await importTestPage('buzzfeed-1');
    const text = structureOfBriefing(document.content).text;
    expect(text).toContain('It is a deadly toxin.');
    expect(text).not.toContain('This Post Is Locked');
    expect(text).not.toContain('49 choses');
    expect(score.f1).toBeGreaterThan(0.98);
  });
});
