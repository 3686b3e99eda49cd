import { Editor, type JSONContent } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import { paragraph } from '../../../../../tests/fixtures/briefings/document-builders';
import { documentForPurpose } from '../../../review/document-for-purpose';
import { checkBriefingContent } from '../../briefing-content';
import { createBriefingExtensions } from '../../briefing-extensions';

function editorWith(text: string) {
  return new Editor({ extensions: createBriefingExtensions(), content: { type: 'doc', content: [paragraph(text)] } });
}

const anchored = (editor: Editor) =>
  editor
    .getJSON()
    .content?.[0]?.content?.map((run: JSONContent) => [run.text, run.marks?.map((mark) => mark.attrs?.threadId)]);

describe('the comment mark', () => {
  it('anchors a thread to the selected text and only there', () => {
    const editor = editorWith('Strikes hit the port overnight.');
    expect(editor.chain().setTextSelection({ from: 13, to: 21 }).setComment('c-port-thread').run()).toBe(true);
    expect(anchored(editor)).toEqual([
      ['Strikes hit ', undefined],
      ['the port', ['c-port-thread']],
      [' overnight.', undefined],
    ]);
  });

  it('lets two threads overlap and removes one thread’s anchors without touching the other', () => {
    const editor = editorWith('Strikes hit the port overnight.');
    editor.chain().setTextSelection({ from: 13, to: 21 }).setComment('c-port-thread').run();
    editor.chain().setTextSelection({ from: 17, to: 31 }).setComment('c-time-thread').run();
    expect(anchored(editor)?.[2]).toEqual(['port', ['c-port-thread', 'c-time-thread']]);
    expect(editor.commands.unsetComment('c-port-thread')).toBe(true);
    expect(anchored(editor)).toEqual([
      ['Strikes hit the ', undefined],
      ['port overnight', ['c-time-thread']],
      ['.', undefined],
    ]);
    expect(editor.commands.unsetComment('c-port-thread')).toBe(false);
  });

  it('needs a selection and a valid thread id', () => {
    const editor = editorWith('Text');
    expect(editor.chain().setTextSelection(2).setComment('c-port-thread').run()).toBe(false);
    expect(editor.chain().setTextSelection({ from: 1, to: 3 }).setComment('not a thread').run()).toBe(false);
  });

  it('is refused in stored content when it names no valid thread', () => {
    const body = (threadId: unknown) => ({
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [{ type: 'text', text: 'x', marks: [{ type: 'comment', attrs: { threadId } }] }],
        },
      ],
    });
    expect(checkBriefingContent(body('c-port-thread')).ok).toBe(true);
    expect(checkBriefingContent(body('"><script>')).ok).toBe(false);
    expect(checkBriefingContent(body(null)).ok).toBe(false);
  });

  it('is left out of a final export’s body and kept in a review export’s', () => {
    const editor = editorWith('Strikes hit the port overnight.');
    editor.chain().setTextSelection({ from: 13, to: 21 }).setComment('c-port-thread').run();
    const hasComment = (purpose: 'final' | 'review') => {
      let found = false;
      documentForPurpose(editor.state.doc, purpose).descendants((node) => {
        found ||= node.marks.some((mark) => mark.type.name === 'comment');
      });
      return found;
    };
    expect(hasComment('final')).toBe(false);
    expect(hasComment('review')).toBe(true);
    expect(documentForPurpose(editor.state.doc, 'final').textContent).toBe('Strikes hit the port overnight.');
  });
});
