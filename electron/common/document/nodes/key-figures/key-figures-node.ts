import { mergeAttributes, Node } from '@tiptap/core';
import { sourceIdPattern } from '../../../briefing/source-list';
import { replaceControlCharacters } from '../../../text/control-characters';
import { parseTypedDateTime } from '../../../time/parse-typed-date-time';
import { isZonedDateTimeText, zonedFromOffsetDateTime } from '../../../time/zoned-time';
import { insertBlock } from '../../insert-block';

export interface KeyFigureAttributes {
  /** The number as written, e.g. "42" or "1.2 million". */
  value: string;
  /** What it counts, e.g. "drone strikes". */
  label: string;
  /** Who says so, e.g. "Ukrainian Air Force", as written; `sourceId` names it in the source list instead. */
  source: string;
  /** The id of its source in the briefing's source list, or empty. */
  sourceId: string;
  /** When the figure was true: an instant with its zone (`ZonedDateTimeText`), or empty when unknown. */
  asOf: string;
}

export const keyFigureFields = ['value', 'label', 'source', 'asOf'] as const;

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    keyFigures: {
      /** Inserts a row of key figures after the current block, its first figure selected. */
      insertKeyFigures: (figures?: Partial<KeyFigureAttributes>[]) => ReturnType;
    };
  }
}

function clean(value: string | null): string {
  return replaceControlCharacters(value ?? '')
    .trim()
    .slice(0, 200);
}

/**
 * A pasted or imported "as of" as a stored time: kept when it already is one, an
 * ISO time with an offset keeps its instant (shown in UTC), an unambiguous typed
 * time is read in UTC; undefined when it names no time without guessing.
 */
export function readKeyFigureAsOf(text: string): string | undefined {
  if (text === '' || isZonedDateTimeText(text)) return text;
  const fromOffset = zonedFromOffsetDateTime(text, 'UTC');
  if (fromOffset !== undefined) return fromOffset;
  const typed = parseTypedDateTime(text, 'UTC');
  return typed.ok ? typed.value : undefined;
}

/** The part of a parsed element the attributes read; common code has no DOM types. */
interface ParsedElement {
  getAttribute(name: string): string | null;
}

/** The source, with an "as of" that names no time kept beside it as written rather than guessed or lost. */
function sourceWithUnreadAsOf(element: ParsedElement): string {
  const source = clean(element.getAttribute('data-source'));
  const asOf = clean(element.getAttribute('data-asof'));
  if (readKeyFigureAsOf(asOf) !== undefined) return source;
  return `${source}${source ? ' ' : ''}(as of ${asOf})`.slice(0, 200);
}

const parseAttribute: Record<(typeof keyFigureFields)[number], (element: ParsedElement) => string> = {
  value: (element) => clean(element.getAttribute('data-value')),
  label: (element) => clean(element.getAttribute('data-label')),
  source: sourceWithUnreadAsOf,
  asOf: (element) => readKeyFigureAsOf(clean(element.getAttribute('data-asof'))) ?? '',
};

/** A source id as stored, or empty for anything that is not one. */
export function readSourceId(value: unknown): string {
  return typeof value === 'string' && sourceIdPattern.test(value) ? value : '';
}

/** A row of key figures (value, label, source, as-of), shown prominently near the top. */
export const KeyFiguresNode = Node.create({
  name: 'keyFigures',
  group: 'block',
  content: 'keyFigure+',
  defining: true,
  draggable: true,

  parseHTML() {
    return [{ tag: 'div[data-key-figures]' }, { tag: 'dl.key-figures' }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['div', mergeAttributes(HTMLAttributes, { 'data-key-figures': '', class: 'key-figures' }), 0];
  },

  addCommands() {
    return {
      insertKeyFigures:
        (figures = [{}]) =>
        (props) =>
          insertBlock(
            props,
            {
              type: 'keyFigures',
              content: (figures.length > 0 ? figures : [{}]).map((figure) => ({ type: 'keyFigure', attrs: figure })),
            },
            'after-block',
          ),
    };
  },
});

/** One key figure; its four fields are attributes edited in place by the editor's node view. */
export const KeyFigureNode = Node.create({
  name: 'keyFigure',
  atom: true,
  selectable: true,

  addAttributes() {
    return {
      ...Object.fromEntries(
        keyFigureFields.map((field) => [
          field,
          {
            default: '',
            parseHTML: parseAttribute[field],
            renderHTML: (attributes: Record<string, string>) => ({
              [`data-${field.toLowerCase()}`]: attributes[field],
            }),
          },
        ]),
      ),
      sourceId: {
        default: '',
        parseHTML: (element: ParsedElement) => readSourceId(element.getAttribute('data-source-id')),
        renderHTML: (attributes: Record<string, string>) => ({ 'data-source-id': attributes.sourceId }),
      },
    };
  },

  parseHTML() {
    return [{ tag: 'div[data-key-figure]' }];
  },

  renderHTML({ node, HTMLAttributes }) {
    const { value, label, source, asOf } = node.attrs as KeyFigureAttributes;
    return [
      'div',
      { ...HTMLAttributes, 'data-key-figure': '', class: 'key-figure' },
      ['span', { class: 'key-figure-value' }, value],
      ['span', { class: 'key-figure-label' }, label],
      ['span', { class: 'key-figure-source' }, [source, asOf].filter(Boolean).join(', ')],
    ];
  },
});
