import type { ImportDocument, ImportElement } from './import-dom';

/**
 * The article on a page: the `<article>` holding the most text (teasers for
 * other stories are articles too), their common parent when several are of a
 * size (a live blog), else `<main>`, else the body.
 */
export function findContentRoot(page: ImportDocument): ImportElement | null {
  const articles = Array.from(page.querySelectorAll('article'))
    .filter((article) => !article.parentElement?.closest('article'))
    .map((article) => ({ article, length: (article.textContent ?? '').replace(/\s+/g, ' ').length }))
    .sort((a, b) => b.length - a.length);
  const [largest, second] = articles;
  if (!largest) return page.querySelector('main') ?? page.body;
  if (second && second.length > largest.length * 0.5) {
    return largest.article.parentElement ?? largest.article;
  }
  return largest.article;
}
