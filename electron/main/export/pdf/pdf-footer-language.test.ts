import { describe, expect, it } from 'vitest';
import { exportLocaleOf } from '../../../common/language/export-locale';
import { footerTemplate } from './pdf-print-options';

describe('the PDF’s running footer', () => {
  it('is written in the briefing’s language, the printer filling in the numbers', () => {
    const footer = footerTemplate({
      pageSize: 'A4',
      margins: { top: 22, right: 18, bottom: 22, left: 18 },
      headerTitle: 'Frappes',
      classification: 'Confidentiel',
      exportedAt: new Date('2026-12-01T10:00:00Z'),
      locale: exportLocaleOf('fr', 'western'),
      timeoutMs: 1000,
    });
    expect(footer).toContain('Page <span class="pageNumber"></span> sur <span class="totalPages"></span>');
    expect(footer).toContain('Exporté le 1 décembre 2026');
  });
});
