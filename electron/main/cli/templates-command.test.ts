import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCliCapturing } from '../../../tests/support/run-cli-capturing';
import { BriefingStore } from '../library/briefing-store';

let dataDir: string;

beforeEach(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'briefdesk-cli-templates-'));
});

afterEach(() => rm(dataDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 }));

async function run(...argv: string[]) {
  const { code, outLines, errLines } = await runCliCapturing([...argv, '--data-dir', dataDir]);
  return { code, out: outLines, err: errLines };
}

describe('briefdesk templates and briefdesk new', () => {
  it('lists every template with its id, as text and as JSON', async () => {
    const listed = await run('templates');
    expect(listed.code).toBe(0);
    expect(listed.out).toHaveLength(5);
    expect(listed.out[1]).toMatch(/^humanitarian-sitrep\s+Humanitarian situation report \(built-in, numbered\)$/);
    const json = await run('templates', '--json');
    expect(JSON.parse(json.out.join('\n')).map((template: { id: string }) => template.id)).toEqual([
      'situation-update',
      'humanitarian-sitrep',
      'flash-alert',
      'daily-brief',
      'negotiations-tracker',
    ]);
  });

  it('creates a briefing, printing only its id, which the library then opens', async () => {
    await run('settings', 'set', 'authorName=Dana Reyes', 'defaultDateline=KHARKIV');
    const created = await run('new', '--template', 'situation-update', '--title', '42 drones hit Kharkiv');
    expect(created).toMatchObject({ code: 0, err: [] });
    expect(created.out).toHaveLength(1);
    const id = created.out[0] ?? '';
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const briefing = await (await BriefingStore.open(dataDir, [])).get(id);
    expect(briefing).toMatchObject({
      templateId: 'situation-update',
      metadata: { title: '42 drones hit Kharkiv', datelinePlace: 'KHARKIV', authors: ['Dana Reyes'] },
    });
    const sitreps = [
      await run('new', '--template', 'humanitarian-sitrep', '--json'),
      await run('new', '--template', 'humanitarian-sitrep', '--json'),
    ];
    expect(sitreps.map((result) => JSON.parse(result.out.join('\n')))).toMatchObject([
      { reportNumber: 1, title: 'Situation Report No. 1' },
      { reportNumber: 2, title: 'Situation Report No. 2' },
    ]);
  });

  it('notes on stderr what it could not fill, keeping stdout to the id', async () => {
    const created = await run('new', '--template', 'flash-alert');
    expect(created.code).toBe(0);
    expect(created.out).toHaveLength(1);
    expect(created.err).toEqual([
      expect.stringContaining('{{dateline}} was left empty because no default dateline is set'),
      expect.stringContaining('{{author}} was left empty because no author name is set'),
    ]);
  });

  it('explains a missing or unknown template and a bad title', async () => {
    expect(await run('new', '--title', 'x')).toMatchObject({
      code: 2,
      err: ['Name a template with --template ID; "briefdesk templates" lists them.'],
    });
    expect(await run('new', '--template', 'war-update')).toMatchObject({
      code: 2,
      err: ['There is no template "war-update". Run "briefdesk templates" to list them.'],
    });
    expect(await run('new', '--template', 'flash-alert', '--title', 'x'.repeat(301))).toMatchObject({
      code: 2,
      err: ['The title can be at most 300 characters.'],
    });
    expect((await run('new', '--template', 'flash-alert', 'Kyiv', 'blasts')).err[0]).toContain('--title');
  });
});
