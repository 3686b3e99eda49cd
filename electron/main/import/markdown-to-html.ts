import MarkdownIt from 'markdown-it';
import { escapeHtml } from '../../common/text/escape-html';
import { readMarkdownFrontMatter } from './markdown-front-matter';

const markdown = new MarkdownIt({ html: true, linkify: true, typographer: false });
// Every link and image is rendered so the sanitiser and the clean tree can refuse it and keep its text.
markdown.validateLink = () => true;

const loneBullet = /^[ \t]*[-•*–·▪◦●][ \t]*$/u;
const unicodeBullet = /^([ \t]*)[•·▪◦●][ \t]+/u;

/**
 * Repairs list syntax that web copies break: a lone `-` or `•` with the item on
 * the next line, and `•` bullets, which Markdown does not know.
 */
export function repairCopiedLists(source: string): string {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const repaired: string[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] ?? '';
    if (loneBullet.test(line)) {
      let next = index + 1;
      while (next < lines.length && (lines[next] ?? '').trim() === '') next += 1;
      if (next < lines.length) {
        repaired.push(`- ${(lines[next] ?? '').trim()}`);
        index = next;
        continue;
      }
    }
    repaired.push(line.replace(unicodeBullet, '$1- '));
  }
  return repaired.join('\n');
}

/**
 * Renders Markdown (CommonMark with tables) to HTML; the result is untrusted and is sanitised next.
 * The front matter's `lang` becomes the page's `<html lang>`, where the importer reads a page's language.
 */
export function markdownToHtml(source: string): string {
  const { language, body } = readMarkdownFrontMatter(source);
  const html = markdown.render(repairCopiedLists(body));
  return language ? `<html lang="${escapeHtml(language)}">${html}</html>` : html;
}
