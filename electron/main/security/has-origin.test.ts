import { describe, expect, it } from 'vitest';
import { hasOrigin } from './has-origin';

const appOrigin = 'app://briefdesk';

describe('hasOrigin', () => {
  it('accepts pages of the app’s own origin, which URL.origin reports as "null"', () => {
    expect(new URL('app://briefdesk/index.html').origin).toBe('null');
    expect(hasOrigin('app://briefdesk/index.html', appOrigin)).toBe(true);
    expect(hasOrigin('app://briefdesk/', appOrigin)).toBe(true);
    expect(hasOrigin('app://briefdesk/settings?tab=export#top', appOrigin)).toBe(true);
  });

  it.each([
    ['another host on the app scheme', 'app://evil/index.html'],
    ['a host that merely starts with ours', 'app://briefdesk.evil/index.html'],
    ['credentials that push the real host aside', 'app://briefdesk@evil/index.html'],
    ['credentials on our own host', 'app://user:secret@briefdesk/index.html'],
    ['an explicit port', 'app://briefdesk:8080/index.html'],
    ['the same host on the web', 'https://briefdesk/index.html'],
    ['a file URL', 'file:///briefdesk/index.html'],
    ['a javascript URL', 'javascript:alert(1)'],
    ['a data URL', 'data:text/html,<p>hi</p>'],
    ['an opaque about:blank', 'about:blank'],
    ['something that is not a URL', 'briefdesk/index.html'],
    ['an empty string', ''],
    ['a missing URL', undefined],
  ])('refuses %s', (_case, candidate) => {
    expect(hasOrigin(candidate, appOrigin)).toBe(false);
  });

  it('compares web origins like URL.origin does, default ports included', () => {
    expect(hasOrigin('https://app.briefdesk.test/index.html', 'https://app.briefdesk.test')).toBe(true);
    expect(hasOrigin('https://app.briefdesk.test:443/index.html', 'https://app.briefdesk.test')).toBe(true);
    expect(hasOrigin('https://app.briefdesk.test:8443/index.html', 'https://app.briefdesk.test')).toBe(false);
    expect(hasOrigin('http://app.briefdesk.test/index.html', 'https://app.briefdesk.test')).toBe(false);
  });
});
