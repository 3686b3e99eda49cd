import { describe, expect, it } from 'vitest';
import { journalWriteSchema } from '../../common/library/library-requests';
import { journalEntryText } from './journal-entry-text';

const briefingId = '3f1c2b4a-5d6e-4f70-8a9b-0c1d2e3f4a5b';
const body = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Kharkiv, café' }] }] };
// The same body as a JSON text no serializer here would write: spaces, an escaped letter.
const sentText =
  '{ "type": "doc", "content": [ { "type": "paragraph", "content": [ { "type": "text", "text": "Kharkiv, caf\\u00e9" } ] } ] }';

describe('journalEntryText', () => {
  it('writes a body the editor sent as JSON text as it came, holding the same values', () => {
    const request = journalWriteSchema.parse({ briefingId, revision: 3, metadata: {}, contentJson: sentText });
    const entry = { ...request, writtenAt: '2026-12-01T10:00:00.000Z' };
    const text = journalEntryText(entry);
    expect(text).toContain(`"content":${sentText}`);
    expect(JSON.parse(text)).toEqual({
      briefingId,
      revision: 3,
      metadata: {},
      content: body,
      writtenAt: entry.writtenAt,
    });
  });

  it('serializes a body sent as values, or read back from disk', () => {
    const request = journalWriteSchema.parse({ briefingId, revision: 3, metadata: { title: 'Flash' }, content: body });
    const entry = { ...request, writtenAt: '2026-12-01T10:00:00.000Z' };
    expect(journalEntryText(entry)).toBe(JSON.stringify(entry));
    const readBack = JSON.parse(journalEntryText(entry));
    expect(journalEntryText(readBack)).toBe(JSON.stringify(readBack));
  });
});
