import type { ImportElement } from './import-dom';

/** Lazy-loading pages put a tiny data: placeholder in `src` and the picture in `data-src` or `srcset`. */
const lazySourceAttributes = ['data-src', 'data-lazy-src', 'data-original', 'srcset', 'data-srcset'];

/** The address of an image's picture, looking past lazy-loading placeholders. */
export function imageSource(element: ImportElement): string {
  const source = (element.getAttribute('src') ?? '').trim();
  if (source !== '' && !source.startsWith('data:')) return source;
  for (const name of lazySourceAttributes) {
    const candidate = (element.getAttribute(name) ?? '').trim().split(/\s+/)[0] ?? '';
    if (candidate && !candidate.startsWith('data:')) return candidate;
  }
  return source;
}
