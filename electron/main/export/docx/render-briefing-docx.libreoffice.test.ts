import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Window } from 'happy-dom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { everyNodeBriefing } from '../../../../tests/fixtures/briefings/every-node-briefing';
import { briefingReadingStructure, missingFrom } from '../../../../tests/support/briefing-reading-structure';
import { fixtureFileRenderOptions } from '../../../../tests/support/file-render-options';
import { runDocumentTool } from '../../../../tests/support/run-document-tool';
import { exportLocaleOfBriefings, formatIsoDateTime } from '../format-export-date';
import { renderBriefingDocx } from './render-briefing-docx';

let folder: string;
let page: Window['document'];

// One conversion for the whole file: LibreOffice takes seconds to start. Its HTML output keeps what its text
// output drops (footnotes) and says what each piece is (h2, li, td).
beforeAll(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'briefdesk-docx-libreoffice-'));
  const file = path.join(folder, 'every-node.docx');
  await writeFile(file, (await renderBriefingDocx(everyNodeBriefing(), fixtureFileRenderOptions())).bytes);
  await runDocumentTool(
    'soffice',
    [`-env:UserInstallation=file://${folder}/profile`, '--headless', '--convert-to', 'html', '--outdir', folder, file],
    'libreoffice-writer-nogui',
  );
  const window = new Window();
  window.document.body.innerHTML = await readFile(path.join(folder, 'every-node.html'), 'utf8');
  page = window.document;
}, 180_000);

afterAll(() => rm(folder, { recursive: true, force: true }));

const textsOf = (selector: string) =>
  [...page.querySelectorAll(selector)].map((element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim());

describe('the DOCX export, read by LibreOffice', () => {
  const briefing = everyNodeBriefing();
  const expected = briefingReadingStructure(briefing, (iso) =>
    formatIsoDateTime(iso, briefing.metadata.timeZone, exportLocaleOfBriefings([briefing], undefined)),
  );

  it('has every heading of the every-node briefing, at its level and in order', () => {
    const headings = [...page.querySelectorAll('h2, h3, h4')].map(
      (heading) => `${heading.tagName.toLowerCase()} ${(heading.textContent ?? '').replace(/\s+/g, ' ').trim()}`,
    );
    expect(headings).toEqual(expected.headings);
  });

  it('has every list item as an item of a list', () => {
    expect(textsOf('li')).toEqual(expected.listItems);
  });

  it('has every table cell in a table', () => {
    expect(missingFrom(textsOf('td, th'), expected.tableCells)).toEqual([]);
  });

  it('has every figure caption with its credit, and the image with its alternative text', () => {
    expect(missingFrom(textsOf('p'), expected.captions)).toEqual([]);
    expect([...page.querySelectorAll('img')].map((image) => image.getAttribute('alt'))).toEqual([
      'Aerial view of a port with cranes and smoke',
    ]);
  });

  it('has every source as a footnote', () => {
    expect(expected.footnotes).not.toEqual([]);
    // LibreOffice writes each footnote as div#sdfootnoteN, its number first.
    const footnotes = textsOf('div[id^="sdfootnote"]').map((text) => text.replace(/^\d+/, ''));
    expect(footnotes).toEqual(expected.footnotes);
  });
});
