import { countWordsIn, type ImportDocument, type ImportElement, tagOf, visibleText } from './import-dom';
import type { DroppedClutter } from './import-result';
import { readDateline, readMachineDate, readPeriod, readWrittenDate } from './read-dates';

export interface PageFacts {
  title: string;
  datelinePlace: string;
  eventDate: string;
  authors: string[];
  reportNumber: number | null;
  periodStart: string;
  periodEnd: string;
}

const reportNumberPattern =
  /\b(?:report|update|sitrep|bulletin|brief)\b[^.]{0,40}?\b(?:no\.?|number|#)\s*(\d{1,6})\b/iu;
const asOfPattern = /\bas of\b(.{3,40})/iu;
const periodLead = /\b(?:period covered|covers|covering|reporting period|period)\b/iu;

const publicationLine = /^(?:published|updated|posted|last updated|first published)\b[\s:,-]*(.{3,80})$/iu;
const bylinePattern =
  /^[Bb]y\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}(?:\s*(?:,|and|&)\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}){0,3})\s*(?:[,|·–—-].{0,60})?$/u;

/** Removes a site name from a page title: "Drones hit Kyiv | World News" → "Drones hit Kyiv". */
function withoutSiteName(title: string): string {
  const parts = title.split(/\s+[|–—]\s+|\s+-\s+/u);
  const [first, ...rest] = parts;
  if (!first || rest.length === 0) return title;
  const last = rest[rest.length - 1] ?? '';
  return countWordsIn(last) <= 4 ? parts.slice(0, -1).join(' – ') : title;
}

function isTitleLikeLine(element: ImportElement): boolean {
  const text = visibleText(element);
  return (
    tagOf(element) === 'p' && text.length <= 200 && countWordsIn(text) <= 24 && !/[.,;:]$/u.test(text) && text !== ''
  );
}

/**
 * Takes the title (first `h1`, else the page's `<title>`, else a leading heading
 * or, in plain text, the first short line), the byline and publication line, and
 * reads the dateline and dates into metadata.
 */
export function takePageFacts(
  page: ImportDocument | undefined,
  container: ImportElement,
  options: { plainText: boolean; keepClutter: boolean; now: Date },
): { facts: PageFacts; dropped: DroppedClutter[] } {
  const facts: PageFacts = {
    title: '',
    datelinePlace: '',
    eventDate: '',
    authors: [],
    reportNumber: null,
    periodStart: '',
    periodEnd: '',
  };
  const dropped: DroppedClutter[] = [];
  const firstHeading = container.querySelector('h1');
  const titleElement = page?.querySelector('title');
  const pageTitle = titleElement ? withoutSiteName(visibleText(titleElement)) : '';
  const first = container.children[0];
  if (firstHeading) {
    facts.title = visibleText(firstHeading);
    firstHeading.remove();
  } else if (pageTitle) {
    facts.title = pageTitle;
    if (first && /^h[2-6]$/.test(tagOf(first)) && visibleText(first) === pageTitle) first.remove();
  } else if (first && (/^h[2-6]$/.test(tagOf(first)) || (options.plainText && isTitleLikeLine(first)))) {
    facts.title = visibleText(first);
    first.remove();
  }
  facts.title = facts.title.slice(0, 300);

  const machineDate =
    readMachineDate(page?.querySelector('time[datetime]')?.getAttribute('datetime')) ??
    readMachineDate(page?.querySelector('meta[property="article:published_time"]')?.getAttribute('content')) ??
    readMachineDate(page?.querySelector('meta[name="date"]')?.getAttribute('content'));
  let writtenDate: string | undefined;
  const leading = Array.from(container.children).slice(0, 6);
  for (const block of leading) {
    const text = visibleText(block);
    const publication = publicationLine.exec(text);
    const byline = bylinePattern.exec(text);
    if (tagOf(block) === 'p' && publication?.[1] && countWordsIn(text) <= 14) {
      writtenDate ??= readWrittenDate(publication[1], options.now);
      if (!options.keepClutter) {
        dropped.push({ kind: 'publication-line', text });
        block.remove();
      }
    } else if (tagOf(block) === 'p' && byline?.[1] && countWordsIn(text) <= 14) {
      facts.authors = byline[1]
        .split(/\s*(?:,|\band\b|&)\s*/u)
        .map((name) => name.trim())
        .filter((name) => name.length > 1)
        .slice(0, 20);
      if (!options.keepClutter) {
        dropped.push({ kind: 'byline', text });
        block.remove();
      }
    } else if (tagOf(block) === 'p' && !facts.datelinePlace) {
      const dateline = readDateline(text, options.now);
      if (dateline) {
        facts.datelinePlace = dateline.place.slice(0, 120);
        if (dateline.date) writtenDate = dateline.date;
      }
    }
  }
  const reportNumber = reportNumberPattern.exec(facts.title)?.[1];
  if (reportNumber && Number(reportNumber) >= 1) facts.reportNumber = Number(reportNumber);
  for (const block of Array.from(container.children).slice(0, 4)) {
    const text = visibleText(block);
    const period = periodLead.test(text) ? readPeriod(text) : undefined;
    if (period && !facts.periodStart) {
      facts.periodStart = period.start;
      facts.periodEnd = period.end;
    }
    const asOf = asOfPattern.exec(text)?.[1];
    if (asOf) writtenDate ??= readWrittenDate(asOf, options.now);
  }
  facts.eventDate = writtenDate ?? machineDate ?? '';
  return { facts, dropped };
}
