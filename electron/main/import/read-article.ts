import { Readability } from '@mozilla/readability';
import { countWordsIn, type ImportDocument, type ImportElement, visibleText } from '../../common/import/import-dom';
import type { ArticleReading } from '../../common/import/import-result';

/** Below this much text Readability settles for the whole page; the page's own `<article>` or `<main>` is a better guess. */
const shortestArticleCharacters = 500;

const words = (text: string) => new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);

/**
 * The page's headline: its `<h1>` when that says what the page's title says (the
 * `<title>` carries site names and prefixes, the `<h1>` the story's own wording), else Readability's title.
 */
function chooseTitle(headlines: string[], readabilityTitle: string): string {
  const titleWords = words(readabilityTitle);
  for (const headline of headlines) {
    const headlineWords = [...words(headline)];
    if (headlineWords.length === 0 || countWordsIn(headline) > 40) continue;
    const shared = headlineWords.filter((word) => titleWords.has(word)).length;
    if (shared >= headlineWords.length * 0.6) return headline;
  }
  return readabilityTitle;
}

/**
 * Finds the article on a parsed page with Mozilla's Readability (the extractor
 * behind Firefox's Reader View). Readability rebuilds the page as it works, so
 * the page keeps only its head afterwards; null when it finds no article, or
 * only a few lines.
 */
export function readArticle(page: ImportDocument): ArticleReading | null {
  const headlines = Array.from(page.querySelectorAll('h1'), visibleText).slice(0, 5);
  const reader = new Readability<ImportElement>(page as never, {
    // The element itself, not its HTML: the clean tree reads it without a second parse.
    serializer: (node) => node as unknown as ImportElement,
    // Class names carry the clutter signals (share bars, captions) that the clean tree reads after Readability.
    keepClasses: true,
  });
  const article = reader.parse();
  if (!article?.content || (article.length ?? 0) < shortestArticleCharacters) return null;
  const readabilityTitle = (article.title ?? '').replace(/\s+/g, ' ').trim();
  return {
    root: article.content,
    title: chooseTitle(headlines, readabilityTitle),
    byline: article.byline ?? '',
    publishedTime: article.publishedTime ?? '',
  };
}
