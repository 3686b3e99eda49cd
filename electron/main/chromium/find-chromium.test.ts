import { describe, expect, it } from 'vitest';
import { findChromium } from './find-chromium';

const existing = (paths: string[]) => (candidate: string) => paths.includes(candidate);

describe('findChromium', () => {
  it('takes the explicit path first, then BRIEFDESK_CHROMIUM', () => {
    const exists = existing(['/opt/a', '/opt/b', '/usr/bin/chromium']);
    expect(findChromium('/opt/a', { BRIEFDESK_CHROMIUM: '/opt/b' }, 'linux', exists)).toBe('/opt/a');
    expect(findChromium(undefined, { BRIEFDESK_CHROMIUM: '/opt/b' }, 'linux', exists)).toBe('/opt/b');
  });

  it('does not fall back when the chosen path does not exist', () => {
    expect(findChromium('/missing', {}, 'linux', existing(['/usr/bin/chromium']))).toBeUndefined();
  });

  it('tries the usual locations in order', () => {
    const exists = existing(['/usr/bin/google-chrome', '/usr/bin/chromium']);
    expect(findChromium(undefined, {}, 'linux', exists)).toBe('/usr/bin/chromium');
    expect(findChromium(undefined, {}, 'freebsd', exists)).toBeUndefined();
  });
});
