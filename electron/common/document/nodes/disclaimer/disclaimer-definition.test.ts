import { describe, expect, it } from 'vitest';
import { englishExportLabels } from '../../../language/export-labels';
import { checkBriefingContent } from '../../briefing-content';
import { renderDocumentHtml } from '../../render-document-html';
import { renderDocumentMarkdown } from '../../render-document-markdown';
import { renderDocumentWord } from '../../render-document-word';

const withDisclaimer = (text: string, kind = 'boundaries') => {
  const check = checkBriefingContent({
    type: 'doc',
    content: [
      { type: 'paragraph', content: [{ type: 'text', text: 'Lede.' }] },
      { type: 'disclaimer', attrs: { kind }, content: text ? [{ type: 'text', text }] : [] },
    ],
  });
  if (!check.ok) throw new Error(check.message);
  return check.node;
};

const context = (purpose: 'final' | 'review') => ({
  image: () => ({ problem: 'missing' as const }),
  anchor: (text: string) => text,
  formatDateTime: (iso: string) => iso,
  labels: englishExportLabels,
  warn: () => undefined,
  cite: () => [],
  purpose,
});

describe('a disclaimer block', () => {
  it('exports its text with its kind, in HTML, Markdown and Word', () => {
    const document = withDisclaimer('Maps are not to scale.', 'period-covered');
    expect(renderDocumentHtml(document, context('final'))).toContain(
      '<p class="disclaimer" data-disclaimer="period-covered">Maps are not to scale.</p>',
    );
    expect(renderDocumentMarkdown(document, { ...context('final'), reference: () => 'image-1' })).toContain(
      '*Maps are not to scale.*',
    );
    expect(JSON.stringify(renderDocumentWord(document, { ...context('final'), sourceNote: () => '' }))).toContain(
      '"style":"disclaimer"',
    );
  });

  it('is left out of a final export when empty, and marked in a review export', () => {
    const document = withDisclaimer('');
    expect(renderDocumentHtml(document, context('final'))).not.toContain('disclaimer');
    expect(renderDocumentHtml(document, context('review'))).toContain('Unfinished: empty disclaimer');
  });

  it('refuses a kind that is not a standard disclaimer', () => {
    const check = checkBriefingContent({
      type: 'doc',
      content: [{ type: 'disclaimer', attrs: { kind: 'anything' }, content: [{ type: 'text', text: 'x' }] }],
    });
    expect(check.ok).toBe(false);
  });
});
