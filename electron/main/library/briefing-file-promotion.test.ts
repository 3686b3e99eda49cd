import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);

/** The bytes young-object collections moved to the old generation between two marks of `--trace-gc-nvp` output. */
function promotedBetween(output: string, from: string, to: string): number {
  const part = output.slice(output.indexOf(`mark=${from}`), output.indexOf(`mark=${to}`));
  let promoted = 0;
  for (const line of part.split('\n')) {
    if (!/\bgc=s\b/.test(line)) continue;
    promoted += Number(/\bpromoted=(\d+)/.exec(line)?.[1] ?? 0);
  }
  return promoted;
}

describe('reading a stored briefing file', () => {
  it('lets each checked body die young, as a parse alone does', async () => {
    const fixture = path.join(import.meta.dirname, 'briefing-file-promotion.fixture.ts');
    const { stdout } = await run(
      process.execPath,
      ['--trace-gc-nvp', '--max-semi-space-size=1', '--import', 'tsx', fixture],
      { maxBuffer: 64 * 1024 * 1024 },
    );
    expect(stdout).toMatch(/mark=end accepted=\d+/);
    const parseOnly = promotedBetween(stdout, 'parse-only', 'parse-and-check');
    const parseAndCheck = promotedBetween(stdout, 'parse-and-check', 'end');
    // 1,500 bodies of 1,000–3,000 words: kept past a collection, they would move some 30 MB.
    expect(parseAndCheck).toBeLessThan(parseOnly * 3 + 2 * 1024 * 1024);
  }, 60_000);
});
