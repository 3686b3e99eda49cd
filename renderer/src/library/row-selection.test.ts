import { describe, expect, it } from 'vitest';
import { emptySelection, extendTo, selectAllRows, selectedInOrder, selectOnly, toggleRow } from './row-selection';

const order = ['a', 'b', 'c', 'd', 'e'];

describe('row selection', () => {
  it('selects one row, toggles others in and out, and extends a range from the anchor either way', () => {
    const one = selectOnly('b');
    expect([...one.selected]).toEqual(['b']);
    const two = toggleRow(one, 'd');
    expect(selectedInOrder(two, order)).toEqual(['b', 'd']);
    expect(selectedInOrder(toggleRow(two, 'b'), order)).toEqual(['d']);
    const down = extendTo(selectOnly('b'), 'd', order);
    expect(selectedInOrder(down, order)).toEqual(['b', 'c', 'd']);
    expect(down).toMatchObject({ anchor: 'b', cursor: 'd' });
    // Going back past the anchor shrinks the range and then grows it on the other side.
    expect(selectedInOrder(extendTo(down, 'a', order), order)).toEqual(['a', 'b']);
  });

  it('selects everything, and leaves out rows that are no longer listed', () => {
    expect(selectedInOrder(selectAllRows(emptySelection, order), order)).toEqual(order);
    expect(selectedInOrder(selectAllRows(emptySelection, order), ['e', 'a'])).toEqual(['e', 'a']);
    expect(selectedInOrder(extendTo(emptySelection, 'c', order), order)).toEqual(['c']);
  });
});
