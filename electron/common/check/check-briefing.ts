import type { Mark, Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { BriefingMetadata } from '../briefing/briefing-metadata';
import { type BriefingContent, checkBriefingContent } from '../document/briefing-content';
import { claimStatusLabels, isClaimStatus } from '../document/marks/claim/claim-status';
import { epochMillisecondsOf } from '../time/zoned-time';
import { isBlocking } from './blocking-policy';
import type { CheckFinding, CheckFindingKind, CheckPlace, CheckReport } from './check-finding';
import { reportMisspellings, type SpellingLookup } from './spelling-findings';

export interface CheckOptions {
  /** The moment of the check: the embargo and staleness are judged against it. */
  now: Date;
  /** An "as of" older than this many hours is stale (Settings). */
  staleAfterHours: number;
  /** When given, each misspelled word is a finding (the CLI loads the dictionaries the briefing needs). */
  spelling?: SpellingLookup;
}

interface Walk {
  report: (kind: CheckFindingKind, message: string, place: CheckPlace) => void;
  options: CheckOptions;
  listedSources: ReadonlySet<string>;
}

const quote = (text: string) => `“${text.length > 60 ? `${text.slice(0, 59)}…` : text}”`;

/** True when a block has something a reader would see: text, a key figure's value, an image. */
function hasContent(node: ProseMirrorNode): boolean {
  if (node.isText) return (node.text ?? '').trim() !== '';
  if (node.type.name === 'keyFigure') return String(node.attrs.value ?? '').trim() !== '';
  if (node.type.name === 'figure' && node.attrs.src) return true;
  let found = false;
  node.forEach((child) => {
    found ||= hasContent(child);
  });
  return found;
}

const templateVariable = /\{\{\s*[a-zA-Z][\w-]*\s*\}\}/;

function isStale(asOf: string, options: CheckOptions): boolean {
  return epochMillisecondsOf(asOf) < options.now.getTime() - options.staleAfterHours * 3_600_000;
}

function checkSection(section: ProseMirrorNode, position: number, path: number[], walk: Walk): void {
  const heading = section.firstChild;
  const title = heading?.type.name === 'heading' ? heading.textContent.trim() : '';
  let body = false;
  section.forEach((child, _offset, index) => {
    if (index > 0) body ||= hasContent(child);
  });
  if (!body) {
    walk.report(
      'empty-section',
      `The section ${title ? quote(title) : 'without a title'} is empty: write it or remove it (a final export leaves it out).`,
      { in: 'body', position, path, description: `Section ${title ? quote(title) : '(untitled)'}` },
    );
  }
}

function checkKeyFigure(figure: ProseMirrorNode, position: number, path: number[], walk: Walk): void {
  const { value, label, source, sourceId, asOf } = figure.attrs as Record<string, string>;
  const name = quote(label || value || 'key figure');
  const place: CheckPlace = { in: 'body', position, path, description: `Key figure ${name}` };
  const listed = sourceId !== '' && walk.listedSources.has(sourceId as string);
  if (!listed && !source?.trim()) {
    walk.report('key-figure-without-source', `The key figure ${name} has no source: pick one from the list.`, place);
  }
  if (!asOf) {
    walk.report('key-figure-without-as-of', `The key figure ${name} has no “as of” time.`, place);
  } else if (isStale(asOf, walk.options)) {
    walk.report(
      'as-of-stale',
      `The key figure ${name} is more than ${walk.options.staleAfterHours} hours old: check it is still true.`,
      place,
    );
  }
}

function checkFigure(figure: ProseMirrorNode, position: number, path: number[], walk: Walk): void {
  const caption = figure.child(0).textContent.trim();
  const place: CheckPlace = {
    in: 'body',
    position,
    path,
    description: caption ? `Figure ${quote(caption)}` : 'Figure without a caption',
  };
  if (!figure.attrs.src) {
    walk.report('figure-without-image', 'A figure has no image yet (a final export leaves it out).', place);
    return;
  }
  if (!caption) walk.report('figure-without-caption', 'A figure has no caption.', place);
  if (!figure.child(1).textContent.trim()) walk.report('figure-without-credit', 'A figure has no credit.', place);
  if (!String(figure.attrs.alt ?? '').trim()) {
    walk.report('figure-without-alt-text', 'A figure has no alt text for readers who cannot see it.', place);
  }
}

/** Each run of one mark over adjacent text in a textblock, with its start position and text. */
function markRuns(
  block: ProseMirrorNode,
  start: number,
  name: string,
): { mark: Mark; position: number; text: string }[] {
  const runs: { mark: Mark; position: number; text: string }[] = [];
  block.forEach((child, offset) => {
    const mark = child.marks.find((candidate) => candidate.type.name === name);
    const last = runs.at(-1);
    if (mark && last?.mark.eq(mark) && last.position + last.text.length === start + offset) {
      last.text += child.text ?? '';
    } else if (mark) {
      runs.push({ mark, position: start + offset, text: child.text ?? '' });
    }
  });
  return runs;
}

function checkTextblock(block: ProseMirrorNode, position: number, path: number[], walk: Walk): void {
  const start = position + 1;
  for (const run of markRuns(block, start, 'claim')) {
    const status = isClaimStatus(run.mark.attrs.status) ? run.mark.attrs.status : 'unstarted';
    if (status === 'verified') continue;
    const place: CheckPlace = {
      in: 'body',
      position: run.position,
      end: run.position + run.text.length,
      path,
      description: `Claim ${quote(run.text)}`,
    };
    if (status === 'false') {
      walk.report('claim-false', `The claim ${quote(run.text)} is marked false: correct or remove it.`, place);
    } else {
      walk.report(
        'claim-unverified',
        `The claim ${quote(run.text)} is not verified (${claimStatusLabels[status].toLowerCase()}).`,
        place,
      );
    }
  }
  for (const run of markRuns(block, start, 'link')) {
    const href = String(run.mark.attrs.href ?? '').trim();
    const text = run.text.trim();
    if (text === href || `https://${text}` === href || `http://${text}` === href || `mailto:${text}` === href) {
      walk.report('bare-url-link', `The link text ${quote(text)} is the bare address: say where it leads.`, {
        in: 'body',
        position: run.position,
        path,
        description: `Link ${quote(text)}`,
      });
    }
  }
  const variable = block.textContent.match(templateVariable);
  if (variable) {
    walk.report('guidance-left', `The template prompt ${quote(variable[0])} is still in the text.`, {
      in: 'body',
      position,
      path,
      description: quote(block.textContent.trim()),
    });
  }
}

function visit(node: ProseMirrorNode, position: number, path: number[], walk: Walk): void {
  const name = node.type.name;
  if (name === 'section') checkSection(node, position, path, walk);
  if (name === 'keyFigure') checkKeyFigure(node, position, path, walk);
  if (name === 'figure') checkFigure(node, position, path, walk);
  if (name === 'listItem' && !hasContent(node)) {
    walk.report('empty-list-item', 'A list item is empty (a final export leaves it out).', {
      in: 'body',
      position,
      path,
      description: 'Empty list item',
    });
  }
  if (node.isTextblock) {
    checkTextblock(node, position, path, walk);
    return;
  }
  // Inside a figure only its caption and credit are text; they were checked with the figure.
  if (name === 'figure') return;
  node.forEach((child, offset, index) => {
    visit(child, position + 1 + offset, [...path, index], walk);
  });
}

function checkMetadata(metadata: BriefingMetadata, walk: Walk): void {
  const field = (name: keyof BriefingMetadata, description: string): CheckPlace => ({
    in: 'metadata',
    field: name,
    description,
  });
  if (!metadata.datelinePlace.trim()) {
    walk.report('missing-dateline', 'The briefing has no dateline.', field('datelinePlace', 'Dateline'));
  }
  if (metadata.authors.every((author) => !author.trim())) {
    walk.report('missing-author', 'The briefing names no author.', field('authors', 'Authors'));
  }
  if (metadata.asOf && isStale(metadata.asOf, walk.options)) {
    walk.report(
      'as-of-stale',
      `The briefing’s “as of” time is more than ${walk.options.staleAfterHours} hours old: update it.`,
      field('asOf', '“As of”'),
    );
  }
  if (metadata.embargoUntil && epochMillisecondsOf(metadata.embargoUntil) > walk.options.now.getTime()) {
    walk.report(
      'embargo-in-force',
      'The briefing is still under embargo: do not publish it before the embargo lifts.',
      field('embargoUntil', 'Embargo'),
    );
  }
}

/**
 * The pre-export check, one for the export dialog, the editor's check panel and `briefdesk check`:
 * every finding with its place and whether it blocks a final export at this briefing's classification.
 */
export function checkBriefing(
  briefing: { metadata: BriefingMetadata; content: BriefingContent },
  options: CheckOptions,
): CheckReport {
  const findings: CheckFinding[] = [];
  const walk: Walk = {
    options,
    listedSources: new Set(briefing.metadata.sources.map((source) => source.id)),
    report: (kind, message, place) =>
      findings.push({ kind, message, place, blocking: isBlocking(kind, briefing.metadata.classification) }),
  };
  checkMetadata(briefing.metadata, walk);
  const document = checkBriefingContent(briefing.content);
  if (document.ok) visit(document.node, -1, [], walk);
  if (document.ok && options.spelling) {
    reportMisspellings(document.node, briefing.metadata.language, options.spelling, walk.report);
  }
  return { findings, blocked: findings.some((finding) => finding.blocking) };
}
