import { describe, expect, it } from 'vitest';
import { linkTargetFrom } from './link-target';

describe('linkTargetFrom', () => {
  it.each([
    ['https://example.org/report', 'https://example.org/report'],
    ['  http://example.org ', 'http://example.org'],
    ['example.org/report', 'https://example.org/report'],
    ['desk@example.org', 'mailto:desk@example.org'],
    ['mailto:desk@example.org', 'mailto:desk@example.org'],
  ])('accepts %s', (input, href) => {
    expect(linkTargetFrom(input)).toEqual({ ok: true, href });
  });

  it.each([
    ['javascript:alert(1)', /refused/],
    ['data:text/html,hi', /refused/],
    ['file:///etc/passwd', /refused/],
    ['', /Type the address/],
    ['not an address', /not a web or email address/],
  ])('refuses %s with a sentence', (input, message) => {
    const target = linkTargetFrom(input);
    expect(target.ok).toBe(false);
    if (!target.ok) expect(target.message).toMatch(message);
  });
});
