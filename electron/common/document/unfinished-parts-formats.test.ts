import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { describe, expect, it } from 'vitest';
import { freshTemplateBriefing } from '../../../tests/fixtures/briefings/fresh-template-briefing';
import type { ExportPurpose } from '../export/export-purpose';
import { englishExportLabels } from '../language/export-labels';
import { builtInTemplates } from '../template/built-in-templates';
import { checkBriefingContent } from './briefing-content';
import { renderDocumentMarkdown } from './render-document-markdown';
import { renderDocumentWord } from './render-document-word';

const services = (purpose: ExportPurpose) => ({
  image: () => ({ dataUrl: 'data:image/png;base64,AA==' }),
  reference: () => 'image-1',
  formatDateTime: (iso: string) => iso,
  labels: englishExportLabels,
  warn: () => undefined,
  cite: () => [],
  sourceNote: () => '',
  purpose,
});

function bodyOf(templateId: string): ProseMirrorNode {
  const check = checkBriefingContent(freshTemplateBriefing(templateId).content);
  if (!check.ok) throw new Error(check.message);
  return check.node;
}

const markdownOf = (templateId: string, purpose: ExportPurpose) =>
  renderDocumentMarkdown(bodyOf(templateId), services(purpose));

const wordTextOf = (templateId: string, purpose: ExportPurpose) =>
  JSON.stringify(renderDocumentWord(bodyOf(templateId), services(purpose)));

describe('Markdown and Word exports of a fresh template', () => {
  it.each(builtInTemplates.map((template) => template.id))(
    '%s, final, print no empty list item, key figure, unfilled row or dash',
    (id) => {
      const markdown = markdownOf(id, 'final');
      expect(markdown).not.toMatch(/^\s*(-|\d+\.)\s*$/m);
      expect(markdown).not.toMatch(/[–—]/);
      expect(markdown).not.toContain('Unfinished');
      const word = wordTextOf(id, 'final');
      expect(word).not.toMatch(/[–—]/);
      expect(word).not.toContain('Unfinished');
      expect(word).not.toContain('"keyFigureValue"');
    },
  );

  it('leave out every section of the situation update, none of which has text yet, in a final export', () => {
    expect(markdownOf('situation-update', 'final').trim()).toBe('');
    expect(renderDocumentWord(bodyOf('situation-update'), services('final'))).toEqual([]);
  });

  it('mark each empty section, list item and key figure in a review export', () => {
    const markdown = markdownOf('situation-update', 'review');
    expect(markdown).toContain('*Unfinished: empty section*');
    expect(markdown).toContain('*Unfinished: no value yet*');
    expect(markdown).toContain('- *Unfinished: empty list item*');
    const word = wordTextOf('situation-update', 'review');
    for (const marker of ['Unfinished: empty section', 'Unfinished: no value yet', 'Unfinished: empty list item'])
      expect(word).toContain(marker);
  });
});
