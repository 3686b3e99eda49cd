// @vitest-environment happy-dom
import type { Editor } from '@tiptap/core';
import { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  bold,
  doc,
  figure,
  keyFigures,
  link,
  paragraph,
  section,
  table,
} from '../../../tests/fixtures/briefings/document-builders';
import { createBriefingEditor } from './create-briefing-editor';
import { DocumentJsonText } from './document-json-text';

let editor: Editor | undefined;
afterEach(() => {
  editor?.destroy();
  editor = undefined;
  vi.restoreAllMocks();
});

function openBriefing(): Editor {
  const content = doc(
    paragraph('A lede with ', bold('bold'), ' and ', link('a link', 'https://example.org/')),
    section(
      'what-happened',
      'What happened',
      paragraph('Drones hit the port at dawn.'),
      keyFigures({ value: '42', label: 'drone strikes', source: 'Air force', asOf: '' }),
    ),
    section(
      'affected-areas',
      'Affected areas',
      table(['Place', 'Wounded'], [['Kherson', '12']]),
      figure(null, 'A street after the strike', ['Debris on the road.'], 'Photo: staff'),
    ),
  );
  editor = createBriefingEditor({ element: document.createElement('div'), content });
  return editor;
}

const middleOfText = (target: Editor) => {
  const positions: number[] = [];
  target.state.doc.descendants((node, position) => {
    if (node.isText) positions.push(position + 1);
  });
  return positions;
};

describe('DocumentJsonText', () => {
  it('writes exactly the JSON text of the whole body, before and after edits anywhere', () => {
    const target = openBriefing();
    const writer = new DocumentJsonText();
    expect(writer.text(target.state.doc)).toBe(JSON.stringify(target.getJSON()));
    for (const position of middleOfText(target)) {
      target.chain().setTextSelection(position).insertContent('typed ').run();
      expect(writer.text(target.state.doc)).toBe(JSON.stringify(target.getJSON()));
    }
    target.commands.clearContent();
    expect(writer.text(target.state.doc)).toBe(JSON.stringify(target.getJSON()));
  });

  it('serialises again only the top-level block that changed', () => {
    const target = openBriefing();
    const writer = new DocumentJsonText();
    const position = middleOfText(target)[2] ?? 1;
    target.chain().setTextSelection(position).insertContent('typed ').run();
    writer.text(target.state.doc);
    target.chain().setTextSelection(position).insertContent('again ').run();
    const topLevel = new Set<ProseMirrorNode>();
    target.state.doc.forEach((block) => {
      topLevel.add(block);
    });
    const serialised = vi.spyOn(ProseMirrorNode.prototype, 'toJSON');
    writer.text(target.state.doc);
    const blocksRead = serialised.mock.contexts.filter((node) => topLevel.has(node as ProseMirrorNode));
    expect(blocksRead).toEqual([target.state.doc.resolve(position).node(1)]);
  });
});
