import type { BriefingSource } from '../briefing/source-list';
import { isSafeLinkUrl } from '../document/marks/link/link-policy';
import { type ImportDocument, type ImportElement, isElement, textNodeType, visibleText } from './import-dom';

const webAddress = /\bhttps?:\/\/[^\s<>"]{1,2000}/u;

/** Marks the word before a footnote reference as citing the footnote's source; the reference number goes. */
function citeWordBefore(reference: ImportElement, sourceId: string, page: ImportDocument): void {
  const before = reference.previousSibling;
  const citation = page.createElement('span');
  citation.setAttribute('data-citation-sources', sourceId);
  if (before && before.nodeType === textNodeType) {
    const text = before.textContent ?? '';
    const start = text.search(/\S+\s*$/u);
    if (start >= 0) {
      citation.append(text.slice(start));
      before.textContent = text.slice(0, start);
      reference.replaceWith(citation);
      return;
    }
  }
  if (before && isElement(before)) {
    before.replaceWith(citation);
    citation.append(before);
  }
  reference.remove();
}

/**
 * Mammoth's footnotes (`<sup><a href="#footnote-N">` in the text, an `<ol>` of
 * `<li id="footnote-N">` at the end) become the briefing's sources: one per
 * footnote, cited on the word before its reference. The list at the end goes.
 */
export function footnotesToSources(page: ImportDocument): BriefingSource[] {
  const sources: BriefingSource[] = [];
  const idsByNote = new Map<string, string>();
  const notes = Array.from(page.querySelectorAll('li[id^="footnote-"]'));
  for (const note of notes) {
    for (const backLink of Array.from(note.querySelectorAll('a[href^="#footnote-ref-"]'))) backLink.remove();
    const text = visibleText(note);
    if (!text) continue;
    const id = `footnote-${sources.length + 1}`;
    idsByNote.set(note.getAttribute('id') ?? '', id);
    const link = webAddress.exec(text)?.[0]?.replace(/[.,;:)\]]+$/u, '') ?? '';
    sources.push({
      id,
      name: text.length > 200 ? `${text.slice(0, 199).trimEnd()}…` : text,
      type: 'document',
      named: true,
      link: isSafeLinkUrl(link) ? link : '',
      accessedAt: '',
      privateNote: '',
    });
  }
  for (const reference of Array.from(page.querySelectorAll('a[href^="#footnote-"]'))) {
    const sourceId = idsByNote.get((reference.getAttribute('href') ?? '').slice(1));
    const marker = reference.parentElement?.tagName.toLowerCase() === 'sup' ? reference.parentElement : reference;
    if (sourceId) citeWordBefore(marker, sourceId, page);
    else marker.remove();
  }
  for (const list of new Set(notes.map((note) => note.parentElement))) list?.remove();
  return sources.slice(0, 300);
}
