import type { JSONContent } from '@tiptap/core';
import { generateHTML, generateJSON } from '@tiptap/html';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { describe, expect, it } from 'vitest';
import { everyNodeBriefing } from '../../../../tests/fixtures/briefings/every-node-briefing';
import { englishExportLabels } from '../../language/export-labels';
import { checkBriefingContent } from '../briefing-content';
import { blockNodeNames, createBriefingExtensions } from '../briefing-extensions';
import { briefingSchema } from '../briefing-schema';
import { renderDocumentHtml } from '../render-document-html';

/** The every-node body with `lang` and `dir` set on every node of one type. */
function withLanguageOn(name: string, attrs: { lang: string | null; dir: string | null }): ProseMirrorNode {
  const visit = (node: JSONContent): JSONContent => ({
    ...node,
    ...(node.type === name ? { attrs: { ...node.attrs, ...attrs } } : {}),
    ...(node.content ? { content: node.content.map(visit) } : {}),
  });
  const check = checkBriefingContent(visit(everyNodeBriefing().content));
  if (!check.ok) throw new Error(check.message);
  return check.node;
}

function exportHtml(document: ProseMirrorNode): string {
  return renderDocumentHtml(document, {
    image: (source) => ({ dataUrl: `data:image/png;base64,${btoa(source)}` }),
    anchor: (text) => `h-${text.length}`,
    formatDateTime: (iso) => iso,
    labels: englishExportLabels,
    warn: () => undefined,
    purpose: 'review',
    cite: (ids) => ids.map((id, index) => ({ number: index + 1, anchor: `source-${id}`, name: id })),
  });
}

function languagesOf(document: ProseMirrorNode, name: string): unknown[] {
  const found: unknown[] = [];
  document.descendants((node) => {
    if (node.type.name === name && (node.isLeaf || node.textContent.trim() !== '' || node.firstChild?.isAtom))
      found.push({ lang: node.attrs.lang, dir: node.attrs.dir });
  });
  return found;
}

describe('a block’s language and direction', () => {
  it('are carried by every block of the registry', () => {
    expect(blockNodeNames).toEqual(
      expect.arrayContaining(['paragraph', 'heading', 'listItem', 'blockquote', 'tableCell', 'section', 'figure']),
    );
    for (const name of blockNodeNames) {
      expect(briefingSchema.nodes[name]?.spec.attrs, name).toHaveProperty('lang');
      expect(briefingSchema.nodes[name]?.spec.attrs, name).toHaveProperty('dir');
    }
    expect(briefingSchema.nodes.text?.spec.attrs ?? {}).not.toHaveProperty('lang');
  });

  it.each(blockNodeNames)('%s carries lang and dir into the editor DOM', (name) => {
    const document = withLanguageOn(name, { lang: 'uk', dir: 'rtl' });
    const html = generateHTML(document.toJSON(), createBriefingExtensions());
    expect(html).toContain('lang="uk"');
    expect(html).toContain('dir="rtl"');
  });

  it.each(blockNodeNames)('%s survives export → import with its lang and dir', (name) => {
    for (const attrs of [
      { lang: 'uk', dir: 'rtl' },
      { lang: 'ar', dir: null },
    ]) {
      const document = withLanguageOn(name, attrs);
      const html = exportHtml(document);
      expect(html).toContain(attrs.dir ? `lang="uk" dir="rtl"` : 'lang="ar" dir="rtl"');
      const imported = briefingSchema.nodeFromJSON(generateJSON(html, createBriefingExtensions()));
      expect(languagesOf(imported, name)).toEqual(languagesOf(document, name));
      expect(languagesOf(document, name)).toContainEqual(attrs);
    }
  });

  it('is refused in stored content unless it is a language code and a direction', () => {
    const paragraph = (attrs: Record<string, unknown>) => ({
      type: 'doc',
      content: [{ type: 'paragraph', attrs, content: [{ type: 'text', text: 'x' }] }],
    });
    expect(checkBriefingContent(paragraph({ lang: 'fr', dir: null })).ok).toBe(true);
    expect(checkBriefingContent(paragraph({ lang: null, dir: 'rtl' })).ok).toBe(true);
    expect(checkBriefingContent(paragraph({ lang: 'fr"><script>', dir: null })).ok).toBe(false);
    expect(checkBriefingContent(paragraph({ lang: 'EN-us', dir: null })).ok).toBe(false);
    expect(checkBriefingContent(paragraph({ lang: 'fr', dir: 'sideways' })).ok).toBe(false);
  });
});
