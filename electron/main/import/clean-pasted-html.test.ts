import { afterAll, describe, expect, it } from 'vitest';
import { findExecutableHtml } from '../../../tests/oracles/find-executable-content';
import { cleanPastedHtml, cleanPastedText } from '../../common/import/clean-pasted-html';
import { openNodeHtmlParser } from './open-node-html-parser';

const parser = openNodeHtmlParser();
afterAll(() => parser.close());

const clean = (html: string) => cleanPastedHtml(html, { parseHtml: parser.parseHtml });

describe('cleanPastedHtml (the editor’s paste clean-up)', () => {
  it('keeps the text structure and drops clutter, scripts and handlers', () => {
    const html = clean(`
      <meta charset="utf-8"><div class="share">Share on Facebook</div>
      <p onclick="steal()">Russia launched <b>42 drones</b> overnight, <a href="https://example.org/a" onmouseover="x()">officials said</a>.</p>
      <script>alert(1)</script>
      <h3>Targeted areas</h3>
      <ul><li>Kharkiv – power outages</li></ul>
      <p><a href="javascript:alert(1)">Read the statement</a></p>
      <p>No comments</p>`);
    expect(html).toBe(
      '<p>Russia launched <strong>42 drones</strong> overnight, <a rel="noopener noreferrer nofollow" href="https://example.org/a">officials said</a>.</p>' +
        '<h3>Targeted areas</h3><ul><li><p>Kharkiv – power outages</p></li></ul><p>Read the statement</p>',
    );
    expect(findExecutableHtml(html)).toEqual([]);
  });

  it('keeps clutter when asked (the paste’s Undo)', () => {
    expect(clean('<p>Body text here.</p><p>No comments</p>')).toBe('<p>Body text here.</p>');
    expect(clean('<p>Body text here.</p><p>No comments</p>')).not.toContain('No comments');
    expect(
      cleanPastedHtml('<p>Body text here.</p><p>No comments</p>', { parseHtml: parser.parseHtml, keepClutter: true }),
    ).toContain('No comments');
  });

  it('turns a pasted picture into a figure placeholder with its caption', () => {
    const html = clean(
      '<figure><img src="https://cdn.example/p.jpg" alt="Damaged block"><figcaption>A block in Odesa. Photo: AP</figcaption></figure>',
    );
    expect(html).toContain('<figcaption>A block in Odesa.</figcaption>');
    expect(html).toContain('<p class="figure-credit">Photo: AP</p>');
    expect(html).not.toContain('cdn.example');
  });

  it('returns an empty paragraph for nothing usable, never throws', () => {
    expect(clean('<script>alert(1)</script>')).toBe('<p></p>');
    expect(clean('')).toBe('<p></p>');
  });
});

describe('cleanPastedHtml with the editor’s own clipboard', () => {
  const ownPicture = `asset:${'a'.repeat(64)}.png`;
  const otherPicture = `asset:${'b'.repeat(64)}.png`;
  const cleanOwn = (html: string) =>
    cleanPastedHtml(html, { parseHtml: parser.parseHtml, isOwnAsset: (source) => source === ownPicture });

  it('keeps a copy from inside the editor through the schema, so sections and key figures survive', () => {
    const internal =
      '<section data-section-kind="affected-areas" data-pm-slice="1 1 []"><h3>Targeted areas</h3><div data-key-figures=""><div data-key-figure="" data-value="42" data-label="drones"></div></div></section>';
    const html = cleanOwn(internal);
    expect(html).toContain('data-pm-slice="1 1 []"');
    expect(html).toContain('data-section-kind="affected-areas"');
    expect(html).toContain('data-value="42"');
  });

  it('cleans markup that only claims to be the editor’s: handlers, hidden classes and extra link attributes go', () => {
    const forged =
      '<p data-pm-slice="1 1 []" onclick="steal()">Visible <a href="https://example.org" class="visually-hidden" target="_blank" title="t" rel="opener">hidden sentence</a></p><script>alert(1)</script>';
    const html = cleanOwn(forged);
    expect(html).toContain('<a rel="noopener noreferrer nofollow" href="https://example.org">hidden sentence</a>');
    expect(html).not.toMatch(/visually-hidden|target=|title=|onclick|script/);
    expect(findExecutableHtml(html)).toEqual([]);
  });

  it('drops the slice context, which would carry unchecked attributes', () => {
    const html = cleanOwn('<p data-pm-slice="0 0 [&quot;section&quot;,{&quot;kind&quot;:&quot;X Y&quot;}]">Text</p>');
    expect(html).toBe('<p data-pm-slice="0 0 []">Text</p>');
  });

  it('keeps this briefing’s pictures and makes any other stored asset a placeholder', () => {
    const figure = (source: string) =>
      `<figure data-pm-slice="0 0 []"><img src="${source}" alt="Map"><figcaption>Front line</figcaption></figure>`;
    expect(cleanOwn(figure(ownPicture))).toContain(`src="${ownPicture}"`);
    expect(cleanOwn(figure(otherPicture))).not.toContain(otherPicture);
    expect(clean(figure(ownPicture))).not.toContain(ownPicture);
    expect(
      clean(`<figure><img src="${otherPicture}" alt="Map"><figcaption>Front line</figcaption></figure>`),
    ).not.toContain(otherPicture);
  });
});

describe('cleanPastedText (plain text pasted in the editor)', () => {
  it('recovers lone bullets, caption placeholders and headings, and drops clutter lines', () => {
    const html = cleanPastedText(
      'Targeted areas\n•\nKharkiv – power outages\n•\nOdesa – port hit\n\n![]()\nA damaged block in Odesa. Photo: AP\n\nNo comments',
      { parseHtml: parser.parseHtml },
    );
    expect(html).toBe(
      '<h3>Targeted areas</h3><ul><li><p>Kharkiv – power outages</p></li><li><p>Odesa – port hit</p></li></ul>' +
        '<figure class="briefing-figure"><span class="figure-placeholder"></span><div class="figure-text">' +
        '<figcaption>A damaged block in Odesa.</figcaption><p class="figure-credit">Photo: AP</p></div></figure>',
    );
  });
});
