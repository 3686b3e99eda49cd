import { describe, expect, it } from 'vitest';
import { readMarkdownFrontMatter } from './markdown-front-matter';
import { markdownToHtml } from './markdown-to-html';

describe('Markdown front matter', () => {
  it('is taken off the text, and its lang read', () => {
    expect(readMarkdownFrontMatter('---\nlang: ar\ndir: rtl\n---\n\n# عنوان\n')).toEqual({
      language: 'ar',
      body: '\n# عنوان\n',
    });
    expect(
      readMarkdownFrontMatter('---\r\ntitle: "Kyiv"\r\nlanguage: "uk" # from the CMS\r\n...\r\nText').language,
    ).toBe('uk');
    expect(readMarkdownFrontMatter("---\nlang: 'fr-FR'\n---\n").language).toBe('fr-FR');
  });

  it('is not read in the middle of a file, nor when it is not closed', () => {
    for (const text of ['Intro\n\n---\nlang: fr\n---\n', '---\nlang: fr\n\nNo closing line.']) {
      expect(readMarkdownFrontMatter(text)).toEqual({ language: '', body: text });
    }
  });

  it('becomes the page’s declared language, escaped, and never a rule and a heading', () => {
    const html = markdownToHtml('---\nlang: <b>fr&\n---\n# Frappes sur Odessa\n');
    expect(html).toBe('<html lang="&lt;b&gt;fr&amp;"><h1>Frappes sur Odessa</h1>\n</html>');
    expect(markdownToHtml('---\nlang: fr\n---\nTexte.\n')).not.toContain('<hr');
  });
});
