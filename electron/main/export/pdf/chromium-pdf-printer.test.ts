import { describe, expect, it } from 'vitest';
import { chromiumNotFoundMessage } from './chromium-pdf-printer';

describe('chromiumNotFoundMessage', () => {
  it('names every way to provide Chromium when none is installed', () => {
    const message = chromiumNotFoundMessage(undefined, {});
    expect(message).toContain('PDF export needs Chromium or Google Chrome');
    expect(message).toContain('--chromium PATH');
    expect(message).toContain('BRIEFDESK_CHROMIUM');
  });

  it('names the path that was tried', () => {
    expect(chromiumNotFoundMessage('/opt/chrome', {})).toBe(
      'No Chromium or Chrome was found at /opt/chrome. Check the path given with --chromium or BRIEFDESK_CHROMIUM.',
    );
  });
});
