import type { JSONContent } from '@tiptap/core';
import { generateJSON } from '@tiptap/html';
import { describe, expect, it } from 'vitest';
import { everyNodeBriefing } from '../../../tests/fixtures/briefings/every-node-briefing';
import { resolveFixtureAsset } from '../../../tests/fixtures/briefings/fixture-assets';
import { genreFixtureBriefings } from '../../../tests/fixtures/briefings/genre-briefings';
import { createBriefingExtensions } from '../../common/document/briefing-extensions';
import { keyFigureFields } from '../../common/document/nodes/key-figures/key-figures-node';
import { renderBriefingHtml } from './render-briefing-html';

/** What survives any faithful HTML round trip: node types, text, marks with their href, and the attributes that carry meaning. */
function shape(node: JSONContent): JSONContent {
  const attrs: Record<string, unknown> = {};
  if (node.type === 'heading') attrs.level = node.attrs?.level;
  if (node.type === 'section') attrs.kind = node.attrs?.kind;
  if (node.type === 'keyFigure') {
    for (const field of keyFigureFields) attrs[field] = node.attrs?.[field];
  }
  if (node.attrs?.lang) attrs.lang = node.attrs.lang;
  if (node.attrs?.dir) attrs.dir = node.attrs.dir;
  if (node.type === 'figure') attrs.alt = node.attrs?.alt;
  // Marks on whole blocks (a suggested block change) are not printed around the block.
  const marks = (node.type === 'text' ? node.marks : undefined)?.map((mark) =>
    mark.type === 'link'
      ? { type: 'link', href: mark.attrs?.href }
      : mark.type === 'language'
        ? { type: 'language', lang: mark.attrs?.lang }
        : { type: mark.type },
  );
  const content = (node.content ?? [])
    .filter((child) => !(child.type === 'paragraph' && !child.content?.length))
    .map(shape);
  return {
    type: node.type,
    ...(Object.keys(attrs).length > 0 ? { attrs } : {}),
    ...(node.text !== undefined ? { text: node.text } : {}),
    ...(marks?.length ? { marks: marks.sort((a, b) => a.type.localeCompare(b.type)) } : {}),
    ...(content.length > 0 ? { content } : {}),
  };
}

/** The body alone: the source list and corrections log after it are the export's, not the document's. */
function exportedBody(html: string): string {
  const end = html.indexOf('<div class="briefing-end-matter">');
  return html.slice(html.indexOf('<div class="briefing-body">'), end >= 0 ? end : html.lastIndexOf('</article>'));
}

describe('exported HTML parses back through the shared schema', () => {
  it.each([...genreFixtureBriefings(), everyNodeBriefing()].map((briefing) => [briefing.id, briefing] as const))(
    '%s keeps its sections, headings, lists, tables, figures, key figures and marks',
    async (_id, briefing) => {
      const { html } = await renderBriefingHtml(briefing, {
        resolveAsset: resolveFixtureAsset,
        exportedAt: new Date('2026-11-26T07:45:00Z'),
        appVersion: '0.1.0',
        // A review export keeps unfinished parts (the every-node figure without its image), marked; a final one leaves them out.
        purpose: 'review',
      });
      const parsed = generateJSON(exportedBody(html), createBriefingExtensions());
      expect(shape(parsed)).toEqual(shape(briefing.content));
    },
  );
});
