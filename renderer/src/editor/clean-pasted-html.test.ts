// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { cleanPastedHtml } from './clean-pasted-html';

describe('cleanPastedHtml', () => {
  it('keeps structure and safe links, and drops styles, classes, handlers, comments and active elements', () => {
    const cleaned = cleanPastedHtml(
      '<!-- StartFragment --><h2 style="color:red" class="headline" id="x">Kharkiv</h2>' +
        '<ul><li onclick="steal()">Power <b>outages</b></li></ul><script>alert(1)</script><style>p{}</style>' +
        '<p>See <a href="javascript:alert(1)">this</a>, <a href="https://example.org/a" onmouseover="x()">that</a>' +
        ' and <a href="mailto:desk@example.org">mail</a></p><form action="https://x.example"><input name="q"><button>Go</button></form>' +
        '<table><tr><th>City</th></tr><tr><td>Odesa</td></tr></table>',
    );
    expect(cleaned).toBe(
      '<h2>Kharkiv</h2><ul><li>Power <b>outages</b></li></ul>' +
        '<p>See this, <a href="https://example.org/a">that</a> and <a href="mailto:desk@example.org">mail</a></p>' +
        '<table><tbody><tr><th>City</th></tr><tr><td>Odesa</td></tr></tbody></table>',
    );
  });
});
