import { describe, expect, it } from 'vitest';
import { briefingSchema } from './briefing';

describe('the stored briefing schema', () => {
  it('refuses a body that does not fit the briefing format, with the check’s own sentence', () => {
    const result = briefingSchema.shape.content.safeParse({ type: 'doc', content: [{ type: 'marquee' }] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/^The document does not fit the briefing format: /);
    expect(briefingSchema.shape.content.safeParse({ type: 'doc', content: [{ type: 'paragraph' }] }).success).toBe(
      true,
    );
  });
});
