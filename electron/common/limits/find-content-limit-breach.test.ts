import type { JSONContent } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import { quotedBody } from '../../../tests/support/quoted-body';
import { checkBriefingContent } from '../document/briefing-content';
import { findContentLimitBreach } from './find-content-limit-breach';
import { inputLimits, limitMessages } from './input-limits';

function table(colspan: number, rowspan = 1): JSONContent {
  const cell = { type: 'tableCell', attrs: { colspan, rowspan }, content: [{ type: 'paragraph' }] };
  return { type: 'doc', content: [{ type: 'table', content: [{ type: 'tableRow', content: [cell] }] }] };
}

function figures(count: number): JSONContent {
  const figure = { type: 'figure', attrs: { src: null, alt: '' } };
  return { type: 'doc', content: Array.from({ length: count }, () => figure) };
}

describe('the content limits, as the document check applies them', () => {
  it('accepts a body exactly at the node depth limit and refuses one level more with the limit sentence', () => {
    expect(checkBriefingContent(quotedBody(inputLimits.nodeDepth)).ok).toBe(true);
    expect(checkBriefingContent(quotedBody(inputLimits.nodeDepth + 1))).toEqual({
      ok: false,
      message: limitMessages.nodeDepth,
    });
  });

  it('answers a body nested 100,000 levels deep with the sentence, never a stack overflow', () => {
    const started = performance.now();
    expect(checkBriefingContent(quotedBody(100_000))).toEqual({ ok: false, message: limitMessages.nodeDepth });
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('refuses a table cell spanning more than the limit, in either direction', () => {
    expect(findContentLimitBreach(table(inputLimits.tableSpan))).toBeUndefined();
    expect(findContentLimitBreach(table(inputLimits.tableSpan + 1))).toBe('tableSpan');
    expect(findContentLimitBreach(table(1, 2_000_000))).toBe('tableSpan');
    expect(checkBriefingContent(table(2_000_000))).toEqual({ ok: false, message: limitMessages.tableSpan });
  });

  it('counts pictures against the figure limit', () => {
    expect(findContentLimitBreach(figures(inputLimits.figures))).toBeUndefined();
    expect(findContentLimitBreach(figures(inputLimits.figures + 1))).toBe('figures');
  });
});
