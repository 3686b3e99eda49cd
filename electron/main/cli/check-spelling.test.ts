import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { plantedMisspellings } from '../../../tests/fixtures/spelling/planted-misspellings';
import { temporaryDataDir } from '../../../tests/support/library/library-fixtures';
import { runCliCapturing } from '../../../tests/support/run-cli-capturing';
import { BriefingStore } from '../library/briefing-store';

let dataDir: string;
let remove: () => Promise<void>;

beforeEach(async () => {
  ({ dataDir, remove } = await temporaryDataDir('briefdesk-cli-check-spelling-'));
});
afterEach(() => remove());

const run = (...argv: string[]) => runCliCapturing([...argv, '--data-dir', dataDir]);

describe('briefdesk check lists misspellings', () => {
  it('names each misspelled word, each block in its own language, without blocking the export', async () => {
    const store = await BriefingStore.open(dataDir, []);
    const briefing = await store.create({
      metadata: { title: 'Overnight strikes', language: 'en', datelinePlace: 'Kyiv', authors: ['Dana Reyes'] },
      content: {
        type: 'doc',
        content: [
          { type: 'paragraph', content: [{ type: 'text', text: 'No offical toll yet.' }] },
          {
            type: 'paragraph',
            attrs: { lang: 'ru', dir: null },
            content: [{ type: 'text', text: plantedMisspellings.ru.text }],
          },
        ],
      },
    });
    await store.close();
    const checked = await run('check', briefing.id, '--json');
    const [result] = JSON.parse(checked.out) as [{ findings: { kind: string; message: string; blocking: boolean }[] }];
    const spelling = result.findings.filter((finding) => finding.kind === 'misspelling');
    expect(spelling.map((finding) => finding.message)).toEqual([
      '“offical” may be misspelled (en): correct it or add it to the dictionary.',
      ...[...plantedMisspellings.ru.knownFalsePositives, ...plantedMisspellings.ru.planted].map(
        (word) => `“${word}” may be misspelled (ru): correct it or add it to the dictionary.`,
      ),
    ]);
    expect(spelling.every((finding) => !finding.blocking)).toBe(true);
  }, 60_000);
});
