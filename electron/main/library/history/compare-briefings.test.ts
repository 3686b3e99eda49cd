import { describe, expect, it } from 'vitest';
import { fixtureBriefing, paragraph, section } from '../../../../tests/fixtures/briefings/document-builders';
import type { ComparedBlock } from '../../../common/history/revision-comparison';
import { compareBriefingBodies } from './compare-briefings';

const briefingWith = (...sections: ReturnType<typeof section>[]) =>
  fixtureBriefing('fixture-compare', { title: 'Talks' }, { type: 'doc', content: sections });

const attack = section('custom', 'Attack amid diplomacy', paragraph('Forty-two drones were launched overnight.'));
const areas = section('custom', 'Targeted areas', paragraph('Kharkiv: power outages. Odesa: port damaged.'));
const response = section('custom', 'International response', paragraph('The EU condemned the strikes.'));
const talks = section('custom', 'Peace talks', paragraph('Delegations meet again on Monday.'));

const summary = (blocks: ComparedBlock[]) =>
  blocks.map((block) => [block.kind, block.title, block.otherPosition ?? null]);

describe('comparing two bodies side by side', () => {
  it('shows a moved section as one move on each side, not as scattered edits', () => {
    const result = compareBriefingBodies(
      briefingWith(attack, areas, response, talks),
      briefingWith(attack, response, talks, areas),
    );
    expect(summary(result.olderBlocks)).toEqual([
      ['same', 'Attack amid diplomacy', null],
      ['moved', 'Targeted areas', 4],
      ['same', 'International response', null],
      ['same', 'Peace talks', null],
    ]);
    expect(summary(result.newerBlocks)).toEqual([
      ['same', 'Attack amid diplomacy', null],
      ['same', 'International response', null],
      ['same', 'Peace talks', null],
      ['moved', 'Targeted areas', 2],
    ]);
    expect(result).toMatchObject({ addedWords: 0, removedWords: 0, movedBlocks: 1 });
    expect(result.newerBlocks[3]?.parts.every((part) => part.kind === 'same')).toBe(true);
  });

  it('keeps the edits inside a moved section with the move', () => {
    const edited = section(
      'custom',
      'Targeted areas',
      paragraph('Kharkiv: power outages. Odesa: port and grain terminal damaged.'),
    );
    const result = compareBriefingBodies(briefingWith(areas, attack, response), briefingWith(attack, response, edited));
    expect(summary(result.newerBlocks)).toEqual([
      ['same', 'Attack amid diplomacy', null],
      ['same', 'International response', null],
      ['moved', 'Targeted areas', 1],
    ]);
    expect(
      result.newerBlocks[2]?.parts.filter((part) => part.kind === 'added').map((part) => part.text.trim()),
    ).toEqual(['and grain terminal']);
    expect(result).toMatchObject({ addedWords: 3, removedWords: 0, movedBlocks: 1 });
  });

  it('marks added and removed sections on their own side', () => {
    const result = compareBriefingBodies(briefingWith(attack, areas), briefingWith(attack, talks));
    expect(summary(result.olderBlocks)).toEqual([
      ['same', 'Attack amid diplomacy', null],
      ['removed', 'Targeted areas', null],
    ]);
    expect(summary(result.newerBlocks)).toEqual([
      ['same', 'Attack amid diplomacy', null],
      ['added', 'Peace talks', null],
    ]);
    expect(result.movedBlocks).toBe(0);
  });
});
