import { mkdir, mkdtemp, readdir, rm, symlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { everyNodeBriefing } from '../../../tests/fixtures/briefings/every-node-briefing';
import type { Briefing } from '../../common/briefing/briefing';
import { BriefingFiles, briefingFilePieces, serializeBriefing, serializeBriefingWithBodyText } from './briefing-files';
import { FileTextBuffers } from './file-text-buffers';
import { libraryPaths } from './library-paths';

/** The briefing with its body last among its keys, as a save's preparation builds it. */
const bodyLast = ({ content, ...fields }: Briefing): Briefing => ({ ...fields, content });

describe('serializeBriefingWithBodyText', () => {
  it("is serializeBriefing's text when the body's text is JSON.stringify's, whatever the body says", () => {
    const briefing = bodyLast(everyNodeBriefing());
    expect(serializeBriefingWithBodyText(briefing, JSON.stringify(briefing.content))).toBe(serializeBriefing(briefing));
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: 'binary', maxLength: 30 }), { maxLength: 6 }),
        fc.string(),
        (texts, title) => {
          const content = {
            type: 'doc' as const,
            content: texts.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
          };
          const changed = bodyLast({ ...briefing, metadata: { ...briefing.metadata, title }, content });
          expect(serializeBriefingWithBodyText(changed, JSON.stringify(content))).toBe(serializeBriefing(changed));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('stores the same values for a body text written otherwise, and only one body', () => {
    const briefing = bodyLast(everyNodeBriefing());
    const spaced = JSON.stringify(briefing.content, null, 2).replaceAll('"doc"', '"\\u0064oc"');
    const text = serializeBriefingWithBodyText(briefing, ` ${spaced}\n`);
    expect(text.endsWith('}\n')).toBe(true);
    expect(JSON.parse(text)).toEqual(briefing);
    expect(text.match(/"content":/g)?.length).toBe(JSON.stringify(briefing).match(/"content":/g)?.length);
  });
});

describe('briefingFilePieces and FileTextBuffers', () => {
  it("encode serializeBriefing's text, byte for byte, from its pieces, with or without the body's text", async () => {
    // One set of buffers for every run: each encoding goes into a buffer an earlier, often longer, one filled.
    const buffers = new FileTextBuffers();
    const utf8OfPieces = (pieces: readonly string[]) => buffers.encoded(pieces, async (bytes) => Buffer.from(bytes));
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.string({ unit: 'grapheme', maxLength: 30 }), { maxLength: 6 }),
        fc.string(),
        async (texts, title) => {
          const briefing = everyNodeBriefing();
          const content = {
            type: 'doc' as const,
            content: texts.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
          };
          const changed = bodyLast({ ...briefing, metadata: { ...briefing.metadata, title }, content });
          const whole = Buffer.from(serializeBriefing(changed));
          expect(await utf8OfPieces(briefingFilePieces(changed))).toEqual(whole);
          expect(await utf8OfPieces(briefingFilePieces(changed, JSON.stringify(content)))).toEqual(whole);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('write the body wherever its key stands, with the keys after its blocks, and blocks one piece each', () => {
    const { content, ...fields } = everyNodeBriefing();
    const bodyFirst = { content: { ...content, attrs: { after: 'blocks' } }, ...fields } as unknown as Briefing;
    const pieces = briefingFilePieces(bodyFirst);
    expect(pieces.join('')).toBe(serializeBriefing(bodyFirst));
    expect(pieces.length).toBeGreaterThan(2 * (content.content?.length ?? 0));
    const spelled = { ...fields, metadata: { ...fields.metadata, title: '"briefdesk-piece-"' }, content } as Briefing;
    expect(briefingFilePieces(spelled).join('')).toBe(serializeBriefing(spelled));
  });
});

describe('BriefingFiles.write', () => {
  it.skipIf(process.platform === 'win32')(
    'writes nothing, and says why, when the briefings folder is a link out of the data folder',
    async () => {
      const root = await mkdtemp(path.join(os.tmpdir(), 'briefdesk-files-'));
      try {
        const outside = path.join(root, 'outside');
        const paths = libraryPaths(path.join(root, 'data'));
        await mkdir(outside, { recursive: true });
        await mkdir(path.dirname(paths.briefings), { recursive: true });
        await symlink(outside, paths.briefings);
        const briefing = everyNodeBriefing();
        await expect(new BriefingFiles(paths).write(briefing)).rejects.toThrow(/link out of the data folder/);
        expect(await readdir(outside)).toEqual([]);
      } finally {
        await rm(root, { recursive: true, force: true });
      }
    },
  );
});
