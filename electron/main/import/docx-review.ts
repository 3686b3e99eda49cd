import { DOMParser } from 'linkedom';
import type { ImportedReview } from '../../common/import/anchor-imported-review';
import {
  reviewAnchorMarker,
  reviewAnchorsPerKind,
  withoutReviewAnchorMarkers,
} from '../../common/import/review-anchor-markers';
import { newReviewId } from '../../common/review/review-ids';
import type { CommentMessage, CommentThread, SuggestionRecord } from '../../common/review/review-records';

/** The part of linkedom's XML DOM read here (electron/main compiles without the DOM library). */
interface XmlNode {
  nodeType: number;
  textContent: string | null;
  parentNode: XmlElement | null;
  previousSibling: XmlNode | null;
  nextSibling: XmlNode | null;
  firstChild: XmlNode | null;
}

interface XmlElement extends XmlNode {
  tagName: string;
  getAttribute(name: string): string | null;
  setAttribute(name: string, value: string): void;
  getElementsByTagName(name: string): ArrayLike<XmlElement>;
  insertBefore(node: XmlNode, before: XmlNode | null): void;
  appendChild(node: XmlNode): void;
  removeChild(node: XmlNode): void;
  replaceChild(node: XmlNode, old: XmlNode): void;
}

interface XmlDocument extends XmlElement {
  documentElement: XmlElement;
  createElement(name: string): XmlElement;
  createTextNode(text: string): XmlNode;
  toString(): string;
}

/** Word's parts as Word, LibreOffice and pandoc write them: WordprocessingML under the `w:` prefix. */
function parseXml(xml: string): XmlDocument {
  return new DOMParser().parseFromString(xml, 'text/xml') as unknown as XmlDocument;
}

/** What the briefing's review may hold (`briefingReviewSchema`); past it, Word's review stays in Word. */
const mostThreads = 500;
const mostSuggestions = Math.min(5000, reviewAnchorsPerKind);
const mostMessages = 200;

/** The review of a Word document, and its body with the review's places marked for the import. */
export interface DocxReview extends ImportedReview {
  /** `word/document.xml` with marker runs where comments and tracked changes start and end. */
  documentXml: string;
  /** Tracked changes the import cannot offer as suggestions (shown as if accepted), by kind. */
  acceptedChanges: { paragraphs: number; rows: number; moves: number; formatting: number; overLimit: number };
  /** Comments past the briefing's limits, left out. */
  commentsLeftOut: number;
}

interface WordComment {
  wordId: string;
  message: CommentMessage;
  /** `w14:paraId` of the comment's paragraphs: replies and "done" name the last one. */
  paragraphIds: string[];
}

const elements = (root: XmlNode, name: string): XmlElement[] =>
  Array.from((root as XmlElement).getElementsByTagName(name));

/** Every element under `root`, in document order. */
function elementsInOrder(root: XmlElement): XmlElement[] {
  const found: XmlElement[] = [];
  const pending: XmlNode[] = [root];
  for (let node = pending.pop(); node; node = pending.pop()) {
    if (node.nodeType !== 1) continue;
    found.push(node as XmlElement);
    const children: XmlNode[] = [];
    for (let child = node.firstChild; child; child = child.nextSibling) children.push(child);
    pending.push(...children.reverse());
  }
  return found;
}

const wordAttribute = (element: XmlElement, name: string) => element.getAttribute(`w:${name}`) ?? '';

/** An instant with its offset; Word writes local times without one, read as UTC (Word's own default). */
function instantOf(value: string, fallback: Date): string {
  const time = new Date(/[zZ]|[+-]\d\d:\d\d$/.test(value) ? value : `${value}Z`);
  return Number.isNaN(time.getTime()) ? fallback.toISOString() : time.toISOString();
}

function personOf(value: string): string {
  return value.replace(/\s+/g, ' ').trim().slice(0, 120) || 'Unknown reviewer';
}

function readComments(commentsXml: string | undefined, now: Date): WordComment[] {
  if (!commentsXml) return [];
  const document = parseXml(commentsXml);
  return elements(document, 'w:comment').map((comment) => {
    const paragraphs = elements(comment, 'w:p');
    const text = paragraphs
      .map((paragraph) =>
        elements(paragraph, 'w:t')
          .map((run) => run.textContent ?? '')
          .join(''),
      )
      .join('\n')
      .trim()
      .slice(0, 5000);
    return {
      wordId: wordAttribute(comment, 'id'),
      // LibreOffice writes no paragraph ids on plain comments: a stand-in id links its replies.
      paragraphIds: paragraphs
        .map((paragraph) => paragraph.getAttribute('w14:paraId') ?? '')
        .filter(Boolean)
        .concat(`comment ${wordAttribute(comment, 'id')}`),
      message: {
        id: newReviewId('m'),
        author: personOf(wordAttribute(comment, 'author')),
        at: instantOf(wordAttribute(comment, 'date'), now),
        text: text || '(The comment has no text in Word.)',
      },
    };
  });
}

/** Word 2013 and later: `commentsExtended.xml` names each reply's parent and which threads are done. */
function readCommentLinks(extendedXml: string | undefined): { parentOf: Map<string, string>; done: Set<string> } {
  const parentOf = new Map<string, string>();
  const done = new Set<string>();
  if (!extendedXml) return { parentOf, done };
  const document = parseXml(extendedXml);
  for (const entry of elements(document, 'w15:commentEx')) {
    const id = entry.getAttribute('w15:paraId') ?? '';
    const parent = entry.getAttribute('w15:paraIdParent');
    if (parent) parentOf.set(id, parent);
    if (entry.getAttribute('w15:done') === '1') done.add(id);
  }
  return { parentOf, done };
}

function markerRun(document: XmlDocument, marker: string): XmlElement {
  const run = document.createElement('w:r');
  const text = document.createElement('w:t');
  text.appendChild(document.createTextNode(marker));
  run.appendChild(text);
  return run;
}

const tagOf = (node: XmlNode | null) => (node?.nodeType === 1 ? (node as XmlElement).tagName : '');
const isParagraph = (node: XmlNode | null): boolean => tagOf(node) === 'w:p';

function enclosingParagraph(node: XmlNode): XmlElement | null {
  let current: XmlElement | null = node.parentNode;
  while (current && !isParagraph(current)) current = current.parentNode;
  return current;
}

/**
 * Puts a marker where a range element stands: in place inside a paragraph; a range
 * that starts or ends between paragraphs is marked at the start of the next one or
 * the end of the previous one.
 */
function placeMarker(
  document: XmlDocument,
  element: XmlElement,
  marker: string,
  edge: 'start' | 'end',
  order: Map<XmlElement, number>,
): void {
  const run = markerRun(document, marker);
  if (enclosingParagraph(element)) {
    element.parentNode?.insertBefore(run, element);
  } else {
    const following = edge === 'start';
    const place = order.get(element) ?? 0;
    const paragraphs = [...order].filter(([candidate]) => isParagraph(candidate));
    const target = following
      ? paragraphs.find(([, index]) => index > place)?.[0]
      : paragraphs.findLast(([, index]) => index < place)?.[0];
    if (target && following) {
      const properties = elements(target, 'w:pPr').find((candidate) => candidate.parentNode === target);
      target.insertBefore(run, properties ? properties.nextSibling : target.firstChild);
    } else if (target) {
      target.appendChild(run);
    }
  }
  element.parentNode?.removeChild(element);
}

/** Threads from Word's comments: replies joined to their parent, in the order Word lists them. */
function buildThreads(
  comments: WordComment[],
  links: ReturnType<typeof readCommentLinks>,
): { threads: CommentThread[]; threadOf: Map<string, number>; rootIds: Set<string>; leftOut: number } {
  const byParagraph = new Map<string, WordComment>();
  for (const comment of comments) for (const id of comment.paragraphIds) if (id) byParagraph.set(id, comment);
  const rootOf = (comment: WordComment): WordComment => {
    const seen = new Set<WordComment>();
    let current = comment;
    for (;;) {
      seen.add(current);
      const parentId = current.paragraphIds.map((id) => links.parentOf.get(id)).find(Boolean);
      const parent = parentId ? byParagraph.get(parentId) : undefined;
      if (!parent || seen.has(parent)) return current;
      current = parent;
    }
  };
  const threads: CommentThread[] = [];
  const threadOf = new Map<string, number>();
  const rootIds = new Set<string>();
  let leftOut = 0;
  for (const comment of comments) {
    if (rootOf(comment) !== comment) continue;
    if (threads.length >= mostThreads) {
      leftOut += 1;
      continue;
    }
    threadOf.set(comment.wordId, threads.length);
    rootIds.add(comment.wordId);
    threads.push({ id: newReviewId('c'), anchorQuote: '', messages: [comment.message], resolved: null });
  }
  for (const comment of comments) {
    const root = rootOf(comment);
    const index = threadOf.get(root.wordId);
    const thread = index === undefined ? undefined : threads[index];
    if (root === comment) continue;
    if (thread && index !== undefined && thread.messages.length < mostMessages) {
      thread.messages.push(comment.message);
      threadOf.set(comment.wordId, index);
    } else {
      leftOut += 1;
    }
  }
  for (const comment of comments) {
    const index = threadOf.get(comment.wordId);
    const thread = index === undefined ? undefined : threads[index];
    if (!thread || rootOf(comment) !== comment || !comment.paragraphIds.some((id) => links.done.has(id))) continue;
    // Word records that a thread is done, not who marked it or when: the thread's last message stands in.
    const last = thread.messages[thread.messages.length - 1] ?? comment.message;
    thread.resolved = { by: last.author, at: last.at };
  }
  return { threads, threadOf, rootIds, leftOut };
}

/**
 * LibreOffice (7.4) writes a reply as a comment with no range of its own whose
 * reference follows the parent's: read that as a reply, as LibreOffice shows it.
 */
function findPositionalReplies(body: XmlNode, ranged: Set<string>): Map<string, string> {
  const replies = new Map<string, string>();
  let previous: string | null = null;
  for (const reference of elements(body, 'w:commentReference')) {
    const id = wordAttribute(reference, 'id');
    const run = reference.parentNode;
    let between = run?.previousSibling ?? null;
    while (between && between.nodeType === 1 && tagOf(between) === 'w:r' && !between.textContent) {
      if (elements(between, 'w:commentReference').length > 0) break;
      between = between.previousSibling;
    }
    const follows =
      between?.nodeType === 1 &&
      elements(between, 'w:commentReference').some((other) => wordAttribute(other, 'id') === previous);
    if (!ranged.has(id) && previous !== null && follows) replies.set(id, replies.get(previous) ?? previous);
    previous = id;
  }
  return replies;
}

/**
 * Reads a Word document's comments and tracked changes and marks where each
 * applies in `document.xml`, for mammoth to carry through as text: comment
 * ranges, insertions and deletions (whose text comes back from `w:delText`).
 * Changes a briefing cannot suggest (paragraph marks, table rows, moves,
 * formatting) stay as mammoth shows them, accepted, and are counted.
 */
export function readDocxReview(
  documentXml: string,
  files: { comments?: string; commentsExtended?: string },
  now: Date,
): DocxReview {
  const document = parseXml(documentXml);
  const body = document.documentElement;
  const comments = readComments(files.comments, now);
  const links = readCommentLinks(files.commentsExtended);
  const ranged = new Set(elements(body, 'w:commentRangeStart').map((start) => wordAttribute(start, 'id')));
  const lastParagraphOf = new Map(comments.map((comment) => [comment.wordId, comment.paragraphIds.at(-1) ?? '']));
  for (const [reply, parent] of findPositionalReplies(body, ranged)) {
    const replyParagraph = lastParagraphOf.get(reply);
    const parentParagraph = lastParagraphOf.get(parent);
    if (replyParagraph && parentParagraph) links.parentOf.set(replyParagraph, parentParagraph);
  }
  const { threads, threadOf, rootIds, leftOut } = buildThreads(comments, links);

  const order = new Map(elementsInOrder(body).map((element, index) => [element, index]));
  for (const [name, edge] of [
    ['w:commentRangeStart', 'start'],
    ['w:commentRangeEnd', 'end'],
  ] as const) {
    for (const element of elements(body, name)) {
      const wordId = wordAttribute(element, 'id');
      const index = threadOf.get(wordId);
      // A reply's range repeats its parent's: only the thread's first comment marks the text.
      if (index === undefined || !rootIds.has(wordId)) {
        element.parentNode?.removeChild(element);
        continue;
      }
      placeMarker(
        document,
        element,
        reviewAnchorMarker(edge === 'start' ? 'comment-start' : 'comment-end', index),
        edge,
        order,
      );
    }
  }

  const suggestions: SuggestionRecord[] = [];
  const acceptedChanges = { paragraphs: 0, rows: 0, moves: 0, formatting: 0, overLimit: 0 };
  const changes = elementsInOrder(body).filter((element) => element.tagName === 'w:ins' || element.tagName === 'w:del');
  for (const change of changes) {
    const parent = change.parentNode as XmlElement | null;
    const kind = tagOf(change) === 'w:ins' ? 'insertion' : 'deletion';
    if (tagOf(parent) === 'w:rPr' && tagOf(parent?.parentNode ?? null) === 'w:pPr') {
      acceptedChanges.paragraphs += 1;
      continue;
    }
    if (tagOf(parent) === 'w:trPr') {
      acceptedChanges.rows += 1;
      continue;
    }
    // A change with no text (LibreOffice wraps comment references in one) has nothing to accept or reject.
    const text = withoutReviewAnchorMarkers(change.textContent ?? '');
    if (tagOf(parent) === 'w:rPr' || !enclosingParagraph(change) || text === '') continue;
    if (suggestions.length >= mostSuggestions) {
      acceptedChanges.overLimit += 1;
      continue;
    }
    const index = suggestions.length;
    suggestions.push({
      id: newReviewId('s'),
      author: personOf(wordAttribute(change, 'author')),
      at: instantOf(wordAttribute(change, 'date'), now),
    });
    change.insertBefore(markerRun(document, reviewAnchorMarker(`${kind}-start`, index)), change.firstChild);
    change.appendChild(markerRun(document, reviewAnchorMarker(`${kind}-end`, index)));
    if (kind === 'deletion') {
      // mammoth skips deleted text: its runs come out of `w:del`, their `w:delText` read as text again.
      for (const deleted of elements(change, 'w:delText')) {
        const text = document.createElement('w:t');
        text.setAttribute('xml:space', 'preserve');
        text.appendChild(document.createTextNode(deleted.textContent ?? ''));
        deleted.parentNode?.replaceChild(text, deleted);
      }
      while (change.firstChild) parent?.insertBefore(change.firstChild, change);
      parent?.removeChild(change);
    }
  }
  acceptedChanges.moves = elements(body, 'w:moveFrom').length;
  acceptedChanges.formatting = elements(body, 'w:rPrChange').length + elements(body, 'w:pPrChange').length;
  return {
    documentXml: document.toString(),
    threads,
    suggestions,
    acceptedChanges,
    commentsLeftOut: leftOut,
  };
}
