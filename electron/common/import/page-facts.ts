import { declaredPageLanguage } from '../language/declared-page-language';
import { firstElementChildren, lastElementChildren } from './element-children';
import { countWordsIn, type ImportDocument, type ImportElement, tagOf, visibleText } from './import-dom';
import type { ArticleReading, DroppedClutter } from './import-result';
import { readPageMetaFacts } from './page-meta-facts';
import { readBylineNames } from './read-byline';
import { readDateline, readMachineDate, readPeriod, readWrittenDate } from './read-dates';

export interface PageFacts {
  title: string;
  datelinePlace: string;
  eventDate: string;
  authors: string[];
  reportNumber: number | null;
  periodStart: string;
  periodEnd: string;
  /** The page's declared language (`<html lang>`), canonical; '' when it declares none or an invalid one. */
  language: string;
}

const reportNumberPattern =
  /\b(?:report|update|sitrep|bulletin|brief)\b[^.]{0,40}?\b(?:no\.?|number|#)\s*(\d{1,6})\b/iu;
const asOfPattern = /\bas of\b(.{3,40})/iu;
const periodLead = /\b(?:period covered|covers|covering|reporting period|period)\b/iu;

const publicationLine = /^(?:published|updated|posted|last updated|first published)\b[\s:,-]*(.{3,80})$/iu;

const reportingCredit = /^(?:reporting|reported|written|writing) by\s+([^;.]{3,120})/iu;

/** Dates, datelines, bylines and periods sit at the start of a block: patterns only ever see this much of it. */
const factTextLength = 400;

function splitNames(names: string): string[] {
  return names
    .split(/\s*(?:,|\band\b|&)\s*/u)
    .map((name) => name.trim())
    .filter((name) => name.length > 1)
    .slice(0, 20);
}

/** A line that is only a date and time, as pages print under the headline: "26 Nov 2026, 05:12 EET". */
function isDateOnlyLine(text: string, now: Date): boolean {
  if (text.length > 60 || !readWrittenDate(text, now)) return false;
  const rest = text
    .replace(/\b\d{1,2}[:.]\d{2}\b/g, '')
    .replace(/\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?/giu, '')
    .replace(/\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|\b(?:am|pm|utc|gmt|[a-z]{1,4}t)\b/giu, '');
  return !/\p{L}/u.test(rest);
}

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
  options: { plainText: boolean; keepClutter: boolean; now: Date; article?: ArticleReading },
): { facts: PageFacts; dropped: DroppedClutter[] } {
  const meta = page ? readPageMetaFacts(page) : {};
  const facts: PageFacts = {
    title: '',
    datelinePlace: '',
    eventDate: '',
    authors: [],
    reportNumber: null,
    periodStart: '',
    periodEnd: '',
    language: declaredPageLanguage({
      htmlLang: page?.querySelector('html')?.getAttribute('lang'),
      contentLanguage: meta.contentLanguage,
      ogLocale: meta.ogLocale,
    }),
  };
  const dropped: DroppedClutter[] = [];
  const firstHeading = container.querySelector('h1');
  const titleElement = page?.querySelector('title');
  const pageTitle =
    options.article?.title.replace(/\s+/g, ' ').trim().slice(0, factTextLength) ||
    (titleElement ? withoutSiteName(visibleText(titleElement).slice(0, factTextLength)) : '');
  const first = container.firstElementChild;
  if (firstHeading) {
    facts.title = visibleText(firstHeading);
    // Short headings above the headline are kickers ("Flash alert", "Analysis"), not sections.
    // Each block's successor is read before the block may be removed; the walk stops at the headline or earlier.
    let next: ImportElement | null = null;
    for (let block = first; block; block = next) {
      next = block.nextElementSibling;
      if (block === firstHeading || !/^h[2-6]$/.test(tagOf(block)) || countWordsIn(visibleText(block)) > 6) break;
      if (options.keepClutter) continue;
      dropped.push({ kind: 'kicker', text: visibleText(block) });
      block.remove();
    }
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
    readMachineDate(meta.timeDatetime) ??
    readMachineDate(meta.publishedTime) ??
    readMachineDate(meta.metaDate) ??
    readMachineDate(options.article?.publishedTime);
  let writtenDate: string | undefined;
  const leading = firstElementChildren(container, 6);
  for (const block of leading) {
    const whole = visibleText(block);
    const words = countWordsIn(whole);
    const text = whole.slice(0, factTextLength);
    const publication = publicationLine.exec(text);
    const bylineNames = readBylineNames(text);
    const dateOnly = isDateOnlyLine(text, options.now);
    if (tagOf(block) === 'p' && ((publication?.[1] && words <= 14) || dateOnly)) {
      writtenDate ??= readWrittenDate(publication?.[1] ?? text, options.now);
      if (!options.keepClutter) {
        dropped.push({ kind: 'publication-line', text });
        block.remove();
      }
    } else if (tagOf(block) === 'p' && bylineNames && words <= 14) {
      facts.authors = splitNames(bylineNames);
      // "By Anna Kovalenko, Nov. 19, 2019 8:03 am ET": the byline's date is the story's.
      writtenDate ??= readWrittenDate(text.slice(text.indexOf(bylineNames) + bylineNames.length), options.now);
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
  const articleByline = options.article?.byline.slice(0, factTextLength) ?? '';
  if (facts.authors.length === 0 && articleByline) {
    facts.authors = splitNames(readBylineNames(articleByline) ?? articleByline);
  }
  if (facts.authors.length === 0) {
    const credit = lastElementChildren(container, 3)
      .map((block) => reportingCredit.exec(visibleText(block).slice(0, factTextLength))?.[1])
      .find(Boolean);
    if (credit) facts.authors = splitNames(credit);
  }
  const reportNumber = reportNumberPattern.exec(facts.title)?.[1];
  if (reportNumber && Number(reportNumber) >= 1) facts.reportNumber = Number(reportNumber);
  for (const block of firstElementChildren(container, 4)) {
    const text = visibleText(block).slice(0, factTextLength);
    const period = periodLead.test(text) ? readPeriod(text) : undefined;
    if (period && !facts.periodStart) {
      facts.periodStart = period.start;
      facts.periodEnd = period.end;
    }
    const asOf = asOfPattern.exec(text)?.[1];
    if (asOf) writtenDate ??= readWrittenDate(asOf, options.now);
  }
  facts.eventDate = writtenDate ?? machineDate ?? readWrittenDate(facts.title, options.now) ?? '';
  return { facts, dropped };
}
