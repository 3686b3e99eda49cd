import { describe, expect, it } from 'vitest';
import { doc, fixtureBriefing, paragraph } from '../../../tests/fixtures/briefings/document-builders';
import type { Briefing } from '../../common/briefing/briefing';
import { onlyRecordsAddedElsewhere } from './records-added-elsewhere';

const forcedExport = { at: '2026-11-26T06:00+02:00', by: 'Dana Reyes', findings: ['claim-unverified' as const] };
const unlock = { by: 'Sam Ortiz', at: '2026-11-26T06:05+02:00' };
const seen = fixtureBriefing('port-strike-0001', { title: 'Port strike' }, doc(paragraph('Ships were hit.')));

/** `seen` one revision later, with `change` applied to its metadata (or to the whole briefing). */
function later(metadata: Partial<Briefing['metadata']>, rest: Partial<Briefing> = {}): Briefing {
  return {
    ...seen,
    revision: seen.revision + 1,
    updatedAt: '2026-11-26T06:00:00.000Z',
    ...rest,
    metadata: { ...seen.metadata, ...metadata },
  };
}

describe('a change made by another Briefdesk process', () => {
  it('is only records added when it adds a forced export or an unlock to a later revision', () => {
    expect(onlyRecordsAddedElsewhere(seen, later({ forcedExports: [forcedExport] }))).toBe(true);
    expect(onlyRecordsAddedElsewhere(seen, later({ unlocked: unlock }))).toBe(true);
    const twice = later(
      { forcedExports: [forcedExport, { ...forcedExport, by: 'Lee' }] },
      { revision: seen.revision + 2 },
    );
    expect(onlyRecordsAddedElsewhere(later({ forcedExports: [forcedExport] }), twice)).toBe(true);
  });

  it('is more than records added when it changes the text, other metadata or a record already there', () => {
    expect(onlyRecordsAddedElsewhere(seen, later({}, { content: doc(paragraph('Ships were hit at dawn.')) }))).toBe(
      false,
    );
    expect(onlyRecordsAddedElsewhere(seen, later({ title: 'Port strike, day two' }))).toBe(false);
    expect(onlyRecordsAddedElsewhere(seen, later({ forcedExports: [forcedExport] }, { templateId: 'flash' }))).toBe(
      false,
    );
    const exported = later({ forcedExports: [forcedExport] });
    expect(onlyRecordsAddedElsewhere(exported, { ...later({ forcedExports: [] }), revision: 9 })).toBe(false);
    const unlocked = later({ unlocked: unlock });
    expect(onlyRecordsAddedElsewhere(unlocked, { ...later({ unlocked: { ...unlock, by: 'Lee' } }), revision: 9 })).toBe(
      false,
    );
  });

  it('is not taken when the file is not a later revision of the same briefing', () => {
    expect(
      onlyRecordsAddedElsewhere(seen, { ...later({ forcedExports: [forcedExport] }), revision: seen.revision }),
    ).toBe(false);
    expect(onlyRecordsAddedElsewhere(seen, later({ forcedExports: [forcedExport] }, { id: 'port-strike-0002' }))).toBe(
      false,
    );
  });
});
