// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { BriefingSource } from '../../../electron/common/briefing/source-list';
import { BriefingSourceStore } from './briefing-source-store';
import { KeyFigureSourcePicker } from './key-figure-source-picker';

const portAuthority: BriefingSource = {
  id: 'source-1',
  name: 'Port authority',
  type: 'official',
  named: true,
  link: '',
  accessedAt: '',
  privateNote: '',
};

function pickerFor(sourceId: string, store: BriefingSourceStore) {
  const picked: string[] = [];
  const picker = new KeyFigureSourcePicker('card', sourceId, store, (id) => picked.push(id));
  document.body.append(picker.element);
  const select = picker.element.querySelector('select');
  if (!select) throw new Error('The picker has no select.');
  const options = () => [...select.options].map((option) => option.textContent);
  return { picker, select, options, picked };
}

describe('a key figure’s source picker', () => {
  it('lists the briefing’s sources once the list arrives, with the card’s source chosen, and nothing before', () => {
    const store = new BriefingSourceStore();
    const { select, options, picker } = pickerFor('source-1', store);
    expect(options()).toEqual([]);
    store.set([portAuthority]);
    expect(options()).toEqual(['Pick a source from the list', 'Port authority (Official)']);
    expect(select.value).toBe('source-1');
    picker.destroy();
  });

  it('lists what it knows as soon as it is reached, by focus or pointer, before the list arrives', () => {
    const focused = pickerFor('source-9', new BriefingSourceStore());
    focused.select.dispatchEvent(new FocusEvent('focus'));
    expect(focused.options()).toEqual(['Pick a source from the list', 'A source no longer in the list']);
    expect(focused.select.value).toBe('source-9');
    const pressed = pickerFor('', new BriefingSourceStore());
    pressed.select.dispatchEvent(new PointerEvent('pointerdown'));
    expect(pressed.options()).toEqual(['Pick a source from the list']);
    focused.picker.destroy();
    pressed.picker.destroy();
  });

  it('lists at once when the list is already known (a card added after the opening)', () => {
    const store = new BriefingSourceStore();
    store.set([portAuthority]);
    const { options, picker } = pickerFor('', store);
    expect(options()).toEqual(['Pick a source from the list', 'Port authority (Official)']);
    picker.destroy();
  });

  it('shows a source changed elsewhere (undo) once listed, and reports the user’s pick', () => {
    const store = new BriefingSourceStore();
    const { select, picker, picked } = pickerFor('', store);
    picker.update('source-1');
    expect(select.options.length).toBe(0);
    store.set([portAuthority]);
    expect(select.value).toBe('source-1');
    picker.update('');
    expect(select.value).toBe('');
    select.value = 'source-1';
    select.dispatchEvent(new Event('change'));
    expect(picked).toEqual(['source-1']);
    picker.destroy();
  });
});
