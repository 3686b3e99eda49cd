import { describe, expect, it } from 'vitest';
import { isSafeLinkUrl, safeLinkAddress } from './link-policy';

describe('the link policy', () => {
  it.each([
    [' https://Example.org/a b?q=1#top ', 'https://example.org/a%20b?q=1#top'],
    ['http://example.org', 'http://example.org/'],
    ['mailto:desk@example.org', 'mailto:desk@example.org'],
  ])('keeps %j, written as URL writes it', (candidate, address) => {
    expect(safeLinkAddress(candidate)).toBe(address);
    expect(isSafeLinkUrl(candidate)).toBe(true);
  });

  it.each([
    'javascript:alert(1)',
    'data:text/html,x',
    'file:///etc/passwd',
    'mailto:nobody',
    'https://',
    '/relative/path',
    'https://example.org/\u0007',
    `https://example.org/${'a'.repeat(2048)}`,
    '',
    42,
  ])('refuses %j', (candidate) => {
    expect(safeLinkAddress(candidate)).toBeNull();
    expect(isSafeLinkUrl(candidate)).toBe(false);
  });
});
