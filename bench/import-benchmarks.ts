import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sanitizeHtml from 'sanitize-html';
import { ImportService } from '../electron/main/import/import-service';
import { ImportWorkerPool } from '../electron/main/import/import-worker-pool';
import { seededWords } from '../electron/main/import/seeded-words';
import { BriefingStore } from '../electron/main/library/briefing-store';
import { sampleStatistics } from './sample-statistics';

const vocabulary =
  'the strikes hit power plant residents said officials regional governor drones overnight damage city district talks delegation ceasefire aid convoy water shelter displaced families border report according to'.split(
    ' ',
  );

/** A scraped article about the size of the reference large briefing: ~25,000 words in 60 sections. */
export function largeArticle(): { html: string; markdown: string; text: string } {
  const html: string[] = [
    '<html><head><title>Large briefing | Desk</title></head><body><article><h1>Large briefing</h1>',
  ];
  const markdown: string[] = ['# Large briefing', ''];
  const text: string[] = ['Large briefing', ''];
  for (let section = 0; section < 60; section += 1) {
    html.push(`<h2>Section ${section + 1}</h2>`);
    markdown.push(`## Section ${section + 1}`, '');
    text.push(`Section ${section + 1}`, '');
    for (let paragraph = 0; paragraph < 20; paragraph += 1) {
      const words = seededWords(vocabulary, 20, section * 100 + paragraph);
      html.push(`<p>${words} <strong>42</strong> <a href="https://example.org/${paragraph}">source</a>.</p>`);
      markdown.push(`${words} **42** [source](https://example.org/${paragraph}).`, '');
      text.push(`${words} 42 source.`, '');
    }
    if (section % 6 === 0) {
      html.push('<ul><li>Kharkiv – outages</li><li>Odesa – port hit</li></ul>');
      html.push(
        '<figure><img src="https://cdn.example/p.jpg" alt="x"><figcaption>Caption. Photo: AP</figcaption></figure>',
      );
      markdown.push('- Kharkiv – outages', '- Odesa – port hit', '');
      text.push('•', 'Kharkiv – outages', '•', 'Odesa – port hit', '');
    }
  }
  html.push(
    '<h3>You might also like</h3><ul><li><a href="/a">A</a></li></ul><p>No comments</p></article></body></html>',
  );
  return { html: html.join('\n'), markdown: markdown.join('\n'), text: text.join('\n') };
}

/** The large article as scraped: a share button with its icon after each of its first 1,000 paragraphs. */
function withPageFurniture(html: string): string {
  let buttons = 0;
  return html.replace(/<\/p>/g, (end) => {
    buttons += 1;
    return buttons > 1_000
      ? end
      : `${end}<button class="share"><svg viewBox="0 0 16 16"><path d="M2 8h12"/></svg>Share</button>`;
  });
}

/**
 * Import of a ~25,000-word article as HTML, Markdown and text, as the Import screen runs it: the screen readies the
 * importer when it opens (`import_prepare_ms`), and the imports follow. The same HTML imports in a worker nobody
 * readied (`…_unprepared_…`, as the command line's one import runs) and sanitize-html alone are the references.
 */
export async function runImportBenchmarks(): Promise<Record<string, number>> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'briefdesk-bench-import-'));
  const unprepared = new ImportWorkerPool();
  try {
    const briefings = await BriefingStore.open(dataDir, []);
    const serviceWith = (worker?: ImportWorkerPool) =>
      new ImportService({ briefings, assets: null, findTemplate: async () => undefined, worker });
    const article = largeArticle();
    const figures: Record<string, number> = {};
    const measure = async (name: string, run: () => Promise<unknown> | unknown) => {
      const samples: number[] = [];
      for (let repetition = 0; repetition < 7; repetition += 1) {
        const started = performance.now();
        await run();
        samples.push(performance.now() - started);
      }
      figures[`${name}_median_ms`] = sampleStatistics(samples).median;
      figures[`${name}_samples`] = samples.length;
      // Beside the median, for reading it: the first sample pays most of the worker's warming up, the fastest none.
      figures[`${name}_first_ms`] = samples[0] ?? 0;
      figures[`${name}_fastest_ms`] = Math.min(...samples);
    };
    const scraped = await readFile(
      path.join(import.meta.dirname, '../tests/fixtures/import/war-update-scraped.html'),
      'utf8',
    );
    // A worker of its own, never readied: the news articles first, then the large article, as a session starts.
    const cold = serviceWith(unprepared);
    await measure('import_html_news_article_unprepared', () => cold.convert(scraped, 'html'));
    await measure('import_html_large_unprepared', () => cold.convert(article.html, 'html'));
    await unprepared.close();

    const service = serviceWith();
    const preparing = performance.now();
    await service.prepare();
    figures.import_prepare_ms = performance.now() - preparing;
    await measure('import_html_news_article', () => service.convert(scraped, 'html'));
    await measure('sanitize_html_reference_large', () => sanitizeHtml(article.html));
    for (const format of ['html', 'markdown', 'text'] as const) {
      await measure(`import_${format}_large`, () => service.convert(article[format], format));
    }
    const furnished = withPageFurniture(article.html);
    await measure('import_html_large_with_page_furniture', () => service.convert(furnished, 'html'));
    figures.import_html_large_vs_sanitize_ratio =
      (figures.import_html_large_median_ms ?? 0) / (figures.sanitize_html_reference_large_median_ms ?? 1);
    return figures;
  } finally {
    await unprepared.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}
