import { describe, expect, it } from 'vitest';
import { isVettedExternalUrl, vettedExternalUrl } from './vetted-external-url';

describe('isVettedExternalUrl', () => {
  it.each([
    'https://example.org/',
    'https://www.unocha.org/publications/report/ukraine/situation-report?page=2#figures',
    'https://xn--80ak6aa92e.com/',
  ])('lets the system browser open %s', (url) => {
    expect(isVettedExternalUrl(url)).toBe(true);
  });

  it.each([
    ['plain http', 'http://example.org/'],
    ['a file URL', 'file:///etc/passwd'],
    ['a javascript URL', 'javascript:alert(1)'],
    ['a data URL', 'data:text/html,<script>alert(1)</script>'],
    ['the app’s own scheme', 'app://briefdesk/index.html'],
    ['an operating-system handler', 'ms-settings:privacy'],
    ['a UNC-style smb link', 'smb://server/share'],
    ['embedded credentials', 'https://user:secret@example.org/'],
    ['a user name alone', 'https://user@example.org/'],
    ['localhost', 'https://localhost/'],
    ['a localhost subdomain', 'https://admin.localhost/'],
    ['a bare intranet name', 'https://intranet/'],
    ['an IPv4 address', 'https://192.168.1.1/'],
    ['an IPv4 address in hex', 'https://0x7f.1/'],
    ['an IPv6 address', 'https://[::1]/'],
    ['a trailing-dot host', 'https://example.org./'],
    ['something that is not a URL', 'example.org'],
    ['an overlong URL', `https://example.org/${'a'.repeat(2048)}`],
  ])('refuses %s', (_case, url) => {
    expect(isVettedExternalUrl(url)).toBe(false);
  });

  it('gives back the parsed URL, so the browser opens exactly what was checked', () => {
    expect(vettedExternalUrl('https://ReliefWeb.int/a b?q=1#x')).toBe('https://reliefweb.int/a%20b?q=1#x');
    expect(vettedExternalUrl('HTTPS://www.unocha.org\\report')).toBe('https://www.unocha.org/report');
    expect(vettedExternalUrl('javascript:alert(1)')).toBeUndefined();
  });
});
