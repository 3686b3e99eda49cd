import { describe, expect, it } from 'vitest';
import { checkLibraryModel } from '../../../tests/support/library/check-library-model';

describe('the library against a model (random sequences of type, save, journal, kill, restart, outside change, conflict choice, restore, trash)', () => {
  it('keeps every acknowledged save, never brings back discarded text and keeps what it promised to keep, over 300 sequences', async () => {
    const run = await checkLibraryModel({ runs: 300 });
    expect(run.sequences).toBeGreaterThanOrEqual(300);
    expect(run.steps).toBeGreaterThan(300 * 3);
  }, 120_000);
});
