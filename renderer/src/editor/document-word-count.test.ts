// @vitest-environment happy-dom
import type { Editor } from '@tiptap/core';
import { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { countWords } from '../../../electron/common/document/count-words';
import {
  bulletList,
  doc,
  figure,
  heading,
  keyFigures,
  paragraph,
  section,
  table,
} from '../../../tests/fixtures/briefings/document-builders';
import { createBriefingEditor } from './create-briefing-editor';
import { DocumentWordCount } from './document-word-count';

let editor: Editor | undefined;
afterEach(() => {
  editor?.destroy();
  editor = undefined;
  vi.restoreAllMocks();
});

/** A body with the blocks whose words are counted differently: key figures, figures, lists, tables. */
function openBriefing(): Editor {
  const content = doc(
    paragraph('A lede before the first section, about 12,000 people.'),
    section(
      'what-happened',
      'What happened',
      paragraph('Drones hit the port at dawn; crews worked through the morning.'),
      keyFigures({ value: '42', label: 'drone strikes', source: 'Air force', asOf: '' }),
      bulletList('Odesa: power out', 'Kharkiv: school damaged'),
    ),
    section(
      'affected-areas',
      'Affected areas',
      heading(3, 'In the south'),
      table(['Place', 'Wounded'], [['Kherson', '12']]),
      figure(null, 'A street after the strike', ['Debris on the main road.'], 'Photo: staff'),
    ),
    paragraph('A closing line.'),
  );
  editor = createBriefingEditor({ element: document.createElement('div'), content });
  return editor;
}

/** Positions inside text, spread through the document, where the test types. */
function textPositions(doc: ProseMirrorNode): number[] {
  const positions: number[] = [];
  doc.descendants((node, position) => {
    if (node.isText) positions.push(position + Math.floor(node.nodeSize / 2));
  });
  return positions;
}

describe('DocumentWordCount', () => {
  it('counts what countWords counts on the whole body, before and after edits anywhere', () => {
    const target = openBriefing();
    const counter = new DocumentWordCount();
    expect(counter.words(target.state.doc)).toBe(countWords(target.getJSON()));
    for (const [index, position] of textPositions(target.state.doc).entries()) {
      if (index % 2 === 0) target.chain().setTextSelection(position).insertContent(' two words ').run();
      else
        target
          .chain()
          .setTextSelection({ from: position - 1, to: position + 1 })
          .deleteSelection()
          .run();
      expect(counter.words(target.state.doc)).toBe(countWords(target.getJSON()));
    }
    target
      .chain()
      .setTextSelection(textPositions(target.state.doc)[0] ?? 1)
      .splitBlock()
      .run();
    expect(counter.words(target.state.doc)).toBe(countWords(target.getJSON()));
  });

  it('reads again only the top-level block that changed', () => {
    const target = openBriefing();
    const counter = new DocumentWordCount();
    const positions = textPositions(target.state.doc);
    const position = positions[Math.floor(positions.length / 2)] ?? 1;
    // The first edit also lets the editor add its trailing paragraph; the second changes one block only.
    target.chain().setTextSelection(position).insertContent('more').run();
    counter.words(target.state.doc);
    target.chain().setTextSelection(position).insertContent('more').run();
    const topLevel = new Set<ProseMirrorNode>();
    target.state.doc.forEach((block) => {
      topLevel.add(block);
    });
    const serialised = vi.spyOn(ProseMirrorNode.prototype, 'toJSON');
    counter.words(target.state.doc);
    const blocksRead = serialised.mock.contexts.filter((node) => topLevel.has(node as ProseMirrorNode));
    expect(target.state.doc.childCount).toBeGreaterThan(2);
    expect(blocksRead).toEqual([target.state.doc.resolve(position).node(1)]);
  });
});
