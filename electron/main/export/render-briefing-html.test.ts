import { describe, expect, it } from 'vitest';
import { everyNodeBriefing } from '../../../tests/fixtures/briefings/every-node-briefing';
import { resolveFixtureAsset } from '../../../tests/fixtures/briefings/fixture-assets';
import { genreFixtureBriefings, situationUpdateBriefing } from '../../../tests/fixtures/briefings/genre-briefings';
import { renderBriefingHtml, renderCombinedBriefingsHtml } from './render-briefing-html';

const options = {
  resolveAsset: resolveFixtureAsset,
  exportedAt: new Date('2026-11-26T07:45:00Z'),
  appVersion: '1.2.3',
};

describe('renderBriefingHtml', () => {
  it('renders every node and mark as semantic, escaped markup', async () => {
    const { html, warnings } = await renderBriefingHtml(everyNodeBriefing(), options);
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain(
      '<h1 id="every-node-mark-script-alert-x-script-киів">Every node &amp; mark: &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Київ</h1>',
    );
    expect(html).toContain('After a line break: &lt;b&gt;not bold&lt;/b&gt; &amp; “quotes”.');
    for (const fragment of [
      '<strong>bold</strong>',
      '<em>italic</em>',
      '<u>underlined</u>',
      '<s>struck</s>',
      '<a href="https://example.org/report?id=1&amp;lang=en" rel="noopener noreferrer nofollow">a safe link</a>',
      '<br>',
      '<section class="briefing-section" data-section-kind="affected-areas" aria-labelledby="section-with-every-block">',
      '<h3 id="a-third-level-heading">',
      '<h4 id="a-fourth-level-heading">',
      '<th scope="col">Place</th>',
      '<th scope="row">Kharkiv</th>',
      '<blockquote>',
      '<hr>',
      '<ol>',
      '<dl class="key-figures"><div class="key-figure" data-key-figure="" data-value="1.2 million" data-label="people displaced" data-source="UNHCR" data-source-id="source-3" data-asof="2026-11-25T00:00:00+00:00[UTC]"><dt>people displaced</dt><dd class="key-figure-value">1.2 million</dd>',
      '<figcaption class="figure-caption">Smoke over the port of <strong>Odesa</strong>. <span class="figure-credit">Photo: Port authority</span></figcaption>',
      '<img src="data:image/png;base64,',
      '<time datetime="2026-11-26T09:30:00+02:00">26 November 2026 at 09:30 EET (Europe/Kyiv)</time>',
      '<p class="classification-banner top">Classification: Confidential · Embargoed until <time datetime="2026-11-26T12:00:00+02:00">26 November 2026 at 12:00 EET (Europe/Kyiv)</time></p>',
      '<p class="classification-banner bottom">Classification: Confidential</p>',
    ]) {
      expect(html).toContain(fragment);
    }
    expect(warnings).toEqual([]);
  });

  it('is self-contained: a CSP that only allows data: images and fonts, and no external resource', async () => {
    const { html } = await renderBriefingHtml(situationUpdateBriefing(), options);
    expect(html).toMatch(
      /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; font-src data:; style-src 'sha256-[A-Za-z0-9+/=]+'; base-uri 'none'; form-action 'none'">/,
    );
    expect(html).not.toMatch(/\b(src|srcset|poster|data|action)="(?!data:)/);
    expect(html).not.toMatch(/url\((?!data:)/);
    expect(html).not.toMatch(/<link\b|<iframe|<object|<embed|\son[a-z]+=/i);
    expect(html).toContain('<html lang="en" dir="ltr">');
    expect(html).toContain('color-scheme:light');
    expect(html).not.toContain('prefers-color-scheme');
    expect(html).toContain('font-family:"Source Serif 4"');
  });

  it('embeds only the font subsets the text needs', async () => {
    const latin = await renderBriefingHtml(situationUpdateBriefing(), options);
    const mixed = await renderBriefingHtml(everyNodeBriefing(), options);
    const faces = (html: string) => html.match(/@font-face/g)?.length ?? 0;
    expect(faces(latin.html)).toBe(7);
    expect(mixed.html).toContain('U+0400-045F');
    expect(mixed.html).toContain('U+0370-0377');
    expect(faces(mixed.html)).toBeGreaterThan(faces(latin.html));
  });

  it('puts metadata in meta tags and a visible header, leaving out the fields the user hides', async () => {
    const all = await renderBriefingHtml(everyNodeBriefing(), options);
    expect(all.html).toContain('<meta name="author" content="Dana Reyes, Jean-Luc Ørsted">');
    expect(all.html).toContain('<meta name="briefdesk-report-number" content="3">');
    expect(all.html).toContain('<dt>Report number</dt><dd>No. 3</dd>');
    expect(all.html).toContain('<meta name="generator" content="Briefdesk 1.2.3">');
    const hidden = await renderBriefingHtml(everyNodeBriefing(), { ...options, metadataFields: ['status'] });
    expect(hidden.html).not.toContain('Dana Reyes');
    expect(hidden.html).not.toContain('Report number');
    expect(hidden.html).toContain('<dt>Classification</dt><dd>Confidential</dd>');
  });

  it('warns about a missing image file and still exports', async () => {
    const { html, warnings } = await renderBriefingHtml(situationUpdateBriefing(), {
      ...options,
      resolveAsset: async () => undefined,
    });
    expect(warnings).toEqual([expect.stringContaining('An image file is missing')]);
    expect(html).toContain('Image not available: A five-storey apartment block');
  });

  it('refuses a body that does not fit the schema', async () => {
    const broken = { ...flashWithLink('javascript:alert(1)') };
    await expect(renderBriefingHtml(broken, options)).rejects.toThrow(/cannot be exported/);
  });

  it('combines several briefings behind a cover and a contents list of working links', async () => {
    const briefings = genreFixtureBriefings();
    const { html, classification } = await renderCombinedBriefingsHtml(briefings, {
      ...options,
      title: 'Morning pack',
    });
    expect(classification).toBe('Partners only / Confidential / Internal / Public');
    expect(html).toContain('<h1 id="cover-title">Morning pack</h1>');
    for (const briefing of briefings) {
      expect(html).toContain(`<a href="#briefing-${briefing.id}">`);
      expect(html).toContain(`<article class="briefing-article" id="briefing-${briefing.id}"`);
    }
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

function flashWithLink(href: string) {
  const briefing = situationUpdateBriefing();
  briefing.content = {
    type: 'doc',
    content: [
      { type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href } }] }] },
    ],
  };
  return briefing;
}
