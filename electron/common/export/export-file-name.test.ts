import { describe, expect, it } from 'vitest';
import type { Briefing } from '../briefing/briefing';
import { briefingMetadataSchema } from '../briefing/briefing-metadata';
import { exportFileName, fileNameSlug, uniqueFileName } from './export-file-name';

const briefing: Briefing = {
  schemaVersion: 1,
  contentVersion: 1,
  id: 'briefing-0001',
  createdAt: '2026-11-25T18:00:00.000Z',
  updatedAt: '2026-11-27T05:40:00.000Z',
  revision: 1,
  templateId: null,
  metadata: briefingMetadataSchema.parse({ title: 'Every node & mark: <script> Київ', eventDate: '2026-11-26' }),
  content: { type: 'doc', content: [] },
};

describe('export file names', () => {
  it('are dated, readable slugs of the title, safe on every file system', () => {
    expect(exportFileName(briefing, 'pdf')).toBe('2026-11-26-every-node-mark-script-київ.pdf');
    expect(exportFileName({ ...briefing, metadata: { ...briefing.metadata, eventDate: '' } }, 'html')).toBe(
      '2026-11-27-every-node-mark-script-київ.html',
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
