import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import type { ImportElement } from '../../common/import/import-dom';
import { takePageFacts } from '../../common/import/page-facts';

/** A clean tree's container of the given blocks. */
function container(blocks: string): ImportElement {
  const { document } = parseHTML(`<!doctype html><html><body><div>${blocks}</div></body></html>`);
  return document.body.firstElementChild as unknown as ImportElement;
}

const options = { plainText: false, keepClutter: false, now: new Date(Date.UTC(2026, 0, 1)) };
const body = '<p>Strikes hit the plant overnight and the town lost power for several hours before dawn.</p>';

describe('takePageFacts', () => {
  it('drops every short heading above the headline as a kicker, not only the first', () => {
    const blocks = container(`<h2>Flash alert</h2><h3>Analysis</h3><h2>Live</h2><h1>The headline</h1>${body}`);
    const { facts, dropped } = takePageFacts(undefined, blocks, options);
    expect(facts.title).toBe('The headline');
    expect(dropped).toEqual([
      { kind: 'kicker', text: 'Flash alert' },
      { kind: 'kicker', text: 'Analysis' },
      { kind: 'kicker', text: 'Live' },
    ]);
    expect(Array.from(blocks.children).map((block) => block.localName)).toEqual(['p']);
  });

  it('takes a reporting credit from the last three blocks only', () => {
    const credit = '<p>Reporting by Anna Kovalenko; editing by Tom Smith</p>';
    const inLastThree = container(`<h1>T</h1>${body}${credit}<p>a</p><p>b</p>`);
    expect(takePageFacts(undefined, inLastThree, options).facts.authors).toEqual(['Anna Kovalenko']);
    const fourthFromEnd = container(`<h1>T</h1>${body}${credit}<p>a</p><p>b</p><p>c</p>`);
    expect(takePageFacts(undefined, fourthFromEnd, options).facts.authors).toEqual([]);
  });
});
