import { serialize } from 'node:v8';
import type { JSONContent } from '@tiptap/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { largeArticle } from '../../../bench/import-benchmarks';
import { convertTextInNode } from './convert-text-in-node';
import { shareRepeatedAttributes } from './share-repeated-attributes';

/** The same keys in the same order and the same values by `Object.is`, all the way down. */
function readsTheSame(left: unknown, right: unknown): boolean {
  if (typeof left !== 'object' || left === null || typeof right !== 'object' || right === null) {
    return Object.is(left, right);
  }
  if (Array.isArray(left) !== Array.isArray(right)) return false;
  const leftKeys = Object.keys(left);
  const rightKeys = Object.keys(right);
  if (leftKeys.join('\u0000') !== rightKeys.join('\u0000')) return false;
  return leftKeys.every((key) =>
    readsTheSame((left as Record<string, unknown>)[key], (right as Record<string, unknown>)[key]),
  );
}

const paragraph = (attrs: Record<string, unknown>, marks?: JSONContent['marks']): JSONContent => ({
  type: 'paragraph',
  attrs,
  content: [{ type: 'text', text: 'Officials said so.', ...(marks ? { marks } : {}) }],
});

/** Shares the attributes of a body of two paragraphs; true when the two ended up as one object. */
function sharedBetween(first: Record<string, unknown>, second: Record<string, unknown>): boolean {
  const body: JSONContent = { type: 'doc', content: [paragraph(first), paragraph(second)] };
  const before = structuredClone(body);
  shareRepeatedAttributes(body);
  expect(readsTheSame(body, before)).toBe(true);
  return body.content?.[0]?.attrs === body.content?.[1]?.attrs;
}

describe('shareRepeatedAttributes', () => {
  it('makes equal attributes, marks and lists of marks one object each, and the body reads as before', () => {
    const link = (href: string) => [{ type: 'link', attrs: { href } }];
    const body: JSONContent = {
      type: 'doc',
      content: [
        paragraph({ lang: null, dir: null }, [{ type: 'bold' }]),
        paragraph({ lang: null, dir: null }, [{ type: 'bold' }]),
        paragraph({ lang: null, dir: null }, link('https://example.org/a')),
        paragraph({ lang: 'uk', dir: null }, link('https://example.org/a')),
        paragraph({ lang: null, dir: null }, link('https://example.org/b')),
      ],
    };
    const before = structuredClone(body);
    shareRepeatedAttributes(body);
    expect(readsTheSame(body, before)).toBe(true);
    const [bold, boldAgain, linkA, linkAInUkrainian, linkB] = body.content ?? [];
    const marksOf = (node: JSONContent | undefined) => node?.content?.[0]?.marks;
    expect(boldAgain?.attrs).toBe(bold?.attrs);
    expect(linkB?.attrs).toBe(bold?.attrs);
    expect(linkAInUkrainian?.attrs).not.toBe(bold?.attrs);
    expect(marksOf(boldAgain)).toBe(marksOf(bold));
    expect(marksOf(linkAInUkrainian)).toBe(marksOf(linkA));
    expect(marksOf(linkB)).not.toBe(marksOf(linkA));
    // Nodes stay their own: only what they carry is shared.
    expect(boldAgain).not.toBe(bold);
    expect(boldAgain?.content?.[0]).not.toBe(bold?.content?.[0]);
  });

  it.each([
    ['a number and its text', { level: 1 }, { level: '1' }],
    ['true and its text', { open: true }, { open: 'true' }],
    ['null and its text', { lang: null }, { lang: 'null' }],
    ['zero and minus zero', { start: 0 }, { start: -0 }],
    ['null and no value', { lang: null }, { lang: undefined }],
    ['null and no attribute', { lang: null, dir: null }, { lang: null }],
    ['the same entries in another order', { lang: null, dir: null }, { dir: null, lang: null }],
    ['a name ending where another begins', { ab: 'c' }, { a: 'bc' }],
    ['a value spelling a next attribute', { a: 's1:b', c: 'd' }, { a: 's1:bs1:d' }],
    ['a name spelling another’s name and value', { a: 'x', z: null }, { 'as1:xz': null }],
    ['an empty text and no attributes', { title: '' }, {}],
  ])('keeps attributes apart that differ: %s', (_name, first, second) => {
    expect(sharedBetween(first, second)).toBe(false);
  });

  it.each([
    ['an object value', { data: { id: 1 } }],
    ['an array value', { rows: [1, 2] }],
    ['not a number', { width: Number.NaN }],
    ['an infinity', { width: Number.POSITIVE_INFINITY }],
    ['minus zero', { start: -0 }],
    ['no value', { lang: undefined }],
  ])('leaves attributes with %s unshared, as they cannot be named exactly', (_name, attributes) => {
    expect(sharedBetween(attributes, structuredClone(attributes))).toBe(false);
  });

  it.each([
    ['a mark without attributes and one with none given', [{ type: 'link' }], [{ type: 'link', attrs: {} }]],
    ['two marks and one', [{ type: 'bold' }, { type: 'italic' }], [{ type: 'bold' }]],
    ['the same marks in another order', [{ type: 'bold' }, { type: 'italic' }], [{ type: 'italic' }, { type: 'bold' }]],
    ['a mark and its attributes', [{ type: 'link', attrs: { href: 'a' } }], [{ type: 'link', attrs: { href: 'b' } }]],
  ])('keeps lists of marks apart that differ: %s', (_name, first, second) => {
    const body: JSONContent = { type: 'doc', content: [paragraph({}, first), paragraph({}, second)] };
    const before = structuredClone(body);
    shareRepeatedAttributes(body);
    expect(readsTheSame(body, before)).toBe(true);
    expect(body.content?.[0]?.content?.[0]?.marks).not.toBe(body.content?.[1]?.content?.[0]?.marks);
  });

  it('keeps every generated body reading as before, and shares only what was equal', () => {
    const value = fc.oneof(
      fc.constantFrom(null, undefined, 0, -0, 1, Number.NaN, '', '0', '1', 'null', true, false, 's1:a'),
      fc.constant({ nested: 1 }),
    );
    const attributes = fc.dictionary(fc.constantFrom('lang', 'dir', 'level', 'href', 'a', 'ab', 'b'), value, {
      maxKeys: 3,
    });
    const mark = fc.oneof(
      fc.record({ type: fc.constantFrom('bold', 'italic', 'link') }),
      fc.record({ type: fc.constantFrom('link', 'comment'), attrs: attributes }),
      fc.record({ type: fc.constant('link'), attrs: attributes, extra: fc.constant(1) }),
    );
    const node = fc.letrec<{ node: JSONContent }>((tie) => ({
      node: fc.record(
        {
          type: fc.constantFrom('paragraph', 'heading', 'text'),
          attrs: attributes,
          marks: fc.array(mark, { maxLength: 3 }),
          content: fc.array(tie('node'), { maxLength: 4 }),
        },
        { requiredKeys: ['type'] },
      ),
    })).node;
    fc.assert(
      fc.property(node, (body) => {
        const before = structuredClone(body);
        const originals = new Map<unknown, unknown>();
        const pairUp = (after: JSONContent, original: JSONContent) => {
          if (after.attrs)
            originals.set(after.attrs, [...((originals.get(after.attrs) as unknown[]) ?? []), original.attrs]);
          for (const [index, child] of (after.content ?? []).entries()) pairUp(child, original.content?.[index] ?? {});
        };
        shareRepeatedAttributes(body);
        expect(readsTheSame(body, before)).toBe(true);
        pairUp(body, before);
        for (const [shared, all] of originals) {
          for (const original of all as unknown[]) expect(readsTheSame(original, shared)).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('makes the large article’s reply about a sixth smaller to send, reading as before', async () => {
    const { document } = await convertTextInNode({
      text: largeArticle().html,
      format: 'html',
      keepClutter: false,
      embedImages: false,
      now: 0,
    });
    const before = structuredClone(document.content);
    const bytesBefore = serialize(document).length;
    shareRepeatedAttributes(document.content);
    expect(document.content).toEqual(before);
    expect(serialize(document).length).toBeLessThan(bytesBefore * 0.86);
  }, 30_000);
});
