import { EventTarget, parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';

// patches/linkedom+0.18.15.patch: linkedom made a listener map for every node it built (a fifth of a large import's time).
describe('linkedom with listener maps made on demand', () => {
  it('is the patched linkedom (npm install applies patches/ with patch-package)', () => {
    expect(
      EventTarget.toString(),
      'linkedom is not patched: run `npm install` (or `npx patch-package`) in this checkout',
    ).toMatch(/constructor\(\) \{\s*\}/);
  });

  it('still adds, dispatches and removes listeners, and removes one from a node that never had any', () => {
    const { document, Event } = parseHTML('<!doctype html><html><body><p>Text</p></body></html>');
    const paragraph = document.querySelector('p') as unknown as globalThis.EventTarget;
    expect(() => paragraph.removeEventListener('ping', () => undefined)).not.toThrow();
    const heard: string[] = [];
    const listener = (event: { type: string }) => heard.push(event.type);
    paragraph.addEventListener('ping', listener);
    paragraph.dispatchEvent(new Event('ping'));
    paragraph.removeEventListener('ping', listener);
    paragraph.dispatchEvent(new Event('ping'));
    expect(heard).toEqual(['ping']);
  });
});
