import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { describe, expect, it } from 'vitest';
import { freshTemplateBriefing } from '../../../tests/fixtures/briefings/fresh-template-briefing';
import type { ExportPurpose } from '../export/export-purpose';
import { englishExportLabels } from '../language/export-labels';
import { builtInTemplates } from '../template/built-in-templates';
import { checkBriefingContent } from './briefing-content';
import { renderDocumentHtml } from './render-document-html';

function render(document: ProseMirrorNode, purpose: ExportPurpose): string {
  return renderDocumentHtml(document, {
    image: () => ({ dataUrl: 'data:image/png;base64,AA==' }),
    anchor: (text) => `h-${text.length}`,
    formatDateTime: (iso) => iso,
    labels: englishExportLabels,
    warn: () => undefined,
    purpose,
    cite: () => [],
  });
}

function bodyOf(templateId: string): ProseMirrorNode {
  const check = checkBriefingContent(freshTemplateBriefing(templateId).content);
  if (!check.ok) throw new Error(check.message);
  return check.node;
}

const parse = (content: unknown) => {
  const check = checkBriefingContent(content as never);
  if (!check.ok) throw new Error(check.message);
  return check.node;
};

describe('a final export of a fresh template', () => {
  it.each(builtInTemplates.map((template) => template.id))(
    '%s prints no empty section, list item, key figure, table row or dash',
    (id) => {
      const html = render(bodyOf(id), 'final');
      expect(html).not.toMatch(/<li>\s*<\/li>/);
      expect(html).not.toMatch(/<\/h2>\n<\/section>/);
      expect(html).not.toContain('data-value=""');
      expect(html).not.toMatch(/<tr><td>[^<]*<\/td>(<td><\/td>)+<\/tr>/);
      expect(html).not.toMatch(/[–—]/);
      expect(html).not.toContain('Unfinished');
    },
  );

  it('leaves out every section of the situation update, none of which has text yet', () => {
    expect(render(bodyOf('situation-update'), 'final')).toBe('');
  });
});

describe('a review export of a fresh template', () => {
  it('marks each empty section and key figure instead of leaving it out', () => {
    const html = render(bodyOf('situation-update'), 'review');
    expect(html.match(/<section /g)?.length).toBeGreaterThan(5);
    expect(html).toContain('<p class="unfinished-part">Unfinished: empty section</p>');
    expect(html).toContain('<dd class="unfinished-part">Unfinished: no value yet</dd>');
    expect(html).toContain('<li class="unfinished-part">Unfinished: empty list item</li>');
  });
});

describe('unfinished parts among finished ones', () => {
  const document = parse({
    type: 'doc',
    content: [
      {
        type: 'section',
        attrs: { kind: 'custom', guidance: '' },
        content: [
          { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Targeted areas' }] },
          {
            type: 'bulletList',
            content: [
              { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Kharkiv' }] }] },
              { type: 'listItem', content: [{ type: 'paragraph' }] },
            ],
          },
          {
            type: 'keyFigures',
            content: [
              { type: 'keyFigure', attrs: { value: '42', label: 'Drones', source: 'Air Force', asOf: '' } },
              { type: 'keyFigure', attrs: { value: '', label: 'Missiles', source: '', asOf: '' } },
            ],
          },
          {
            type: 'figure',
            attrs: { src: null, alt: '' },
            content: [
              { type: 'figureCaption', content: [{ type: 'text', text: 'A damaged school' }] },
              { type: 'figureCredit' },
            ],
          },
          { type: 'blockquote', content: [{ type: 'paragraph' }] },
        ],
      },
    ],
  });

  it('keep the finished ones and drop the rest in a final export', () => {
    const html = render(document, 'final');
    expect(html).toContain('<li>Kharkiv</li>');
    expect(html.match(/<li/g)).toHaveLength(1);
    expect(html).toContain('data-value="42"');
    expect(html).not.toContain('Missiles');
    expect(html).not.toContain('A damaged school');
    expect(html).not.toContain('<figure');
    expect(html).not.toContain('<blockquote');
  });

  it('are marked, each where it stands, in a review export', () => {
    const html = render(document, 'review');
    expect(html).toContain('<li>Kharkiv</li>\n<li class="unfinished-part">Unfinished: empty list item</li>');
    expect(html).toContain('<dt>Missiles</dt><dd class="unfinished-part">Unfinished: no value yet</dd>');
    expect(html).toMatch(
      /<figure class="briefing-figure"><p class="unfinished-part">Unfinished: no image yet<\/p><figcaption[^>]*>A damaged school/,
    );
    expect(html).toContain('Unfinished: empty quote');
  });
});
