import { describe, expect, it } from 'vitest';
import { readBylineNames } from './read-byline';

describe('readBylineNames', () => {
  it.each([
    ['By Anna Kovalenko', 'Anna Kovalenko'],
    ['By Anna Kovalenko and John Smith', 'Anna Kovalenko and John Smith'],
    ['by Anna Kovalenko, John Smith & Li Wei', 'Anna Kovalenko, John Smith & Li Wei'],
    ['By Anna Kovalenko, staff correspondent', 'Anna Kovalenko'],
    ['By Anna Kovalenko, Reuters', 'Anna Kovalenko, Reuters'],
    ['By Anna Kovalenko, Reuters, in Kyiv', 'Anna Kovalenko, Reuters'],
    ['By Anna Kovalenko – Kyiv bureau', 'Anna Kovalenko'],
    ["By Seán O'Neill-Byrne", "Seán O'Neill-Byrne"],
    ['By Sarah E. Needleman Nov. 19, 2019 8:03 am ET', 'Sarah E. Needleman'],
    ['By Anna Kovalenko 25 November 2026, 10:40', 'Anna Kovalenko'],
  ])('reads the names in “%s”', (line, names) => {
    expect(readBylineNames(line)).toBe(names);
  });

  it.each([
    'By the end of the week the front had moved',
    'Bystanders said the strike hit a depot',
    'By A B C D E',
    'Written by Anna Kovalenko',
    `By Anna ${'Kovalenko '.repeat(40)}`,
  ])('finds no byline in “%s”', (line) => {
    expect(readBylineNames(line)).toBeUndefined();
  });

  it('reads a hostile line of names run together at once', () => {
    const started = performance.now();
    expect(readBylineNames(`By A${'andA'.repeat(70)}1`)).toBeUndefined();
    expect(performance.now() - started).toBeLessThan(50);
  });
});
