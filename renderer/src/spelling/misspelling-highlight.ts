import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { EditorView } from '@tiptap/pm/view';
import { contentDifference } from '../editor/content-difference';

/** The name the underlines go by in `CSS.highlights`, styled by `::highlight(misspelling)` in spelling.css. */
export const misspellingHighlightName = 'misspelling';

/** A misspelled word's place in the document. */
export interface UnderlineRange {
  from: number;
  to: number;
}

/** One underline drawn: where it was in the document when drawn, and the DOM range given to the highlight. */
interface DrawnUnderline extends UnderlineRange {
  range: AbstractRange;
}

/** The part of the document an edit replaced: `from` is the same in both versions, `toBefore`/`toAfter` differ. */
interface ReplacedRange {
  from: number;
  toBefore: number;
  toAfter: number;
}

/** The highlight all editors of the page draw into, created and registered on first use; none without the API. */
function sharedHighlight(): Highlight | undefined {
  const registry = globalThis.CSS?.highlights;
  if (!registry || typeof Highlight === 'undefined') return undefined;
  const existing = registry.get(misspellingHighlightName);
  if (existing) return existing;
  const highlight = new Highlight();
  highlight.type = 'spelling-error';
  registry.set(misspellingHighlightName, highlight);
  return highlight;
}

/**
 * The textblocks around what changed between `before` and `after`, in both versions; undefined when the
 * documents hold the same content. Whole textblocks, because their text nodes' offsets move with the edit.
 */
function replacedTextblocks(before: ProseMirrorNode, after: ProseMirrorNode): ReplacedRange | undefined {
  const difference = contentDifference(before, after);
  if (!difference) return undefined;
  const { start, endBefore, endAfter } = difference;
  const $start = after.resolve(start);
  const $end = after.resolve(endAfter);
  const from = $start.parent.isTextblock ? $start.start() : start;
  const toAfter = $end.parent.isTextblock ? $end.end() : endAfter;
  return { from, toBefore: endBefore + (toAfter - endAfter), toAfter };
}

/**
 * Draws the misspelling underlines with the CSS Custom Highlight API instead of elements in the text: no
 * DOM node is added to the editable body, so typing, and Chromium placing the caret, cost the same as
 * without underlines. Each underline is a `StaticRange` over the editor's DOM; after an edit only the
 * underlines of the textblocks it touched are drawn again, the others' positions are moved along.
 */
export class MisspellingHighlight {
  readonly #highlight = sharedHighlight();
  #drawn: DrawnUnderline[] = [];

  constructor(private readonly view: EditorView) {}

  /**
   * Draws `underlines` in place of the ones drawn, once `update` has brought those to the view's document: after
   * a check's answer, a hidden word, turning off. An underline already drawn over the same range keeps its DOM range.
   */
  redraw(underlines: readonly UnderlineRange[]): void {
    if (!this.#highlight) return;
    const drawnAt = new Map(this.#drawn.map((drawn) => [`${drawn.from}:${drawn.to}`, drawn]));
    this.#drawn = underlines.map((underline) => {
      const key = `${underline.from}:${underline.to}`;
      const drawn = drawnAt.get(key);
      drawnAt.delete(key);
      return drawn ?? this.#draw(underline);
    });
    for (const { range } of drawnAt.values()) this.#highlight.delete(range);
    this.#redrawDetached();
  }

  /**
   * Brings the drawing up to date after the document changed from `before` to the view's document;
   * `underlinesBetween` gives the underlines of a range of the new document, in order.
   */
  update(before: ProseMirrorNode, underlinesBetween: (from: number, to: number) => UnderlineRange[]): void {
    if (!this.#highlight) return;
    const after = this.view.state.doc;
    const replaced = before === after ? undefined : replacedTextblocks(before, after);
    if (replaced) {
      const shift = replaced.toAfter - replaced.toBefore;
      const kept: DrawnUnderline[] = [];
      const moved: DrawnUnderline[] = [];
      for (const drawn of this.#drawn) {
        if (drawn.to <= replaced.from) kept.push(drawn);
        else if (drawn.from >= replaced.toBefore) {
          drawn.from += shift;
          drawn.to += shift;
          moved.push(drawn);
        } else this.#highlight?.delete(drawn.range);
      }
      const redrawn = underlinesBetween(replaced.from, replaced.toAfter)
        .filter((underline) => underline.from >= replaced.from && underline.to <= replaced.toAfter)
        .map((underline) => this.#draw(underline));
      this.#drawn = [...kept, ...redrawn, ...moved];
    }
    this.#redrawDetached();
  }

  /** Takes this editor's underlines out of the page's highlight. */
  destroy(): void {
    for (const { range } of this.#drawn) this.#highlight?.delete(range);
    this.#drawn = [];
  }

  /** The editor may redraw a block without an edit (another plugin's decorations changed): its old nodes are gone. */
  #redrawDetached(): void {
    this.#drawn.forEach((drawn, index) => {
      if (drawn.range.startContainer.isConnected && drawn.range.endContainer.isConnected) return;
      this.#highlight?.delete(drawn.range);
      this.#drawn[index] = this.#draw(drawn);
    });
  }

  #draw({ from, to }: UnderlineRange): DrawnUnderline {
    const start = this.view.domAtPos(from, 1);
    const end = this.view.domAtPos(to, -1);
    const range = new StaticRange({
      startContainer: start.node,
      startOffset: start.offset,
      endContainer: end.node,
      endOffset: end.offset,
    });
    this.#highlight?.add(range);
    return { from, to, range };
  }
}
