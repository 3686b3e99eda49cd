import { describe, expect, it } from 'vitest';
import { joinedPdf } from '../../export/pdf/pdf-printer';
import { transferableBytes } from './document-worker-messages';

describe('a printed PDF crossing to the document worker', () => {
  it('hands over every piece that is a whole buffer, once, and copies views into a larger one', () => {
    const whole = new Uint8Array([1, 2, 3]);
    const shared = new ArrayBuffer(8);
    const view = new Uint8Array(shared, 2, 3);
    expect(transferableBytes(whole)).toEqual([whole.buffer]);
    expect(transferableBytes(view)).toEqual([]);
    const second = new Uint8Array([4]);
    const handedOver = transferableBytes([whole, view, second, whole]);
    expect(handedOver).toHaveLength(2);
    expect(handedOver).toContain(whole.buffer);
    expect(handedOver).toContain(second.buffer);
  });

  it('joins the pieces in order, and returns one buffer as it is', () => {
    const one = new Uint8Array([9, 8]);
    expect(joinedPdf(one)).toBe(one);
    expect([...joinedPdf([new Uint8Array([37, 80]), new Uint8Array(0), new Uint8Array([68, 70])])]).toEqual([
      37, 80, 68, 70,
    ]);
    expect(joinedPdf([])).toHaveLength(0);
  });
});
