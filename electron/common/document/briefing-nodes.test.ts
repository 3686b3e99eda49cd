import { generateJSON } from '@tiptap/html';
import type { Mark, Node as ProseMirrorNode } from '@tiptap/pm/model';
import { describe, expect, it } from 'vitest';
import { everyNodeBriefing } from '../../../tests/fixtures/briefings/every-node-briefing';
import { englishExportLabels } from '../language/export-labels';
import { checkBriefingContent } from './briefing-content';
import { createBriefingExtensions } from './briefing-extensions';
import type { HtmlRenderContext, MarkExportRenderers, NodeExportRenderers } from './briefing-node-definition';
import { type BriefingNodeName, briefingMarks, briefingNodes } from './briefing-nodes';
import { briefingSchema } from './briefing-schema';
import type { MarkdownRenderContext } from './markdown-render-context';
import { renderDocumentHtml } from './render-document-html';
import type { WordPart, WordRenderContext } from './word-render-context';

const nodeNames = Object.keys(briefingNodes) as BriefingNodeName[];
const markNames = Object.keys(briefingMarks);
/** Marks that go on text; a `blocksOnly` mark (a suggested block change) is not exported around text. */
const textMarkNames = markNames.filter((name) => !briefingMarks[name as keyof typeof briefingMarks].blocksOnly);

function everyNodeDocument(): ProseMirrorNode {
  const check = checkBriefingContent(everyNodeBriefing().content);
  if (!check.ok) throw new Error(check.message);
  return check.node;
}

function typesIn(document: ProseMirrorNode): { nodes: Set<string>; marks: Set<string> } {
  const nodes = new Set([document.type.name]);
  const marks = new Set<string>();
  document.descendants((node) => {
    nodes.add(node.type.name);
    for (const mark of node.marks) marks.add(mark.type.name);
  });
  return { nodes, marks };
}

/** The first node of a type that has something to show: text, or attributes of its own or of its atoms. */
function sampleOf(document: ProseMirrorNode, name: string): ProseMirrorNode | undefined {
  if (document.type.name === name) return document;
  let found: ProseMirrorNode | undefined;
  document.descendants((node) => {
    if (!found && node.type.name === name && (node.isLeaf || node.textContent.trim() !== '' || node.firstChild?.isAtom))
      found = node;
    return !found;
  });
  return found;
}

function exportHtml(document: ProseMirrorNode): string {
  return renderDocumentHtml(document, {
    image: (source) => ({ dataUrl: `data:image/png;base64,${btoa(source)}` }),
    anchor: (text) => `h-${text.length}`,
    formatDateTime: (iso) => iso,
    labels: englishExportLabels,
    warn: () => undefined,
    // A review export keeps unfinished parts (marked), so every node can come back.
    purpose: 'review',
    cite: (ids) => ids.map((id, index) => ({ number: index + 1, anchor: `source-${id}`, name: id })),
  });
}

/** Each node of a type as its text and attributes; empty paragraphs (not exported) and image sources (embedded as data) left out. */
function instancesOf(document: ProseMirrorNode, name: string): unknown[] {
  const instances: unknown[] = [];
  const visit = (node: ProseMirrorNode) => {
    if (node.type.name !== name || (name === 'paragraph' && node.childCount === 0)) return;
    const { src: _embedded, ...attrs } = node.attrs;
    instances.push({ text: node.textContent, attrs });
  };
  visit(document);
  document.descendants(visit);
  return instances;
}

function markedText(document: ProseMirrorNode, name: string): unknown[] {
  const runs: unknown[] = [];
  document.descendants((node) => {
    const mark = node.marks.find((candidate) => candidate.type.name === name);
    if (node.isText && mark) runs.push({ text: node.text, attrs: mark.attrs });
  });
  return runs;
}

const htmlContext: HtmlRenderContext = {
  renderChildren: (node) => `[${node.childCount} children]`,
  renderInline: (node) => `[${node.textContent}]`,
  image: (source) => ({ dataUrl: `data:image/png;base64,${source.length}` }),
  anchor: (text) => `anchor-${text.length}`,
  formatDateTime: (iso) => iso,
  labels: englishExportLabels,
  warn: () => undefined,
  purpose: 'final',
  cite: (ids) => ids.map((id, index) => ({ number: index + 1, anchor: `source-${id}`, name: id })),
  scope: { headerScope: 'col' },
};

const markdownContext: MarkdownRenderContext = {
  renderChildren: (node) => `[${node.childCount} children]\n\n`,
  renderInline: (node) => `[${node.textContent}]`,
  image: (source) => ({ dataUrl: `data:image/png;base64,${source.length}` }),
  reference: () => 'image-1',
  formatDateTime: (iso) => iso,
  labels: englishExportLabels,
  warn: () => undefined,
  cite: (sourceIds) => sourceIds.map((id, index) => ({ number: index + 1, anchor: `source-${index + 1}`, name: id })),
  purpose: 'review',
  scope: { listMarker: () => '- ', singleLine: false },
};

/** Children come back as one part of each container kind, so tables, rows and key figures have something to hold. */
const childParts: WordPart[] = [
  { kind: 'paragraph', style: 'body', inlines: [{ kind: 'text', text: 'child', format: {} }] },
  { kind: 'row', cells: [] },
  { kind: 'cell', header: false, columnSpan: 1, rowSpan: 1, blocks: [] },
];

const wordContext: WordRenderContext = {
  renderChildren: () => childParts,
  renderInline: (node) => [{ kind: 'text', text: node.textContent, format: {} }],
  image: (source) => ({ dataUrl: `data:image/png;base64,${source.length}` }),
  newList: () => 1,
  formatDateTime: (iso) => iso,
  labels: englishExportLabels,
  warn: () => undefined,
  sourceNote: (sourceIds) => sourceIds.join('; '),
  purpose: 'review',
  scope: {},
};

/** Each export format renders a node to text that must not be empty; a new format needs its entry, or this file does not compile. */
const renderNode: { [Format in keyof NodeExportRenderers]: (name: BriefingNodeName, node: ProseMirrorNode) => string } =
  {
    html: (name, node) => briefingNodes[name].export.html(node, htmlContext, 0).trim(),
    markdown: (name, node) => briefingNodes[name].export.markdown(node, markdownContext, 0).trim(),
    docx: (name, node) => {
      const parts = briefingNodes[name].export.docx(node, wordContext, 0);
      return parts.length > 0 ? JSON.stringify(parts) : '';
    },
  };
const formats = Object.keys(renderNode) as (keyof NodeExportRenderers)[];

/** What each format's rendering of a mark must look like; a new format needs its entry, or this file does not compile. */
const checkMark: { [Format in keyof MarkExportRenderers]: (renderers: MarkExportRenderers, mark: Mark) => void } = {
  html: (renderers, mark) => {
    const [open, close] = renderers.html(mark, htmlContext);
    expect(open).toMatch(/^<[a-z]+[ >]/);
    // A close may add what follows the text, e.g. a citation's reference numbers.
    expect(close).toMatch(/^<\/[a-z]+>/);
  },
  // Markdown puts some marks' meaning after the text only, e.g. a citation's reference numbers.
  markdown: (renderers, mark) => expect(renderers.markdown(mark, markdownContext).join('')).not.toBe(''),
  docx: (renderers, mark) => expect(Object.keys(renderers.docx(mark, wordContext))).not.toEqual([]),
};

/** The first mark of a type in the every-node fixture, with the attributes a briefing gives it. */
function sampleMark(name: string): Mark {
  let found: Mark | undefined;
  everyNodeDocument().descendants((node) => {
    found ??= node.marks.find((mark) => mark.type.name === name);
    return !found;
  });
  if (!found) throw new Error(`The every-node fixture has no ${name} mark.`);
  return found;
}

describe('the node registry', () => {
  it('holds exactly the nodes and marks of the schema, each under its own name', () => {
    expect(Object.keys(briefingSchema.nodes).sort()).toEqual([...nodeNames].sort());
    expect(Object.keys(briefingSchema.marks).sort()).toEqual([...markNames].sort());
    for (const [name, definition] of [...Object.entries(briefingNodes), ...Object.entries(briefingMarks)]) {
      expect(definition.extension.name).toBe(name);
    }
  });

  it('is walked in full by the every-node fixture', () => {
    const { nodes, marks } = typesIn(everyNodeDocument());
    expect([...nodes].sort()).toEqual([...nodeNames].sort());
    expect([...marks].sort()).toEqual([...markNames].sort());
  });

  describe.each(formats)('in the %s export', (format) => {
    it.each(nodeNames)('renders %s through its own definition', (name) => {
      const sample = sampleOf(everyNodeDocument(), name);
      expect(sample, `the every-node fixture has no ${name} with content`).toBeDefined();
      expect(renderNode[format](name, sample as ProseMirrorNode)).not.toBe('');
    });

    it.each(markNames)('renders the %s mark around its text', (name) => {
      checkMark[format](briefingMarks[name as keyof typeof briefingMarks].export, sampleMark(name));
    });
  });

  it.each(nodeNames)('%s survives HTML export → import with its text and attributes', (name) => {
    const document = everyNodeDocument();
    const imported = briefingSchema.nodeFromJSON(generateJSON(exportHtml(document), createBriefingExtensions()));
    expect(instancesOf(imported, name)).toEqual(instancesOf(document, name));
  });

  it.each(textMarkNames)('the %s mark survives HTML export → import on the same text', (name) => {
    const document = everyNodeDocument();
    const imported = briefingSchema.nodeFromJSON(generateJSON(exportHtml(document), createBriefingExtensions()));
    expect(markedText(imported, name)).toEqual(markedText(document, name));
    expect(markedText(document, name)).not.toEqual([]);
  });
});
