import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findExecutableContent, findExecutableHtml } from '../../../tests/oracles/find-executable-content';
import { seededRandom } from '../../../tests/support/seeded-random';
import { checkBriefingContent } from '../../common/document/briefing-content';
import { cleanPastedHtml } from '../../common/import/clean-pasted-html';
import { type ImportFormat, importFileFormats } from '../../common/import/import-result';
import { UserFacingError } from '../../common/user-facing-error';
import { BriefingStore } from '../library/briefing-store';
import { createFileSystemAssetSink } from './asset-sink';
import { ImportService } from './import-service';
import { openNodeHtmlParser } from './open-node-html-parser';

const hostileSnippets = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<a href="javascript:alert(1)">click</a>',
  '<a href="JaVaScRiPt:alert(1)">x</a>',
  '<a href="java\tscript:alert(1)">x</a>',
  '<a href="&#106;avascript:alert(1)">x</a>',
  '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
  '<iframe src="data:text/html,<script>alert(1)</script>"></iframe>',
  '<svg onload=alert(1)><script>alert(1)</script></svg>',
  '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<p style="background:url(javascript:alert(1))">styled</p>',
  '<object data="javascript:alert(1)"></object><embed src="javascript:alert(1)">',
  '<form action="javascript:alert(1)"><button formaction="javascript:alert(1)">go</button></form>',
  '<img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">',
  '<img src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==">',
  '<base href="javascript:alert(1)//">',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></p></noscript>',
  '<div onmouseover="alert(1)">hover</div>',
  '<table><tr><td onclick=alert(1) colspan=999999>cell</td></tr></table>',
  '<figure><img src=javascript:alert(1) alt=x><figcaption onclick=alert(1)>cap</figcaption></figure>',
  '[link](javascript:alert(1))',
  '![img](javascript:alert(1))',
  '![](data:text/html;base64,PHNjcmlwdD4=)',
  '<a href="vbscript:msgbox(1)">vb</a>',
  '\u0000\u0001\u001b[31m',
  '\uFEFF\u202E\u200B',
  '•\n',
  '-\n',
  '![]()\n',
  '<h1>',
  '</li></ul></table>',
  '<<<>>>',
  '&#0;&#xD800;&amp',
  // Shapes that once took super-linear time or passed a limit.
  `\n\nBy A${'andA'.repeat(300)}1\n\n`,
  '![['.repeat(2_000),
  `<figure><img src="a.png"><figcaption>Photo${' -'.repeat(3_000)}</figcaption></figure>`,
  `<p>${'<img src="a.png">'.repeat(400)}</p>`,
  `${'<blockquote>'.repeat(120)}deep${'</blockquote>'.repeat(120)}`,
  `${'<div>'.repeat(2_000)}deeper`,
  '> '.repeat(200),
  '<table><tr><td colspan="2000000" rowspan="2000000">wide</td></tr></table>',
  `{{${' '.repeat(5_000)}x`,
  `\n# a${' '.repeat(5_000)}b\n`,
  '<p data-pm-slice="1 1 []" onclick="x()"><a href="javascript:alert(1)" class="visually-hidden">x</a><img src=x onerror=alert(1)></p>',
  `<figure data-pm-slice="0 0 []"><img src="asset:${'c'.repeat(64)}.png"></figure>`,
];

function mutate(text: string, random: () => number): string {
  let result = text;
  const steps = 1 + Math.floor(random() * 4);
  for (let step = 0; step < steps; step += 1) {
    const at = Math.floor(random() * (result.length + 1));
    const length = Math.floor(random() * 200);
    switch (Math.floor(random() * 7)) {
      case 0:
      case 1:
        result = `${result.slice(0, at)}${hostileSnippets[Math.floor(random() * hostileSnippets.length)]}${result.slice(at)}`;
        break;
      case 2:
        result = result.slice(0, at) + result.slice(at + length);
        break;
      case 3:
        result = result.slice(0, at) + result.slice(at, at + length) + result.slice(at);
        break;
      case 4:
        result = result.slice(0, at);
        break;
      case 5:
        result = result.slice(0, at) + String.fromCharCode(Math.floor(random() * 0x3000)) + result.slice(at + 1);
        break;
      default:
        result = result.replace(/[<>]/, () => (random() < 0.5 ? '' : '<'));
    }
  }
  return result;
}

const formats: ImportFormat[] = ['html', 'markdown', 'text'];
let dataDir: string;
let service: ImportService;
let sources: { name: string; format: ImportFormat; text: string }[];

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'briefdesk-import-fuzz-'));
  const store = await BriefingStore.open(dataDir, []);
  service = new ImportService({
    briefings: store,
    assets: createFileSystemAssetSink(store.paths.assets),
    findTemplate: async () => undefined,
  });
  const directory = path.join(import.meta.dirname, '../../../tests/fixtures/import');
  const names = (await readdir(directory)).filter((name) => importFileFormats[path.extname(name)]);
  sources = await Promise.all(
    names.map(async (name) => ({
      name,
      format: importFileFormats[path.extname(name)] as ImportFormat,
      text: await readFile(path.join(directory, name), 'utf8'),
    })),
  );
});

afterAll(() => rm(dataDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 }));

describe('import fuzzing', () => {
  it('survives 1,000 mutated imports and pastes with nothing executable in any result', async () => {
    const random = seededRandom(20261126);
    const parser = openNodeHtmlParser();
    const failures: string[] = [];
    const cases = 1000;
    try {
      for (let index = 0; index < cases; index += 1) {
        const source = sources[Math.floor(random() * sources.length)] ?? { name: '', format: 'text', text: '' };
        const format = random() < 0.75 ? source.format : (formats[Math.floor(random() * formats.length)] ?? 'text');
        const text = mutate(source.text, random);
        const label = `case ${index} (${source.name} as ${format})`;
        try {
          const result = await service.convert(text, format, random() < 0.2);
          if (!checkBriefingContent(result.content).ok) failures.push(`${label}: refused by the schema`);
          const problems = findExecutableContent(result.content);
          if (problems.length > 0) failures.push(`${label}: ${problems.join(', ')}`);
          if (format === 'html' || index % 4 === 0) {
            const pasted = cleanPastedHtml(text, { parseHtml: parser.parseHtml });
            const pasteProblems = findExecutableHtml(pasted);
            if (pasteProblems.length > 0) failures.push(`${label} pasted: ${pasteProblems.join(', ')}`);
          }
        } catch (error) {
          if (!(error instanceof UserFacingError)) failures.push(`${label}: crashed with ${String(error)}`);
        }
      }
    } finally {
      parser.close();
    }
    process.stdout.write(`import_fuzz_cases=${cases} import_fuzz_failures=${failures.length}\n`);
    expect(failures).toEqual([]);
  }, 300_000);
});
