import { existsSync } from 'node:fs';
import path from 'node:path';
import type { JSONContent } from '@tiptap/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { temporaryDataDir } from '../../../tests/support/library/library-fixtures';
import { runCliCapturing } from '../../../tests/support/run-cli-capturing';
import type { Briefing } from '../../common/briefing/briefing';
import { zonedAt } from '../../common/time/zoned-time';
import { BriefingStore } from '../library/briefing-store';

let dataDir: string;
let remove: () => Promise<void>;

beforeEach(async () => {
  ({ dataDir, remove } = await temporaryDataDir('briefdesk-cli-check-'));
});
afterEach(() => remove());

const run = (...argv: string[]) => runCliCapturing([...argv, '--data-dir', dataDir]);

/** Every empty paragraph gets text and every key figure a value, a listed source and a fresh "as of". */
function filled(node: JSONContent, asOf: string): JSONContent {
  if (node.type === 'paragraph' && !node.content?.length)
    return { ...node, content: [{ type: 'text', text: 'Filled.' }] };
  if (node.type === 'keyFigure') return { ...node, attrs: { ...node.attrs, value: '12', sourceId: 'source-1', asOf } };
  return node.content ? { ...node, content: node.content.map((child) => filled(child, asOf)) } : node;
}

async function update(id: string, change: (briefing: Briefing) => Pick<Briefing, 'metadata' | 'content'>) {
  const store = await BriefingStore.open(dataDir, []);
  try {
    const briefing = await store.get(id);
    return await store.save({ id, revision: briefing.revision, ...change(briefing) });
  } finally {
    await store.close();
  }
}

async function storedBriefing(id: string): Promise<Briefing> {
  const store = await BriefingStore.open(dataDir, []);
  try {
    return await store.get(id);
  } finally {
    await store.close();
  }
}

describe('briefdesk check', () => {
  it('lists a fresh situation update’s empty sections and unsourced key figures and exits 1; filled, it exits 0', async () => {
    await run('settings', 'set', 'authorName=Dana Reyes', 'defaultDateline=KYIV');
    const id = (await run('new', '--template', 'situation-update', '--title', 'Strikes on Kyiv')).out.trim();
    const fresh = await run('check', id);
    expect(fresh.code).toBe(1);
    expect(fresh.out).toContain(`${id}  Strikes on Kyiv:`);
    expect(fresh.out).toContain('  note    Section “Summary”: The section “Summary” is empty');
    expect(fresh.out).toContain(
      '  BLOCKS  Key figure “People killed”: The key figure “People killed” has no source: pick one from the list.',
    );
    const json = JSON.parse((await run('check', id, '--json')).out);
    expect(json[0]).toMatchObject({ id, blocked: true });
    expect(json[0].findings.filter((finding: { kind: string }) => finding.kind === 'empty-section')).toHaveLength(10);

    await update(id, (briefing) => ({
      metadata: { ...briefing.metadata, sources: [{ ...sourceOne }] },
      content: filled(briefing.content, zonedAt(Date.now(), 'Europe/Kyiv')) as Briefing['content'],
    }));
    const done = await run('check', id);
    expect(done).toMatchObject({ code: 0, out: `${id}  Strikes on Kyiv: nothing found` });
  });

  it('refuses unknown ids as a usage error', async () => {
    expect(await run('check', 'no-such-briefing')).toMatchObject({ code: 2, err: expect.stringContaining('no-such') });
    expect(await run('check')).toMatchObject({ code: 2 });
  });
});

const sourceOne = {
  id: 'source-1',
  name: 'State Emergency Service',
  type: 'official' as const,
  named: true,
  link: '',
  accessedAt: '',
  privateNote: '',
};

describe('briefdesk export of a public briefing with an unverified claim', () => {
  it('is refused without --force, and with --force goes ahead and is recorded in the briefing', async () => {
    await run('settings', 'set', 'authorName=Dana Reyes', 'defaultClassification=public');
    const id = (await run('new', '--template', 'flash-alert', '--title', 'Dam breach')).out.trim();
    await update(id, (briefing) => ({
      metadata: { ...briefing.metadata, datelinePlace: 'KHERSON' },
      content: {
        type: 'doc',
        content: [
          {
            type: 'paragraph',
            content: [
              {
                type: 'text',
                text: 'The dam was breached at dawn',
                marks: [{ type: 'claim', attrs: { status: 'in-progress', setBy: '', setAt: '', note: '' } }],
              },
            ],
          },
        ],
      },
    }));
    const out = path.join(dataDir, 'out.html');
    const refused = await run('export', id, '--format', 'html', '--out', out);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('The claim “The dam was breached at dawn” is not verified (in progress).');
    expect(refused.err).toContain('add --force to export anyway');
    expect(existsSync(out)).toBe(false);

    const forced = await run('export', id, '--format', 'html', '--out', out, '--force');
    expect(forced).toMatchObject({ code: 0, out: out });
    expect(existsSync(out)).toBe(true);
    const recorded = await storedBriefing(id);
    expect(recorded.metadata.forcedExports).toEqual([
      { at: expect.any(String), by: 'Dana Reyes', findings: ['claim-unverified'] },
    ]);
    expect(recorded.revision).toBeGreaterThan(2);
  });
});

describe('briefdesk new --from', () => {
  it('creates the next update: report No. +1, linked to the previous one, corrections carried over', async () => {
    const first = (await run('new', '--template', 'humanitarian-sitrep', '--json')).out;
    const { id, reportNumber } = JSON.parse(first) as { id: string; reportNumber: number };
    const correction = { kind: 'correction', at: '2026-11-26T09:20:00+00:00[UTC]', text: 'Fixed a figure.' } as const;
    await update(id, (briefing) => ({
      metadata: { ...briefing.metadata, corrections: [correction], embargoUntil: '2099-01-01T00:00:00+00:00[UTC]' },
      content: briefing.content,
    }));
    const next = await run('new', '--from', id.slice(0, 12), '--json');
    expect(next.code).toBe(0);
    const created = JSON.parse(next.out) as { id: string; reportNumber: number; previousReportId: string };
    expect(created).toMatchObject({ reportNumber: reportNumber + 1, previousReportId: id });
    const stored = await storedBriefing(created.id);
    expect(stored.metadata).toMatchObject({ previousReportId: id, corrections: [correction], embargoUntil: '' });
    expect(await run('new', '--from', id, '--template', 'flash-alert')).toMatchObject({ code: 2 });
  });
});
