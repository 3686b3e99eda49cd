import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { temporaryDataDir } from '../../../tests/support/library/library-fixtures';
import { runCliCapturing } from '../../../tests/support/run-cli-capturing';

let dataDir: string;
let remove: () => Promise<void>;

beforeEach(async () => {
  ({ dataDir, remove } = await temporaryDataDir('briefdesk-cli-language-'));
});
afterEach(() => remove());

const run = (...argv: string[]) => runCliCapturing([...argv, '--data-dir', dataDir]);

describe('briefdesk new --language', () => {
  it('writes the briefing in the language named, else in the settings’ default', async () => {
    const arabic = JSON.parse((await run('new', '--template', 'flash-alert', '--language', 'AR', '--json')).out);
    expect(arabic.language).toBe('ar');
    expect(await run('settings', 'set', 'defaultLanguage=uk')).toMatchObject({ code: 0 });
    const ukrainian = JSON.parse((await run('new', '--template', 'flash-alert', '--json')).out);
    expect(ukrainian.language).toBe('uk');
    const shown = JSON.parse((await run('show', arabic.id, '--json')).out);
    expect(shown.metadata.language).toBe('ar');
  });

  it('refuses a code that is no language with a sentence and exit code 2', async () => {
    expect(await run('new', '--template', 'flash-alert', '--language', 'arabic')).toMatchObject({
      code: 2,
      err: '"arabic" is not a language code. Use a BCP 47 code such as en, fr, es, ar, uk or ru.',
    });
  });
});
