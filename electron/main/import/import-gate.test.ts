import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { describe, expect, it, vi } from 'vitest';
import * as briefingContent from '../../common/document/briefing-content';
import { briefingSchema } from '../../common/document/briefing-schema';
import { convertImport, ImportRefusedError } from '../../common/import/convert-import';
import { withNodeHtmlDocument } from './parse-html-in-node';

vi.mock('../../common/document/briefing-content', async (importOriginal) => {
  const original = await importOriginal<typeof briefingContent>();
  return { ...original, checkBuiltBriefingContent: vi.fn(original.checkBuiltBriefingContent) };
});

const fixtures = path.join(import.meta.dirname, '../../../tests/fixtures/import');
const gate = vi.mocked(briefingContent.checkBuiltBriefingContent);
const convertFixture = async (name: string) =>
  withNodeHtmlDocument(await readFile(path.join(fixtures, name), 'utf8'), (page) =>
    convertImport({ kind: 'page', page }),
  );

describe('the gate on an import', () => {
  it('checks the document nodeFromJSON would build from the converted body', async () => {
    const check = gate.getMockImplementation() as typeof briefingContent.checkBuiltBriefingContent;
    const checked: ProseMirrorNode[] = [];
    gate.mockImplementationOnce((build) =>
      check(() => {
        checked.push(build());
        return checked[0] as ProseMirrorNode;
      }),
    );
    const converted = await convertFixture('figures-page.html');
    expect(checked).toHaveLength(1);
    expect(checked[0]?.eq(briefingSchema.nodeFromJSON(converted.content))).toBe(true);
  });

  it('refuses what the gate refuses, with its sentence', async () => {
    gate.mockReturnValueOnce({ ok: false, message: 'The document was refused: a link uses a scheme other than http.' });
    await expect(convertFixture('war-update-scraped.html')).rejects.toThrow(
      new ImportRefusedError(
        'The imported text could not be turned into a briefing. The document was refused: a link uses a scheme other than http.',
      ),
    );
  });
});
