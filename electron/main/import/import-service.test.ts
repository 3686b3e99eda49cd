import { mkdir, mkdtemp, readdir, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { findExecutableContent } from '../../../tests/oracles/find-executable-content';
import { outlineAsText } from '../../../tests/oracles/outline-as-text';
import type { ImportFormat } from '../../common/import/import-result';
import { inputLimits, limitMessages } from '../../common/limits/input-limits';
import type { BriefingTemplate } from '../../common/template/briefing-template';
import { BriefingStore } from '../library/briefing-store';
import { createFileSystemAssetSink } from './asset-sink';
import { ImportService } from './import-service';
import type { ImportWorkerPool } from './import-worker-pool';

const fixtures = path.join(import.meta.dirname, '../../../tests/fixtures/import');
const pixelPng = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
let dataDir: string;
let store: BriefingStore;
let service: ImportService;

beforeEach(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'briefdesk-import-'));
  store = await BriefingStore.open(dataDir, []);
  const template = JSON.parse(
    await readFile(path.join(fixtures, 'situation-update-template.json'), 'utf8'),
  ) as BriefingTemplate;
  service = new ImportService({
    briefings: store,
    assets: createFileSystemAssetSink(store.paths.assets),
    findTemplate: async (id) => (id === template.id ? template : undefined),
    now: () => new Date('2026-11-26T09:00:00Z'),
  });
});

afterEach(async () => {
  await store.close();
  await rm(dataDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 });
});

async function fixtureFile(name: string, bytes: Uint8Array | string): Promise<string> {
  const filePath = path.join(dataDir, name);
  await writeFile(filePath, bytes);
  return filePath;
}

describe('ImportService', () => {
  it('imports a file as a new briefing in the library', async () => {
    const outcome = await service.importFile(path.join(fixtures, 'war-update-scraped.html'));
    expect(outcome.briefing.metadata).toMatchObject({ title: expect.stringContaining('42 drone strikes') });
    expect(await store.get(outcome.briefing.id)).toEqual(outcome.briefing);
    expect(outcome.dropped.map((item) => item.kind)).toContain('comments');
  }, 60_000); // The first import starts the worker: slow on a loaded machine.

  it('brings the clutter back on Undo: the same import with keepClutter replaces the body as a new revision', async () => {
    const text = await readFile(path.join(fixtures, 'copied-web-text.txt'), 'utf8');
    const first = await service.importText(text, 'text');
    expect(JSON.stringify(first.briefing.content)).not.toContain('No comments');
    const undone = await service.importText(text, 'text', {
      keepClutter: true,
      replace: { id: first.briefing.id, revision: first.briefing.revision },
    });
    expect(undone.briefing).toMatchObject({ id: first.briefing.id, revision: 2 });
    expect(undone.dropped).toEqual([]);
    const body = outlineAsText(undone.briefing.content, 200).join('\n');
    for (const clutter of ['No comments', 'Your feedback is welcome!', 'You might also like', 'Share on Facebook']) {
      expect(body).toContain(clutter);
    }
    expect(store.list()).toHaveLength(1);
  });

  it('fills a template: matching sections land in the template’s, the rest follows in order', async () => {
    const outcome = await service.importFile(path.join(fixtures, 'copied-web-text.txt'), {
      templateId: 'situation-update',
    });
    expect(outcome.briefing.templateId).toBe('situation-update');
    expect(outcome.briefing.metadata).toMatchObject({ desk: 'Europe', tags: ['ukraine'], datelinePlace: 'KYIV' });
    expect(outlineAsText(outcome.briefing.content, 200)).toEqual([
      'section lede',
      '  h2 Summary',
      '  paragraph KYIV, Nov 25 (Reuters) – Russia launched 42 drone strikes on Ukrainian cities overnight, the Ukrainian Air Force said on Tuesday. There is no official death toll yet; several people were wo…',
      '  figure src=none alt=""',
      '    figureCaption Firefighters work at a residential building hit in Kharkiv.',
      '    figureCredit Photo: Reuters',
      'section key-figures',
      '  h2 Key figures',
      '  keyFigures',
      '    keyFigure',
      'section affected-areas',
      '  h2 Affected areas',
      '  bulletList',
      '    listItem',
      '      paragraph Kharkiv – civilian buildings damaged, power outages',
      '    listItem',
      '      paragraph Odesa – port infrastructure hit, fire contained',
      '    listItem',
      '      paragraph Dnipro – two people wounded',
      'section response',
      '  h2 Official and international response',
      '  bulletList',
      '    listItem',
      '      paragraph UN Secretary-General – condemned attacks on civilians',
      '    listItem',
      '      paragraph European Union – announced new sanctions package',
      'section diplomacy',
      '  h2 Diplomacy and talks',
      '  paragraph The agenda in Istanbul, according to the Turkish foreign ministry, covers three items that both delegations have agreed to discuss this week.',
      '  orderedList',
      '    listItem',
      '      paragraph Prisoner exchange',
      '    listItem',
      '      paragraph Energy infrastructure moratorium',
      '    listItem',
      '      paragraph Black Sea shipping',
      'section whats-next',
      '  h2 What’s next',
      '  paragraph A third round is expected next week; no date has been announced by either side or by the Turkish hosts.',
      'section sources',
      '  h2 Sources',
      '  paragraph',
    ]);
  });

  it('keeps unmatched sections after the template’s, in their order', async () => {
    const outcome = await service.importText(
      '# Title\n\nLede.\n\n## Attack amid diplomacy\n\nFirst.\n\n## Targeted areas\n\n- Kharkiv\n\n## Strategy notes\n\nLast.',
      'markdown',
      { templateId: 'situation-update' },
    );
    const sections = (outcome.briefing.content.content ?? []).map((node) =>
      node.type === 'section' ? `${node.attrs?.kind}:${node.content?.[0]?.content?.[0]?.text}` : node.type,
    );
    expect(sections).toEqual([
      'lede:Summary',
      'key-figures:Key figures',
      'affected-areas:Affected areas',
      'response:Official and international response',
      'diplomacy:Diplomacy and talks',
      'whats-next:What’s next',
      'sources:Sources',
      'custom:Attack amid diplomacy',
      'custom:Strategy notes',
    ]);
  });

  it('says so when the template does not exist, before creating anything', async () => {
    await expect(service.importText('Hello', 'text', { templateId: 'nope' })).rejects.toMatchObject({
      code: 'not-found',
      message: expect.stringContaining('no template called “nope”'),
    });
    expect(store.list()).toEqual([]);
  });

  it('stores embedded PNG/JPEG/GIF/WebP pictures as content-addressed assets, once', async () => {
    const markdown = `# Pictures\n\n![Chart](data:image/png;base64,${pixelPng})\n\nThe chart.\n\n![Again](data:image/png;base64,${pixelPng})`;
    const outcome = await service.importText(markdown, 'markdown');
    const figures = (outcome.briefing.content.content ?? []).filter((node) => node.type === 'figure');
    expect(figures).toHaveLength(2);
    const source = String(figures[0]?.attrs?.src);
    expect(source).toMatch(/^asset:[a-f0-9]{64}\.png$/);
    expect(figures[1]?.attrs?.src).toBe(source);
    const stored = await readFile(path.join(store.paths.assets, source.slice('asset:'.length)));
    expect(stored.equals(Buffer.from(pixelPng, 'base64'))).toBe(true);
  });

  it('takes a lazy-loaded picture’s real address, not its 1×1 placeholder, and drops tracking pixels', async () => {
    const outcome = await service.importText(
      `<article><h1>Strike on Dnipro</h1><p>Rescuers searched the rubble through the night.</p>
       <figure><img src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" data-src="https://cdn.example/dnipro.jpg" alt="Rescuers at the site"><figcaption>Rescuers in Dnipro. Photo: DSNS</figcaption></figure>
       <img src="https://tracker.example/pixel.gif" width="1" height="1"></article>`,
      'html',
    );
    expect(outlineAsText(outcome.briefing.content)).toEqual([
      'paragraph Rescuers searched the rubble through the night.',
      'figure src=none alt="Rescuers at the site"',
      '  figureCaption Rescuers in Dnipro.',
      '  figureCredit Photo: DSNS',
    ]);
    expect(outcome.notices[0]).toContain('https://cdn.example/dnipro.jpg');
    expect(await readdir(store.paths.assets).catch(() => [])).toEqual([]);
  });

  it('stores a data: picture written as a Markdown image line in plain text', async () => {
    const outcome = await service.importText(
      `Notes\n\nThe chart below.\n\n![Chart](data:image/png;base64,${pixelPng})\nIncidents per day`,
      'text',
    );
    expect(outlineAsText(outcome.briefing.content)).toEqual([
      'paragraph The chart below.',
      'figure src=asset alt="Chart"',
      '  figureCaption Incidents per day',
      '  figureCredit',
    ]);
  });

  it.each(['hostile-scripts.html', 'hostile-markdown.md'])('leaves nothing executable from %s', async (name) => {
    const outcome = await service.importFile(path.join(fixtures, name));
    expect(findExecutableContent(outcome.briefing.content)).toEqual([]);
    expect(JSON.stringify(outcome.briefing)).not.toMatch(/javascript:|vbscript:|onerror|onload|<script|data:text/i);
  });

  it('turns an SVG page with script into a clean document without the SVG', async () => {
    const file = await fixtureFile(
      'logo.html',
      '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script><text>Logo text</text></svg><p>Caption under the logo.</p>',
    );
    const outcome = await service.importFile(file);
    expect(outlineAsText(outcome.briefing.content)).toEqual(['paragraph Caption under the logo.']);
  });

  it('imports the main article, not teaser articles, and every entry of a live blog', async () => {
    const teasers = await service.convert(
      `<body><article><h1>Ceasefire talks resume</h1><p>${'Negotiators met in Doha on Tuesday. '.repeat(8)}</p></article>
       <section><article><h3>Other story</h3><p>Teaser one.</p></article><article><p>Teaser two.</p></article></section></body>`,
      'html',
    );
    expect(teasers.metadata.title).toBe('Ceasefire talks resume');
    expect(JSON.stringify(teasers.content)).not.toContain('Teaser');
    const liveBlog = await service.convert(
      `<body><main><h1>Live: strikes on Kyiv</h1>
       <article><h2>08:10 Air raid alert lifted</h2><p>The alert lasted four hours across the region.</p></article>
       <article><h2>07:45 Power cut in the east</h2><p>About 30,000 homes lost power, the grid operator said.</p></article></main></body>`,
      'html',
    );
    expect(liveBlog.metadata.title).toBe('Live: strikes on Kyiv');
    expect(outlineAsText(liveBlog.content)).toEqual([
      'section custom',
      '  h2 08:10 Air raid alert lifted',
      '  paragraph The alert lasted four hours across the region.',
      'section custom',
      '  h2 07:45 Power cut in the east',
      '  paragraph About 30,000 homes lost power, the grid operator said.',
    ]);
  });

  it('refuses binary files with a sentence', async () => {
    const png = await fixtureFile('photo.txt', Buffer.from(pixelPng, 'base64'));
    await expect(service.importFile(png)).rejects.toMatchObject({
      code: 'invalid-argument',
      message: expect.stringContaining('is not text: it looks like a binary file'),
    });
    const nul = await fixtureFile(
      'notes.md',
      Buffer.concat([Buffer.from('# Notes\n'), Buffer.alloc(64), Buffer.from('x')]),
    );
    await expect(service.importFile(nul)).rejects.toMatchObject({ message: expect.stringContaining('binary') });
    expect(store.list()).toEqual([]);
  });

  it('refuses a file over the import size limit before reading it', async () => {
    const huge = await fixtureFile('huge.txt', '');
    await truncate(huge, inputLimits.importBytes + 1);
    await expect(service.importFile(huge)).rejects.toMatchObject({
      code: 'invalid-argument',
      message: `“huge.txt”: ${limitMessages.importBytes}`,
    });
    await expect(service.importText('x'.repeat(inputLimits.importBytes + 1), 'text')).rejects.toMatchObject({
      message: limitMessages.importBytes,
    });
  });

  it('refuses text past the character, depth and picture limits with the limit sentence and stores nothing', async () => {
    const before = store.list().length;
    const refusals: [string, ImportFormat, string][] = [
      ['x'.repeat(inputLimits.importCharacters + 1), 'text', limitMessages.importCharacters],
      [`<p>${'x'.repeat(inputLimits.importCharacters)}</p>`, 'html', limitMessages.importCharacters],
      [`${'<div>'.repeat(2_000)}Deep${'</div>'.repeat(2_000)}`, 'html', limitMessages.pageDepth],
      [`${'<blockquote>'.repeat(110)}<p>Deep</p>${'</blockquote>'.repeat(110)}`, 'html', limitMessages.nodeDepth],
      [`${'> '.repeat(90)}Deep`, 'markdown', limitMessages.nodeDepth],
      ['<img src="a.png">'.repeat(inputLimits.figures + 1), 'html', limitMessages.figures],
      ['![a](a.png)\n\n'.repeat(inputLimits.figures + 1), 'text', limitMessages.figures],
    ];
    for (const [text, format, message] of refusals) {
      await expect(service.importText(text, format), `${format}: ${text.slice(0, 40)}`).rejects.toMatchObject({
        code: 'invalid-argument',
        message,
      });
    }
    expect(store.list().length).toBe(before);
  });

  it('reads UTF-16 with a byte order mark and Windows-1252, and refuses an unknown encoding', async () => {
    const utf16 = await fixtureFile(
      'utf16.txt',
      Buffer.concat([
        Buffer.from([0xff, 0xfe]),
        Buffer.from('Kyiv update\n\nStrikes on Kharkiv – 42 drones.', 'utf16le'),
      ]),
    );
    expect((await service.importFile(utf16)).briefing.metadata.title).toBe('Kyiv update');
    const latin = await fixtureFile(
      'latin.txt',
      Buffer.from([...Buffer.from('Caf'), 0xe9, ...Buffer.from(' in Kyiv\n\n'), 0x93, ...Buffer.from('Open'), 0x94]),
    );
    const imported = await service.importFile(latin);
    expect(imported.briefing.metadata.title).toBe('Café in Kyiv');
    expect(outlineAsText(imported.briefing.content)).toEqual(['paragraph “Open”']);
    const unknown = await fixtureFile(
      'unknown.txt',
      Buffer.from(Array.from({ length: 400 }, (_, i) => [0x81, 0x8d, 0x8f, 0x90, 0x9d][i % 5] as number)),
    );
    await expect(service.importFile(unknown)).rejects.toMatchObject({
      message: expect.stringContaining('encoding Briefdesk cannot recognise'),
    });
  });

  it('refuses paths that are not an importable file', async () => {
    await expect(service.importFile(await fixtureFile('report.pdf', '%PDF-1.7'))).rejects.toMatchObject({
      message: expect.stringContaining('choose a .md, .markdown, .html, .htm, .txt or .docx file'),
    });
    await mkdir(path.join(dataDir, 'folder.txt'));
    await expect(service.importFile(path.join(dataDir, 'folder.txt'))).rejects.toMatchObject({
      message: '“folder.txt” is a folder or a device, not a file.',
    });
    await expect(service.importFile(path.join(dataDir, 'gone.md'))).rejects.toMatchObject({
      code: 'not-found',
      message: 'The file “gone.md” no longer exists.',
    });
  });

  it('names an untitled import after its file', async () => {
    const file = await fixtureFile(
      'kherson-notes.txt',
      'Shelling resumed at dawn, residents said, and continued into the afternoon.',
    );
    expect((await service.importFile(file)).briefing.metadata.title).toBe('kherson-notes');
  });

  it("lets main's timers run between reading the worker's reply and creating the briefing", async () => {
    let timerRan = false;
    const worker = {
      convert: async () => {
        setTimeout(() => {
          timerRan = true;
        }, 0);
        const content = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Words' }] }] };
        return { document: { content, metadata: { title: 'Reply' }, dropped: [], notices: [] }, assets: [] };
      },
    } as unknown as ImportWorkerPool;
    const quick = new ImportService({ briefings: store, assets: null, findTemplate: async () => undefined, worker });
    const create = store.create.bind(store);
    let timerRanBeforeCreate: boolean | undefined;
    vi.spyOn(store, 'create').mockImplementation(async (briefing) => {
      timerRanBeforeCreate = timerRan;
      return create(briefing);
    });
    const outcome = await quick.importText('<p>Words</p>', 'html');
    expect(outcome.briefing.metadata.title).toBe('Reply');
    expect(timerRanBeforeCreate).toBe(true);
  });
});
