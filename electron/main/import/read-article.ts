import { Readability } from '@mozilla/readability';
import { findContentRoot } from '../../common/import/find-content-root';
import { countWordsIn, type ImportDocument, type ImportElement, visibleText } from '../../common/import/import-dom';
import type { ArticleReading } from '../../common/import/import-result';
import { textLength } from '../../common/import/text-length';

/**
 * Below this much text Readability settles for the whole page: the page's own `<article>` or `<main>`
 * is a better guess when it holds most of what Readability found.
 */
const shortestArticleCharacters = 500;
const semanticRootShare = 0.7;

const words = (text: string) => new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);

/**
 * The page's headline: the `<h1>` that says what the page's title says (the `<title>` carries site names
 * and prefixes, the `<h1>` the story's own wording), else Readability's title. Both ways must match,
 * so a site's logo in an `<h1>` never becomes the title.
 */
function chooseTitle(headlines: string[], readabilityTitle: string): string {
  const titleWords = words(readabilityTitle);
  for (const headline of headlines) {
    const headlineWords = [...words(headline)];
    if (headlineWords.length === 0 || countWordsIn(headline) > 40) continue;
    const shared = headlineWords.filter((word) => titleWords.has(word)).length;
    if (shared >= headlineWords.length * 0.5 && shared >= titleWords.size * 0.5) return headline;
  }
  return readabilityTitle;
}

/** A long page whose one `<article>` holds this share of its text needs no scoring: the page says where its story is. */
const declaredArticleShare = 0.9;
const declaredArticleMinimumCharacters = 20_000;

/**
 * The page's own `<article>` when there is exactly one and it holds nearly all of
 * a long page's text. Readability's scoring walks the page once per kind of
 * element, which costs most on exactly these pages (a 25,000-word report).
 */
function declaredArticle(page: ImportDocument): ImportElement | null {
  const articles = Array.from(page.getElementsByTagName('article'));
  const [article] = articles;
  if (!article || articles.some((other) => other !== article && !article.contains(other))) return null;
  const articleLength = textLength(article);
  if (articleLength < declaredArticleMinimumCharacters) return null;
  // The body's length counts the article's text as measured, not walked a second time.
  const bodyLength = page.body ? textLength(page.body, { element: article, length: articleLength }) : 0;
  return articleLength >= bodyLength * declaredArticleShare ? article : null;
}

/**
 * Finds the article on a parsed page with Mozilla's Readability (the extractor
 * behind Firefox's Reader View). Readability rebuilds the page as it works, so
 * the page keeps only its head afterwards; null when it finds no article, or
 * only a few lines.
 */
export function readArticle(page: ImportDocument): ArticleReading | null {
  const declared = declaredArticle(page);
  // The page's <title> and the article's own <h1> give the title; bylines and dates are read from the text.
  if (declared) return { root: declared, title: '', byline: '', publishedTime: '' };
  const headlines = Array.from(page.getElementsByTagName('h1'), visibleText).slice(0, 5);
  const semanticRoot = findContentRoot(page);
  const semanticLength = semanticRoot && semanticRoot !== page.body ? visibleText(semanticRoot).length : 0;
  const reader = new Readability<ImportElement>(page as never, {
    // The element itself, not its HTML: the clean tree reads it without a second parse.
    serializer: (node) => node as unknown as ImportElement,
    // Class names carry the clutter signals (share bars, captions) that the clean tree reads after Readability.
    keepClasses: true,
  });
  const article = reader.parse();
  if (!article?.content) return null;
  const length = article.textContent?.replace(/\s+/g, ' ').trim().length ?? 0;
  if (length < shortestArticleCharacters && semanticLength >= length * semanticRootShare) return null;
  const readabilityTitle = (article.title ?? '').replace(/\s+/g, ' ').trim();
  return {
    root: article.content,
    title: chooseTitle(headlines, readabilityTitle),
    byline: article.byline ?? '',
    publishedTime: article.publishedTime ?? '',
  };
}
