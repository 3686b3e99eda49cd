import { describe, expect, it } from 'vitest';
import { everyNodeBriefing } from '../../../tests/fixtures/briefings/every-node-briefing';
import { resolveFixtureAsset } from '../../../tests/fixtures/briefings/fixture-assets';
import { renderBriefingHtml, renderCombinedBriefingsHtml } from './render-briefing-html';

const options = {
  resolveAsset: resolveFixtureAsset,
  exportedAt: new Date('2026-11-26T07:45:00Z'),
  appVersion: '1.2.3',
};

const metaContent = (html: string, name: string) =>
  html
    .match(new RegExp(`<meta name="${name}" content="([^"]*)">`))?.[1]
    ?.replaceAll('&quot;', '"')
    .replaceAll('&amp;', '&')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>');

describe('citations and the source list', () => {
  it('print numbered references after the cited text, in the order sources are first cited', async () => {
    const { html } = await renderBriefingHtml(everyNodeBriefing(), options);
    expect(html).toContain(
      '<span class="citation" data-citation-sources="source-1 source-2">, according to officials and a witness</span>' +
        '<sup class="citation-ref"><a href="#source-1" title="State Emergency Service &lt;SES&gt;">[1]</a>' +
        '<a href="#source-2" title="a resident of the Saltivka district">[2]</a></sup>',
    );
    // The key figure cites the third source from the list, by its name there.
    expect(html).toContain(
      '<span class="key-figure-source">UNHCR</span><sup class="citation-ref"><a href="#source-3">[3]</a></sup>',
    );
  });

  it('end with the numbered source list: name, type, named or not, link, accessed time, never the private note', async () => {
    const { html } = await renderBriefingHtml(everyNodeBriefing(), options);
    const list = html.slice(
      html.indexOf('<section class="source-list"'),
      html.indexOf('</section>', html.indexOf('<section class="source-list"')),
    );
    expect(list).toContain('<h2 id="sources">Sources</h2>');
    expect(list).toContain(
      '<li id="source-1"><span class="source-name">State Emergency Service &lt;SES&gt;</span> (Official), ' +
        '<a href="https://example.org/ses?a=1&amp;b=2" rel="noopener noreferrer nofollow">https://example.org/ses?a=1&amp;b=2</a>, ' +
        'accessed <time datetime="2026-11-26T08:10:00+02:00">26 November 2026 at 08:10 EET (Europe/Kyiv)</time></li>',
    );
    expect(list).toContain(
      '<li id="source-2"><span class="source-name">a resident of the Saltivka district</span> (Witness, not named)</li>',
    );
    expect(list).toContain('<li id="source-3"><span class="source-name">UNHCR</span> (NGO / UN)</li>');
    expect(html).not.toContain('PRIVATE');
    expect(html.indexOf('<section class="source-list"')).toBeGreaterThan(html.indexOf('Closing paragraph'));
  });

  it('number each briefing’s own sources in a combined file, with ids that stay unique', async () => {
    const { html } = await renderCombinedBriefingsHtml([everyNodeBriefing(), everyNodeBriefing()], options);
    expect(html).toContain('<li id="fixture-every-node-source-1">');
    expect(html).toContain(
      '<a href="#fixture-every-node-source-2" title="a resident of the Saltivka district">[2]</a>',
    );
  });
});

describe('claims in exports', () => {
  it('print as plain text in a final export: no status, no note', async () => {
    const { html } = await renderBriefingHtml(everyNodeBriefing(), options);
    expect(html).toContain('Rescuers said <span class="claim">two people were killed</span> in the strike');
    expect(html).not.toContain('Waiting for the hospital');
    expect(html).not.toContain('In progress');
  });

  it('print their status, who set it and when, and the note in a review export', async () => {
    const { html } = await renderBriefingHtml(everyNodeBriefing(), { ...options, purpose: 'review' });
    expect(html).toContain(
      'two people were killed</span><span class="claim-status-label"> [◐ Claim: In progress (Dana Reyes, 26 November 2026 at 09:10 EET (Europe/Kyiv)) — Waiting for the hospital &lt;list&gt;]</span>',
    );
  });
});

describe('the corrections log', () => {
  it('prints at the end of the export, each entry with its kind and time', async () => {
    const { html } = await renderBriefingHtml(everyNodeBriefing(), options);
    expect(html).toContain('<h2 id="corrections">Corrections and updates</h2>');
    expect(html).toContain(
      '<li><strong>Correction</strong>, <time datetime="2026-11-26T09:20:00+02:00">26 November 2026 at 09:20 EET (Europe/Kyiv)</time>: ' +
        'An earlier version gave the number of drones as 24 &amp; not 42.</li>',
    );
    expect(html.indexOf('corrections-log')).toBeGreaterThan(html.indexOf('source-list'));
  });

  it('is carried in the HTML metadata as JSON', async () => {
    const { html } = await renderBriefingHtml(everyNodeBriefing(), options);
    expect(JSON.parse(metaContent(html, 'briefdesk-corrections') ?? 'null')).toEqual([
      {
        kind: 'correction',
        at: '2026-11-26T09:20:00+02:00',
        text: 'An earlier version gave the number of drones as 24 & not 42.',
      },
      { kind: 'update', at: '2026-11-26T09:25:00+02:00', text: 'Added the response section.' },
    ]);
  });
});
