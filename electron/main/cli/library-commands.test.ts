import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { paragraphs, temporaryDataDir } from '../../../tests/support/library/library-fixtures';
import { runCliCapturing } from '../../../tests/support/run-cli-capturing';
import { BriefingStore } from '../library/briefing-store';

let dataDir: string;
let remove: () => Promise<void>;

beforeEach(async () => {
  ({ dataDir, remove } = await temporaryDataDir('briefdesk-cli-library-'));
});
afterEach(() => remove());

const run = (...argv: string[]) => runCliCapturing([...argv, '--data-dir', dataDir]);

async function seed() {
  const store = await BriefingStore.open(dataDir, []);
  const kharkiv = await store.create({
    metadata: { title: 'Kharkiv drone strikes', desk: 'Europe', tags: ['ukraine'] },
    content: paragraphs('Forty-two drones hit civilian buildings overnight.'),
  });
  const sahel = await store.create({ metadata: { title: 'Sahel sitrep' }, content: paragraphs('Funding gap widens.') });
  await store.close();
  return { kharkiv, sahel };
}

describe('briefdesk list, show and search', () => {
  it('lists the library as lines or JSON', async () => {
    expect(await run('list')).toMatchObject({ code: 0, out: 'The library is empty.' });
    const { kharkiv, sahel } = await seed();
    const lines = (await run('list')).out.split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(new RegExp(`^${sahel.id}  Draft .* 3  Sahel sitrep$`));
    const json = JSON.parse((await run('list', '--json')).out);
    expect(json.map((row: { id: string }) => row.id)).toEqual([sahel.id, kharkiv.id]);
  });

  it('shows one briefing as its stored JSON or as text, and says when the id is unknown', async () => {
    const { kharkiv } = await seed();
    const shown = await run('show', kharkiv.id, '--json');
    expect(JSON.parse(shown.out)).toEqual(kharkiv);
    expect((await run('show', kharkiv.id)).out).toContain('Forty-two drones hit civilian buildings overnight.');
    expect(await run('show', '00000000-0000-4000-8000-000000000000')).toMatchObject({
      code: 1,
      err: expect.stringContaining('no longer exists'),
    });
    expect(await run('show')).toMatchObject({ code: 2, err: expect.stringContaining('briefdesk list') });
  });

  it('searches the text with matches in brackets, or as JSON hits', async () => {
    const { kharkiv } = await seed();
    const found = await run('search', 'drones');
    expect(found.code).toBe(0);
    expect(found.out).toContain(kharkiv.id);
    expect(found.out).toContain('Forty-two [drones] hit civilian buildings overnight.');
    const json = JSON.parse((await run('search', 'funding', '--json')).out);
    expect(json).toEqual([expect.objectContaining({ briefing: expect.objectContaining({ title: 'Sahel sitrep' }) })]);
    expect((await run('search', 'ceasefire')).out).toBe('No briefing matches "ceasefire".');
  });
});
