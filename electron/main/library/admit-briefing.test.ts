import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { largeBriefingBody } from '../../../bench/fixtures/seeded-library';
import { everyNodeBriefing } from '../../../tests/fixtures/briefings/every-node-briefing';
import type { Briefing } from '../../common/briefing/briefing';
import { admitBriefing, admitBriefingOfCheckedContent } from './admit-briefing';
import { prepareBriefing, prepareBriefingOfCheckedText } from './prepare-briefing';

/** What a gate does with a candidate: the briefing it admits, or the sentence it refuses it with. */
function verdict(admit: () => Briefing): { admitted: Briefing } | { refused: string } {
  try {
    return { admitted: admit() };
  } catch (error) {
    return { refused: (error as Error).message };
  }
}

/** The fields of a briefing but its body, with any of them replaced, removed, or a stranger added. */
const fieldsOf = ({ content: _content, ...fields }: Briefing) => fields;
const oddValue = fc.oneof(
  fc.constantFrom(0, -1, 1.5, Number.NaN, '', 'not a date', null, undefined, [], {}, true),
  fc.string(),
  fc.integer(),
  fc.anything(),
);
const fieldNames = [...Object.keys(fieldsOf(everyNodeBriefing())), 'content', 'stranger', '__proto__'];
const tamperedFields = fc.array(
  fc.record({ name: fc.constantFrom(...fieldNames), value: oddValue, remove: fc.boolean() }),
  { maxLength: 4 },
);

describe('the gate of a briefing whose body passed the save request check already', () => {
  it('admits and refuses exactly what the whole gate does, with the same sentence', () => {
    const briefing = everyNodeBriefing();
    fc.assert(
      fc.property(tamperedFields, (changes) => {
        const fields: Record<string, unknown> = { ...fieldsOf(briefing) };
        for (const { name, value, remove } of changes) {
          if (name === 'content') continue;
          if (remove) delete fields[name];
          else Object.defineProperty(fields, name, { value, enumerable: true, writable: true, configurable: true });
        }
        const whole = verdict(() => admitBriefing({ ...fields, content: briefing.content }));
        expect(verdict(() => admitBriefingOfCheckedContent(fields, briefing.content))).toEqual(whole);
      }),
      { numRuns: 400 },
    );
  });

  it('refuses a metadata field out of bounds with the whole gate’s sentence', () => {
    const briefing = everyNodeBriefing();
    const fields = { ...fieldsOf(briefing), metadata: { ...briefing.metadata, title: 'x'.repeat(100_000) } };
    const whole = verdict(() => admitBriefing({ ...fields, content: briefing.content }));
    expect(whole).toHaveProperty('refused');
    expect(verdict(() => admitBriefingOfCheckedContent(fields, briefing.content))).toEqual(whole);
  });

  it('prepares from the checked text the same file text, row and search text as from the values', () => {
    const everyNode = everyNodeBriefing();
    const large = { ...everyNode, content: largeBriefingBody() };
    for (const briefing of [everyNode, large]) {
      const fromText = prepareBriefingOfCheckedText(fieldsOf(briefing), JSON.stringify(briefing.content));
      expect(fromText).toEqual(prepareBriefing(briefing));
      expect(fromText.text).toBe(prepareBriefing(briefing).text);
    }
  });
});
