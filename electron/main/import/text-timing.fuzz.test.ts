import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { JSONContent } from '@tiptap/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { grown, measureGrowth } from '../../../tests/support/measure-growth';
import { checkBriefingContent } from '../../common/document/briefing-content';
import { cleanPastedHtml, cleanPastedText } from '../../common/import/clean-pasted-html';
import type { ImportFormat } from '../../common/import/import-result';
import { describePlainDataProblem } from '../../common/limits/plain-data';
import { templateVariables } from '../../common/template/briefing-template';
import {
  emptyVariableReport,
  fillTemplateText,
  findTemplateVariables,
  type TemplateVariableValues,
} from '../../common/template/template-variables';
import { UserFacingError } from '../../common/user-facing-error';
import { BriefingStore } from '../library/briefing-store';
import { ImportService } from './import-service';
import { openNodeHtmlParser } from './open-node-html-parser';

type TextPath =
  | 'import text'
  | 'import markdown'
  | 'import html'
  | 'paste html'
  | 'paste text'
  | 'template'
  | 'document check'
  | 'request check';

/** Each hostile shape, grown to a size, and the text paths it is fed to. */
const hostileShapes: { name: string; paths: TextPath[]; shape: (size: number) => string }[] = [
  {
    name: 'byline with names run together',
    paths: ['import text', 'import markdown', 'paste text'],
    shape: (size) => grown('By A', 'andA', '1', size),
  },
  {
    name: 'byline paragraph with names run together',
    paths: ['import html', 'paste html'],
    shape: (size) => grown('<p>By A', 'andA', '1</p>', size),
  },
  {
    name: 'byline with long gaps',
    paths: ['import text', 'paste text'],
    shape: (size) => grown('By Ann', ' , Ann', ' ;', size),
  },
  {
    name: 'image openers',
    paths: ['import text', 'import markdown', 'paste text'],
    shape: (size) => grown('', '![', '', size),
  },
  {
    name: 'image line with a long gap',
    paths: ['import text', 'paste text'],
    shape: (size) => grown('![a](data:image/png;base64,AAAA', ' ', 'x', size),
  },
  {
    name: 'figure caption of dashes',
    paths: ['import html', 'paste html'],
    shape: (size) => grown('<figure><img src="a.png"><figcaption>Photo', ' -', '</figcaption></figure>', size),
  },
  {
    name: 'caption line of dashes under an image',
    paths: ['import text', 'import markdown', 'paste text'],
    shape: (size) => grown('![a](a.png)\n', ' -', '', size),
  },
  {
    name: 'many images in one paragraph',
    paths: ['import html', 'paste html'],
    shape: (size) => grown('<p>', '<img src="a.png">', '</p>', size),
  },
  {
    name: 'many images on one Markdown line',
    paths: ['import markdown'],
    shape: (size) => grown('', '![a](a.png)', '', size),
  },
  {
    name: 'dateline with a long gap',
    paths: ['import text', 'import html', 'paste text'],
    shape: (size) => grown('KYIV, Nov 25', ' ', ' x', size),
  },
  {
    name: 'period with a long gap',
    paths: ['import text', 'paste text'],
    shape: (size) => grown('Period covered: 18', ' ', 'x', size),
  },
  {
    name: 'Markdown heading with a long gap',
    paths: ['import text', 'paste text'],
    shape: (size) => grown('# a', ' ', 'b', size),
  },
  {
    name: 'page title with long gaps',
    paths: ['import html'],
    shape: (size) => grown('<title>a', ' -', 'b</title><p>Text.</p>', size),
  },
  {
    name: 'share buttons run together',
    paths: ['import text', 'import html', 'paste html'],
    shape: (size) => grown('share ', 'facebook', '!x', size),
  },
  { name: 'one long word', paths: ['import text', 'import html', 'paste text'], shape: (size) => 'a'.repeat(size) },
  {
    name: 'short paragraphs',
    paths: ['import text', 'import markdown', 'import html', 'paste html'],
    shape: (size) => grown('', '<p>Officials said the strike hit a depot.</p>\n\n', '', size),
  },
  {
    name: 'template variable opener with a long gap',
    paths: ['template'],
    shape: (size) => grown('{{', ' ', 'x', size),
  },
  { name: 'template variable openers', paths: ['template'], shape: (size) => grown('', '{{ ', '', size) },
  { name: 'template variables', paths: ['template'], shape: (size) => grown('', '{{ title }} ', '', size) },
  {
    name: 'a body of many one-word paragraphs',
    paths: ['document check', 'request check'],
    shape: (size) => grown('', '\n', '', size),
  },
  {
    name: 'a body of one long paragraph',
    paths: ['document check', 'request check'],
    shape: (size) => 'a'.repeat(size),
  },
];

/** A briefing body with one paragraph per line of `text`. */
function bodyOf(text: string): JSONContent {
  return {
    type: 'doc',
    content: text.split('\n').map((line) => ({ type: 'paragraph', content: [{ type: 'text', text: line || 'a' }] })),
  };
}

let dataDirectory: string;
let service: ImportService;
const parser = openNodeHtmlParser();
const values = Object.fromEntries(templateVariables.map((name) => [name, 'value'])) as TemplateVariableValues;

async function importQuietly(text: string, format: ImportFormat): Promise<void> {
  try {
    await service.convert(text, format);
  } catch (error) {
    if (!(error instanceof UserFacingError)) throw error;
  }
}

const runners: Record<TextPath, (text: string) => unknown> = {
  'import text': (text) => importQuietly(text, 'text'),
  'import markdown': (text) => importQuietly(text, 'markdown'),
  'import html': (text) => importQuietly(text, 'html'),
  'paste html': (text) => cleanPastedHtml(text, { parseHtml: parser.parseHtml }),
  'paste text': (text) => cleanPastedText(text, { parseHtml: parser.parseHtml }),
  template: (text) => {
    fillTemplateText(text, values, emptyVariableReport());
    findTemplateVariables(text);
  },
  'document check': (text) => checkBriefingContent(bodyOf(text)),
  'request check': (text) => describePlainDataProblem({ briefingId: 'a'.repeat(8), content: bodyOf(text) }),
};

beforeAll(async () => {
  dataDirectory = await mkdtemp(path.join(os.tmpdir(), 'briefdesk-text-timing-'));
  service = new ImportService({
    briefings: await BriefingStore.open(dataDirectory, []),
    assets: null,
    findTemplate: async () => undefined,
  });
});

afterAll(async () => {
  parser.close();
  await rm(dataDirectory, { recursive: true, force: true });
});

describe('every text path grows at most linearly on hostile input (1 KB → 100 KB, ≤ 1 s)', () => {
  for (const { name, paths, shape } of hostileShapes) {
    for (const textPath of paths) {
      it(`${name} through ${textPath}`, async () => {
        const measured = await measureGrowth(shape, runners[textPath]);
        expect(measured.problem, `${measured.milliseconds.map((ms) => ms.toFixed(1)).join(' / ')} ms`).toBeUndefined();
      }, 60_000);
    }
  }
});
