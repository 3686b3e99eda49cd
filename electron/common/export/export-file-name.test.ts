import { describe, expect, it } from 'vitest';
import { type Briefing, briefingFileVersion } from '../briefing/briefing';
import { briefingMetadataSchema } from '../briefing/briefing-metadata';
import { exportFileName, fileNameSlug, uniqueFileName } from './export-file-name';

const briefing: Briefing = {
  schemaVersion: briefingFileVersion,
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

  it('fit in 255 bytes with room for the temporary name, even for an 80-character CJK title', () => {
    const title = '俄罗斯无人机袭击基辅能源设施造成大面积停电'.repeat(4);
    expect([...title]).toHaveLength(84);
    const name = exportFileName({ ...briefing, metadata: { ...briefing.metadata, title } }, 'html');
    const bytes = new TextEncoder().encode(`.${name}.0123456789ab.tmp`).length;
    expect(bytes).toBeLessThanOrEqual(255);
    expect(name.startsWith('2026-11-26-俄罗斯无人机')).toBe(true);
    expect(fileNameSlug('🇺🇦'.repeat(100))).toBe('briefing');
    expect(fileNameSlug('é'.repeat(200))).toBe('é'.repeat(80));
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
