import { describe, expect, it } from 'vitest';
import { everyNodeBriefing } from '../../../tests/fixtures/briefings/every-node-briefing';
import { briefingFromOpened, toOpenedBriefing } from './opened-briefing';

describe('toOpenedBriefing', () => {
  it('sends the body as one JSON text beside the rest of the briefing', () => {
    const briefing = everyNodeBriefing();
    const opened = toOpenedBriefing(briefing);
    expect(typeof opened.contentJson).toBe('string');
    expect(opened).not.toHaveProperty('content');
    expect(opened.metadata).toEqual(briefing.metadata);
    expect(opened.revision).toBe(briefing.revision);
  });

  it('gives the page back the same briefing, every node and mark included', () => {
    const briefing = everyNodeBriefing();
    expect(briefingFromOpened(structuredClone(toOpenedBriefing(briefing)))).toEqual(briefing);
  });
});
