import type { JSONContent } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../tests/support/seeded-random';
import type { Briefing } from '../../common/briefing/briefing';
import { diffBriefingText, diffTooLargeMessage } from './revision-diff';

/** Only the title and body take part in a diff. */
function briefing(title: string, paragraphs: string[]): Briefing {
  const content: JSONContent = {
    type: 'doc',
    content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
  };
  return { metadata: { title }, content } as unknown as Briefing;
}

function randomWords(seed: number, count: number): string[] {
  const random = seededRandom(seed);
  const words = Array.from({ length: count }, () => Math.floor(random() * 1e6).toString(36));
  return Array.from({ length: count / 50 }, (_, index) => words.slice(index * 50, index * 50 + 50).join(' '));
}

describe('diffBriefingText', () => {
  it('shows the words added and removed between two revisions', () => {
    const diff = diffBriefingText(
      briefing('Update', ['Russia launched 42 drones overnight.']),
      briefing('Update', ['Russia launched 45 drones and 3 missiles overnight.']),
    );
    expect(diff.addedWords).toBe(4);
    expect(diff.removedWords).toBe(1);
    expect(diff.parts.filter((part) => part.kind === 'removed').map((part) => part.text)).toEqual(['42']);
  });

  it('answers two entirely different 8,000-word revisions at once with a plain sentence', () => {
    const started = performance.now();
    expect(() =>
      diffBriefingText(briefing('One', randomWords(1, 8_000)), briefing('Two', randomWords(2, 8_000))),
    ).toThrow(diffTooLargeMessage);
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('still diffs a long revision with a few changes', () => {
    const text = randomWords(3, 8_000);
    const edited = [...text];
    edited[10] = `${edited[10]} inserted`;
    const diff = diffBriefingText(briefing('Long', text), briefing('Long', edited));
    expect(diff.addedWords).toBe(1);
    expect(diff.removedWords).toBe(0);
  });
});
