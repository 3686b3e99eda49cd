import { describe, expect, it } from 'vitest';
import { emptyExportSelection, toggleExportSelection } from './export-selection';

const flash = { id: 'flash', title: 'FLASH: Explosion reported' };
const sudan = { id: 'sudan', title: 'Sudan: Humanitarian Situation Report' };
const geneva = { id: 'geneva', title: 'Geneva talks tracker' };

describe('the batch export selection', () => {
  it('keeps the order the briefings were ticked in, and each one’s title', () => {
    let selection = emptyExportSelection;
    for (const briefing of [sudan, flash, geneva]) selection = toggleExportSelection(selection, briefing, true);
    expect(selection.order).toEqual(['sudan', 'flash', 'geneva']);
    expect(selection.titles.get('flash')).toBe('FLASH: Explosion reported');
  });

  it('drops an unticked briefing and puts it last when it is ticked again', () => {
    let selection = emptyExportSelection;
    for (const briefing of [sudan, flash, geneva]) selection = toggleExportSelection(selection, briefing, true);
    selection = toggleExportSelection(selection, flash, false);
    expect(selection.order).toEqual(['sudan', 'geneva']);
    expect(selection.titles.has('flash')).toBe(false);
    selection = toggleExportSelection(selection, flash, true);
    expect(selection.order).toEqual(['sudan', 'geneva', 'flash']);
  });

  it('keeps a briefing ticked twice in its first place, once', () => {
    let selection = toggleExportSelection(emptyExportSelection, sudan, true);
    selection = toggleExportSelection(selection, flash, true);
    const again = toggleExportSelection(selection, sudan, true);
    expect(again).toBe(selection);
    expect(again.order).toEqual(['sudan', 'flash']);
    expect(toggleExportSelection(emptyExportSelection, geneva, false)).toBe(emptyExportSelection);
  });
});
