import sanitizeHtml from 'sanitize-html';
import { describe, expect, it } from 'vitest';

// patches/sanitize-html+2.18.1.patch: sanitize-html ran six replace passes over every text and attribute value.
describe('sanitize-html with its escaping skipped for text that needs none', () => {
  it('is the patched sanitize-html (npm install applies patches/ with patch-package)', () => {
    expect(
      sanitizeHtml.toString(),
      'sanitize-html is not patched: run `npm install` (or `npx patch-package`) in this checkout',
    ).toContain('if (!/[&<>"]/.test(s)) {');
  });

  it.each([
    [
      'plain text and attributes',
      '<p class="lede">Strikes hit the plant</p>',
      '<p class="lede">Strikes hit the plant</p>',
    ],
    ['an ampersand', '<p>Aid &amp; shelter & water</p>', '<p>Aid &amp; shelter &amp; water</p>'],
    ['angle brackets', '<p>1 &lt; 2 &gt; 0</p>', '<p>1 &lt; 2 &gt; 0</p>'],
    [
      'quotes in text and in an attribute',
      '<p title=\'say "hi"\'>"quoted"</p>',
      '<p title="say &quot;hi&quot;">"quoted"</p>',
    ],
    [
      'an entity in a link',
      '<a href="https://example.org/?a=1&amp;b=2">x</a>',
      '<a href="https://example.org/?a=1&amp;b=2">x</a>',
    ],
  ])('escapes as before: %s', (_, html, expected) => {
    expect(sanitizeHtml(html, { allowedTags: false, allowVulnerableTags: true, allowedAttributes: false })).toBe(
      expected,
    );
  });
});
