import { describe, expect, it } from 'vitest';
import { urlOrigin } from './url-origin';

describe('urlOrigin', () => {
  it('gives the origin of custom-scheme URLs, which Node’s URL.origin reports as "null"', () => {
    expect(new URL('app://briefdesk/index.html').origin).toBe('null');
    expect(urlOrigin('app://briefdesk/index.html')).toBe('app://briefdesk');
  });

  it('keeps host and port exact', () => {
    expect(urlOrigin('https://app.briefdesk.test:8443/x')).toBe('https://app.briefdesk.test:8443');
    expect(urlOrigin('app://briefdesk.evil/')).toBe('app://briefdesk.evil');
    expect(urlOrigin('app://user:pw@briefdesk/')).toBe('app://briefdesk');
  });

  it('has no origin for host-less or unparsable URLs', () => {
    for (const candidate of ['file:///etc/passwd', 'about:blank', 'data:text/html,hi', 'not a url', '', undefined]) {
      expect(urlOrigin(candidate)).toBeUndefined();
    }
  });
});
