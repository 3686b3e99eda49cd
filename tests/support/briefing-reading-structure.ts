import type { Mark, Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { Briefing } from '../../electron/common/briefing/briefing';
import { checkBriefingContent } from '../../electron/common/document/briefing-content';
import { readCitedSourceIds } from '../../electron/common/document/marks/citation/citation-mark';
import { exportLocaleOfBriefings } from '../../electron/main/export/format-export-date';
import { sourceEntryText } from '../../electron/main/export/source-entry-text';

/** What a reader of an exported briefing must find, whatever tool reads it: each as text. */
export interface BriefingReadingStructure {
  /** "h2 Section title", in order. */
  headings: string[];
  listItems: string[];
  tableCells: string[];
  /** A figure's caption and credit, as one line (figures with an image: a final export leaves the others out). */
  captions: string[];
  /** Notes at the foot of the page: the sources each citation cites, where key figures come from. */
  footnotes: string[];
}

/** The structure read from the briefing itself, for comparison with what another tool reads from an export. */
export function briefingReadingStructure(
  briefing: Briefing,
  formatDateTime: (iso: string) => string,
): BriefingReadingStructure {
  const check = checkBriefingContent(briefing.content);
  if (!check.ok) throw new Error(check.message);
  const structure: BriefingReadingStructure = {
    headings: [],
    listItems: [],
    tableCells: [],
    captions: [],
    footnotes: [],
  };
  const { sources, corrections, timeZone } = briefing.metadata;
  const entry = (id: string) => {
    const source = sources.find((candidate) => candidate.id === id);
    return source ? [sourceEntryText(source, timeZone, exportLocaleOfBriefings([briefing], undefined))] : [];
  };
  let previousCitation: Mark | undefined;
  check.node.descendants((node: ProseMirrorNode) => {
    const name = node.type.name;
    if (node.isText) {
      const citation = node.marks.find((mark) => mark.type.name === 'citation');
      // Runs that share one citation share its footnote.
      if (citation && !(previousCitation && citation.eq(previousCitation))) {
        const note = readCitedSourceIds(citation.attrs.sources).flatMap(entry).join('; ');
        if (note) structure.footnotes.push(note);
      }
      previousCitation = citation;
      return true;
    }
    previousCitation = undefined;
    if (name === 'heading' && node.textContent.trim())
      structure.headings.push(`h${node.attrs.level} ${node.textContent}`);
    if (name === 'listItem') structure.listItems.push(node.textContent);
    if (name === 'tableCell' || name === 'tableHeader') structure.tableCells.push(node.textContent);
    // A final export leaves out a figure still waiting for its image.
    if (name === 'figure' && node.attrs.src) {
      const line = [node.child(0).textContent.trim(), node.child(1).textContent.trim()].filter(Boolean).join(' ');
      if (line) structure.captions.push(line);
    }
    if (name === 'keyFigure') {
      const { source, sourceId, asOf } = node.attrs as { source: string; sourceId: string; asOf: string };
      const listed = sourceId ? entry(sourceId)[0] : undefined;
      const provenance = [listed ?? source, asOf ? `as of ${formatDateTime(asOf)}` : ''].filter(Boolean).join(', ');
      if (provenance) structure.footnotes.push(`${provenance}.`);
    }
    return true;
  });
  // After the body, as every export prints them: the sources and the corrections log.
  if (sources.length > 0) structure.headings.push('h2 Sources');
  if (corrections.length > 0) structure.headings.push('h2 Corrections and updates');
  return structure;
}

/** The items of `expected` that `found` lacks, counting repeats; [] when every one was found. */
export function missingFrom(found: readonly string[], expected: readonly string[]): string[] {
  const left = [...found];
  return expected.filter((item) => {
    const index = left.indexOf(item);
    if (index === -1) return true;
    left.splice(index, 1);
    return false;
  });
}
