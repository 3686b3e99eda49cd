import { describe, expect, it } from 'vitest';
import { LinkAddressMemo } from './link-address-memo';
import { safeLinkAddress } from './link-policy';

/** A judge that answers by a rule the test knows, counting how often it is asked about each candidate. */
function countingJudge() {
  const asked = new Map<string, number>();
  const judge = (candidate: string) => {
    asked.set(candidate, (asked.get(candidate) ?? 0) + 1);
    return candidate.startsWith('ok:') ? candidate.toUpperCase() : null;
  };
  return { asked, judge };
}

describe('LinkAddressMemo', () => {
  it("gives the judge's answer, refusals included, and asks once per address", () => {
    const memo = new LinkAddressMemo(1000);
    const { asked, judge } = countingJudge();
    for (let round = 0; round < 3; round += 1) {
      // Addresses that differ only by a space are different questions.
      expect(memo.answer(' ok:a', judge)).toBeNull();
      expect(memo.answer('ok:a', judge)).toBe('OK:A');
      expect(memo.answer('bad', judge)).toBeNull();
      expect(memo.answer('ok:b', judge)).toBe('OK:B');
    }
    expect([...asked.values()]).toEqual([1, 1, 1, 1]);
    expect(memo.size).toBe(4);
  });

  it('keeps no more characters of addresses than its limit, and answers rightly after forgetting', () => {
    const memo = new LinkAddressMemo(100);
    const { asked, judge } = countingJudge();
    const candidates = Array.from({ length: 60 }, (_, index) => `ok:${String(index).padStart(7, '0')}`);
    for (const candidate of candidates) {
      expect(memo.answer(candidate, judge)).toBe(candidate.toUpperCase());
      // Ten characters each: never more than ten remembered.
      expect(memo.size).toBeLessThanOrEqual(10);
    }
    for (const candidate of candidates) expect(memo.answer(candidate, judge)).toBe(candidate.toUpperCase());
    expect(asked.get(candidates[0] as string)).toBe(2);
  });
});

describe('safeLinkAddress through its memo', () => {
  it('answers the same when asked again, for addresses it keeps and addresses it refuses', () => {
    const cases: [string, string | null][] = [
      [' https://Example.org/a b ', 'https://example.org/a%20b'],
      ['javascript:alert(1)', null],
      ['https://', null],
      ['mailto:desk@example.org', 'mailto:desk@example.org'],
    ];
    for (let round = 0; round < 3; round += 1) {
      for (const [candidate, address] of cases) expect(safeLinkAddress(candidate)).toBe(address);
    }
  });
});
