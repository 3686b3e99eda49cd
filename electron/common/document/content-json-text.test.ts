import { describe, expect, it } from 'vitest';
import { briefingContentSchema } from '../briefing/briefing';
import { briefingMetadataSchema } from '../briefing/briefing-metadata';
import { savedChangesSchema } from '../briefing/briefing-requests';
import { journalWriteSchema } from '../library/library-requests';
import { limitMessages, requestDepth } from '../limits/input-limits';
import { contentJsonTextCheckedBy, contentJsonTextOf } from './content-json-text';

const content = {
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Drones hit the port.' }] }],
};
const changes = { id: 'aaaaaaaa-0000', revision: 3, metadata: briefingMetadataSchema.parse({ title: 'Odesa' }) };

describe('a body sent as JSON text', () => {
  it('is parsed into the same changes as the body sent as values', () => {
    const asText = savedChangesSchema.parse({ ...changes, contentJson: JSON.stringify(content) });
    expect(asText).toEqual(savedChangesSchema.parse({ ...changes, content }));
    expect(asText).not.toHaveProperty('contentJson');
  });

  it('is checked as a body sent as values is: an unsafe link is refused', () => {
    const unsafe = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [{ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }],
        },
      ],
    };
    expect(savedChangesSchema.safeParse({ ...changes, content: unsafe }).success).toBe(false);
    expect(savedChangesSchema.safeParse({ ...changes, contentJson: JSON.stringify(unsafe) }).success).toBe(false);
  });

  it('refuses a damaged text with a sentence, and a request with both or neither form', () => {
    const damaged = savedChangesSchema.safeParse({ ...changes, contentJson: '{"type":"doc","content":[' });
    expect(damaged.success).toBe(false);
    expect(JSON.stringify(damaged.error?.issues)).toContain("The briefing's text arrived damaged and was not stored.");
    expect(savedChangesSchema.safeParse({ ...changes }).success).toBe(false);
    expect(savedChangesSchema.safeParse({ ...changes, content, contentJson: JSON.stringify(content) }).success).toBe(
      false,
    );
  });

  it('holds the values in the text to the limits IPC holds values to: a body nested too deep is refused', () => {
    let nested: unknown = 'x';
    for (let depth = 0; depth < requestDepth + 5; depth += 1) nested = { deeper: nested };
    const deep = { type: 'doc', content: [], attrs: nested };
    const entry = { briefingId: 'aaaaaaaa-0000', revision: 3, metadata: {} };
    const refused = journalWriteSchema.safeParse({ ...entry, contentJson: JSON.stringify(deep) });
    expect(refused.success).toBe(false);
    expect(JSON.stringify(refused.error?.issues)).toContain(limitMessages.requestDepth);
  });

  it('goes to the recovery journal the same way', () => {
    const entry = { briefingId: 'aaaaaaaa-0000', revision: 3, metadata: {} };
    expect(journalWriteSchema.parse({ ...entry, contentJson: JSON.stringify(content) })).toEqual({ ...entry, content });
    expect(journalWriteSchema.safeParse({ ...entry, contentJson: '[1, 2]' }).success).toBe(false);
    expect(journalWriteSchema.parse({ ...entry, content })).toEqual({ ...entry, content });
  });

  it('stays known with the schema that checked it, so a body only the journal checked is never taken as saved-checked', () => {
    const text = JSON.stringify(content);
    const saved = savedChangesSchema.parse({ ...changes, contentJson: text }).content;
    expect(contentJsonTextCheckedBy(saved, briefingContentSchema)).toBe(text);
    const entry = { briefingId: 'aaaaaaaa-0000', revision: 3, metadata: {} };
    const journalled = journalWriteSchema.parse({ ...entry, contentJson: text }).content;
    expect(contentJsonTextOf(journalled)).toBe(text);
    expect(contentJsonTextCheckedBy(journalled, briefingContentSchema)).toBeUndefined();
    expect(
      contentJsonTextCheckedBy(savedChangesSchema.parse({ ...changes, content }).content, briefingContentSchema),
    ).toBe(undefined);
  });
});
