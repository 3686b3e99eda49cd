import { seededWords } from './seeded-words';

/**
 * A made-up news page for the import worker to convert while the user picks what to import: every shape the
 * importer meets on a real page (a site's furniture around the article, headings, paragraphs with marks and links,
 * lists, a quote, figures with captions and credits, a table, related links, a byline and a dateline), long enough
 * that the conversion's loops run as they do on a long article. Its text is generated, from a seed, so the page
 * costs nothing to ship.
 */

/**
 * How much of the page the worker converts when asked to prepare: about 24 rounds, what it takes for the
 * conversion's code to be compiled as a long article needs it (without them the worker's first long articles take
 * twice as long as its later ones).
 */
export const warmUpCharacters = 600_000;

/**
 * How much of the long page (`longWarmUpPage`) the worker converts after that: five rounds. A long report's
 * conversion runs its loops over thousands of blocks and finds its story by its one `<article>` instead of
 * Readability's scoring: its first conversions after the short page alone were still the slowest.
 */
export const longWarmUpCharacters = 1_200_000;

/** Sections of the short page, and of the long one: about 2,800 and 28,000 words. */
const shortSections = 12;
const longSections = 120;

const words =
  'authorities reported overnight shelling near the river crossing while aid agencies moved water tanks and medical supplies to villages east of the city where families sheltered in basements as officials counted damaged homes schools clinics and bridges along the main road north'.split(
    ' ',
  );

function sentence(seed: number, length: number): string {
  const text = seededWords(words, length, seed);
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function paragraph(seed: number): string {
  const first = sentence(seed, 14);
  const second = sentence(seed + 1, 11);
  switch (seed % 4) {
    case 0:
      return `<p>${first} <strong>${(seed % 90) + 10} people</strong> ${second}</p>`;
    case 1:
      return `<p>${first} <a href="https://reliefweb.example/report/${seed}">the agency said</a> ${second}</p>`;
    case 2:
      return `<p>${first} <em>${sentence(seed + 2, 4)}</em> ${second}</p>`;
    default:
      return `<p>${first} ${second} ${sentence(seed + 3, 9)}</p>`;
  }
}

function section(index: number): string {
  const parts = [`<h2>${sentence(index * 31, 5)}</h2>`];
  for (let item = 0; item < 8; item += 1) parts.push(paragraph(index * 100 + item));
  if (index % 3 === 0) {
    parts.push(
      `<ul><li><strong>North</strong> – ${sentence(index, 6)}</li><li><strong>East</strong> – ${sentence(index + 1, 6)}</li><li>${sentence(index + 2, 8)}</li></ul>`,
    );
  }
  if (index % 3 === 1) {
    parts.push(
      `<figure><img src="https://photos.example/${index}.jpg" alt="${sentence(index + 5, 8)}"><figcaption>${sentence(index + 6, 10)} Photo: Desk/Staff</figcaption></figure>`,
    );
  }
  if (index % 4 === 2) parts.push(`<blockquote><p>“${sentence(index + 7, 16)}” an official said.</p></blockquote>`);
  if (index % 5 === 3) {
    parts.push(
      `<table><thead><tr><th>Area</th><th>Displaced</th></tr></thead><tbody><tr><td>North</td><td>${index * 120}</td></tr><tr><td>East</td><td>${index * 75}</td></tr></tbody></table>`,
    );
  }
  return parts.join('\n');
}

/** The page: about 2,800 words of article inside a site's header, share buttons, related links and footer. */
export function warmUpPage(): string {
  return page(shortSections);
}

/** The same page at a long report's length: about 28,000 words of article in the same furniture. */
export function longWarmUpPage(): string {
  return page(longSections);
}

function page(sectionCount: number): string {
  const sections: string[] = [];
  for (let index = 0; index < sectionCount; index += 1) sections.push(section(index));
  return [
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Shelling near river crossing | Example Desk</title>',
    '<meta property="article:published_time" content="2026-03-04T06:30:00Z"></head><body>',
    '<header><a href="/">Example Desk</a><nav><ul><li><a href="/world">World</a></li><li><a href="/aid">Aid</a></li></ul></nav></header>',
    '<div class="breadcrumbs"><a href="/">Home</a> › <a href="/world">World</a></div>',
    '<article><h1>Shelling near river crossing as aid convoys reach eastern villages</h1>',
    '<p class="byline">By Example Reporter</p><p><time datetime="2026-03-04T06:30:00Z">4 March 2026</time></p>',
    '<div class="share"><button>Share</button><a href="https://facebook.com/sharer">Facebook</a></div>',
    `<p>RIVERTOWN, March 4 – ${sentence(1, 20)}</p>`,
    ...sections,
    '<p>Read more: <a href="/aid/convoys">Convoys resume on the northern road</a></p>',
    '</article><aside class="related"><h3>Related</h3><ul><li><a href="/a">A story</a></li><li><a href="/b">Another story</a></li></ul></aside>',
    '<div class="cookie-banner">We use cookies to improve your experience. Accept all cookies</div>',
    '<footer><p>© 2026 Example Desk. All rights reserved.</p></footer></body></html>',
  ].join('\n');
}
