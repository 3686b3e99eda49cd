import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { decodeTextBytes } from '../../electron/common/import/decode-text-bytes';
import { convertTextInNode } from '../../electron/main/import/convert-text-in-node';
import { sampleStatistics } from '../sample-statistics';
import { countRecovered, type PageStructure, structureOfBriefing, structureOfHtml } from './page-structure';
import { scoreText, suiteF1, type TextScore } from './shingle-f1';

/** One test page: the page as served, Readability's hand-checked output and its metadata. */
interface TestPage {
  name: string;
  source: string;
  expected: PageStructure;
  expectedTitle: string;
}

interface Extraction {
  structure: PageStructure;
  title: string;
  milliseconds: number;
  failure?: string;
}

const sameTitle = (a: string, b: string) => a.replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim();

const emptyStructure: PageStructure = { text: '', headings: [], listItems: [], captions: [] };

/** Mozilla Readability's layout: one sub-folder per page with source.html, expected.html, expected-metadata.json. */
async function readReadabilityPages(folder: string): Promise<TestPage[]> {
  const pages: TestPage[] = [];
  for (const name of (await readdir(folder)).sort()) {
    const pageFolder = path.join(folder, name);
    if (!(await stat(pageFolder)).isDirectory()) continue;
    const read = (file: string) => readFile(path.join(pageFolder, file), 'utf8').catch(() => undefined);
    const [source, expected, metadata] = await Promise.all([
      read('source.html'),
      read('expected.html'),
      read('expected-metadata.json'),
    ]);
    if (source === undefined || expected === undefined) continue;
    const title = metadata ? (JSON.parse(metadata) as { title?: string }).title : undefined;
    pages.push({ name, source, expected: structureOfHtml(expected), expectedTitle: title ?? '' });
  }
  return pages;
}

/** The article-extraction benchmark's layout: ground-truth.json (articleBody per id) and html/<id>.html.gz. */
async function readExtractionBenchmarkPages(folder: string): Promise<TestPage[]> {
  const truth = JSON.parse(await readFile(path.join(folder, 'ground-truth.json'), 'utf8')) as Record<
    string,
    { articleBody?: string }
  >;
  const pages: TestPage[] = [];
  for (const [name, { articleBody }] of Object.entries(truth).sort(([a], [b]) => a.localeCompare(b))) {
    const bytes = gunzipSync(await readFile(path.join(folder, 'html', `${name}.html.gz`)));
    const decoded = decodeTextBytes(bytes);
    const source = decoded.ok ? decoded.text : new TextDecoder().decode(bytes);
    pages.push({ name, source, expected: { ...emptyStructure, text: articleBody ?? '' }, expectedTitle: '' });
  }
  return pages;
}

async function readPages(folder: string): Promise<TestPage[]> {
  const isExtractionBenchmark = await stat(path.join(folder, 'ground-truth.json')).then(
    () => true,
    () => false,
  );
  return isExtractionBenchmark ? readExtractionBenchmarkPages(folder) : readReadabilityPages(folder);
}

async function importPage(page: TestPage): Promise<Extraction> {
  const started = performance.now();
  try {
    const converted = await convertTextInNode({
      text: page.source,
      format: 'html',
      keepClutter: false,
      embedImages: false,
      now: Date.UTC(2026, 0, 1),
    });
    return {
      structure: structureOfBriefing(converted.document.content),
      title: converted.document.metadata.title ?? '',
      milliseconds: performance.now() - started,
    };
  } catch (error) {
    const failure = error instanceof Error ? error.message : String(error);
    return { structure: emptyStructure, title: '', milliseconds: performance.now() - started, failure };
  }
}

function readabilityPage(page: TestPage): Extraction {
  const started = performance.now();
  try {
    const { document } = parseHTML(page.source);
    const article = new Readability(document as unknown as Document).parse();
    return {
      structure: article?.content ? structureOfHtml(article.content) : emptyStructure,
      title: article?.title ?? '',
      milliseconds: performance.now() - started,
    };
  } catch (error) {
    const failure = error instanceof Error ? error.message : String(error);
    return { structure: emptyStructure, title: '', milliseconds: performance.now() - started, failure };
  }
}

interface Totals {
  scores: TextScore[];
  empty: string[];
  wrong: string[];
  titles: number;
  headings: number;
  listItems: number;
  captions: number;
  milliseconds: number[];
}

function newTotals(): Totals {
  return { scores: [], empty: [], wrong: [], titles: 0, headings: 0, listItems: 0, captions: 0, milliseconds: [] };
}

function add(totals: Totals, page: TestPage, extraction: Extraction): number {
  const score = scoreText(extraction.structure.text, page.expected.text);
  const { f1 } = score;
  totals.scores.push(score);
  if (extraction.structure.text.trim() === '') totals.empty.push(page.name);
  else if (f1 < 0.2) totals.wrong.push(page.name);
  if (page.expectedTitle && sameTitle(extraction.title, page.expectedTitle)) totals.titles += 1;
  totals.headings += countRecovered(page.expected.headings, extraction.structure.headings);
  totals.listItems += countRecovered(page.expected.listItems, extraction.structure.listItems);
  totals.captions += countRecovered(page.expected.captions, extraction.structure.captions);
  totals.milliseconds.push(extraction.milliseconds);
  return f1;
}

// `npm run bench:import-quality -- FOLDER [--pages]`: every sub-folder holding source.html and expected.html is one page.
const args = process.argv.slice(2);
const folder = args.find((argument) => !argument.startsWith('--'));
if (!folder) {
  console.error(
    'Name the folder of test pages: npm run bench:import-quality -- tests/fixtures/import/readability-pages',
  );
  process.exit(2);
}
const pages = await readPages(path.resolve(folder));
if (pages.length === 0) {
  console.error(`${folder} holds no test pages (sub-folders with source.html and expected.html).`);
  process.exit(2);
}
const ours = newTotals();
const theirs = newTotals();
for (const page of pages) {
  const imported = await importPage(page);
  const reference = readabilityPage(page);
  const importF1 = add(ours, page, imported);
  const readabilityF1 = add(theirs, page, reference);
  if (args.includes('--pages')) {
    console.error(
      `${page.name}\timport=${importF1.toFixed(3)}\treadability=${readabilityF1.toFixed(3)}${imported.failure ? `\t${imported.failure.slice(0, 120)}` : ''}`,
    );
  }
}
const expectedTotals = {
  titles: pages.filter((page) => page.expectedTitle).length,
  headings: pages.reduce((sum, page) => sum + page.expected.headings.length, 0),
  listItems: pages.reduce((sum, page) => sum + page.expected.listItems.length, 0),
  captions: pages.reduce((sum, page) => sum + page.expected.captions.length, 0),
};
const figures: Record<string, number> = { pages: pages.length };
for (const [name, totals] of [
  ['import', ours],
  ['readability', theirs],
] as const) {
  const suite = suiteF1(totals.scores);
  figures[`${name}_f1`] = suite.f1;
  figures[`${name}_precision`] = suite.precision;
  figures[`${name}_recall`] = suite.recall;
  figures[`${name}_empty`] = totals.empty.length;
  figures[`${name}_wrong`] = totals.wrong.length;
  // The article-extraction benchmark has only the article's text: no titles or structure to compare.
  for (const piece of ['titles', 'headings', 'listItems', 'captions'] as const) {
    const label = {
      titles: 'titles_exact',
      headings: 'headings_recovered',
      listItems: 'list_items_recovered',
      captions: 'captions_recovered',
    }[piece];
    if (expectedTotals[piece] > 0) figures[`${name}_${label}`] = totals[piece] / expectedTotals[piece];
  }
  figures[`${name}_ms_median`] = sampleStatistics(totals.milliseconds).median;
}
if (ours.empty.length + ours.wrong.length > 0) {
  console.error(
    `import empty: ${ours.empty.join(' ') || '–'}; import wrong (F1 < 0.2): ${ours.wrong.join(' ') || '–'}`,
  );
}
for (const [name, value] of Object.entries(figures)) {
  console.log(`${name}=${Number.isInteger(value) ? value : value.toFixed(3)}`);
}
