import { describe, expect, it } from 'vitest';
import { exportFileName, fileNameSlug, uniqueFileName } from './export-file-name';
import { everyNodeBriefing } from './fixtures/every-node-briefing';

describe('export file names', () => {
  it('are dated, readable slugs of the title, safe on every file system', () => {
    expect(exportFileName(everyNodeBriefing(), 'pdf')).toBe(
      '2026-11-26-every-node-mark-script-alert-x-script-київ.pdf',
    );
    expect(fileNameSlug('../../etc/passwd')).toBe('etc-passwd');
    expect(fileNameSlug('CON')).toBe('briefing');
    expect(fileNameSlug('   ')).toBe('briefing');
  });

  it('never repeat within one batch', () => {
    const taken = new Set<string>();
    expect(['a.pdf', 'A.pdf', 'a.pdf'].map((name) => uniqueFileName(name, taken))).toEqual([
      'a.pdf',
      'A-2.pdf',
      'a-3.pdf',
    ]);
  });
});
