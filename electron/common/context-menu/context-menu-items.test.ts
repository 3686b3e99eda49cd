import { describe, expect, it } from 'vitest';
import { type ContextMenuEntry, type ContextMenuTarget, contextMenuEntries } from './context-menu-items';

/** The menu as a user reads it: labels, "—" for a separator, "(off)" after a disabled item. */
const read = (entries: ContextMenuEntry[]) =>
  entries.map((entry) => (entry.type === 'separator' ? '—' : `${entry.label}${entry.enabled ? '' : ' (off)'}`));

const editor: ContextMenuTarget = { editable: true, hasSelection: false };

describe('contextMenuEntries', () => {
  it('offers suggestions, ignore and add to dictionary on a misspelled word, then the edit commands', () => {
    const target = {
      ...editor,
      misspelling: { word: 'goverment', suggestions: ['government', 'governments'], canIgnore: true },
    };
    expect(read(contextMenuEntries(target))).toEqual([
      'government',
      'governments',
      'Ignore',
      'Add to dictionary',
      '—',
      'Cut (off)',
      'Copy (off)',
      'Paste',
      'Paste as plain text',
    ]);
    expect(contextMenuEntries(target)[0]).toMatchObject({
      action: { kind: 'replace-misspelling', replacement: 'government' },
    });
  });

  it('says there are no suggestions, and offers at most five', () => {
    const none = { ...editor, misspelling: { word: 'xqzt', suggestions: [], canIgnore: false } };
    expect(read(contextMenuEntries(none)).slice(0, 2)).toEqual(['No suggestions (off)', 'Add to dictionary']);
    const many = { ...editor, misspelling: { word: 'ab', suggestions: 'abcdefgh'.split(''), canIgnore: true } };
    expect(read(contextMenuEntries(many)).slice(0, 6)).toEqual(['a', 'b', 'c', 'd', 'e', 'Ignore']);
  });

  it('enables cut and copy only with a selection, and offers only copy where nothing can be typed', () => {
    expect(read(contextMenuEntries({ ...editor, hasSelection: true }))).toEqual([
      'Cut',
      'Copy',
      'Paste',
      'Paste as plain text',
    ]);
    expect(read(contextMenuEntries({ editable: false, hasSelection: true }))).toEqual(['Copy']);
    expect(contextMenuEntries({ editable: false, hasSelection: false })).toEqual([]);
  });

  it('adds the link actions on a link, editing and removing only where the text can change', () => {
    const onLink = { ...editor, link: { href: 'https://reliefweb.int/', editable: true } };
    expect(read(contextMenuEntries(onLink)).slice(-4)).toEqual(['—', 'Open link', 'Edit link…', 'Remove link']);
    const readOnly = { editable: false, hasSelection: false, link: { href: 'https://un.org/', editable: false } };
    expect(read(contextMenuEntries(readOnly))).toEqual(['Open link']);
  });
});
