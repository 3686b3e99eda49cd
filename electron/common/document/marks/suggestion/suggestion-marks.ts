import { Mark } from '@tiptap/core';
import { suggestionIdSchema } from '../../../review/review-records';

/** The part of a DOM element the parse rules read (electron/common has no DOM types). */
type AttributeSource = { getAttribute(name: string): string | null };

/** A suggestion id read from `data-id` (JSON, as the library writes it), or null when it is not one. */
export function parseSuggestionIdAttribute(value: string | null | undefined): string | number | null {
  if (!value) return null;
  try {
    const parsed: unknown = JSON.parse(value);
    return suggestionIdSchema.safeParse(parsed).success ? (parsed as string | number) : null;
  } catch {
    return null;
  }
}

const idAttribute = {
  id: {
    default: null,
    validate: 'number|string',
    parseHTML: (element: AttributeSource) => parseSuggestionIdAttribute(element.getAttribute('data-id')),
    renderHTML: (attributes: Record<string, unknown>) => ({ 'data-id': JSON.stringify(attributes.id) }),
  },
};

// Above strike's and underline's `del`/`ins` rules: a suggestion is not formatting.
const withId = (tag: string) => [
  {
    tag: `${tag}[data-id]`,
    priority: 100,
    getAttrs: (element: AttributeSource) =>
      parseSuggestionIdAttribute(element.getAttribute('data-id')) === null ? false : null,
  },
];

/**
 * Text (or a block) suggested for insertion: `@handlewithcare/prosemirror-suggest-changes`'
 * `insertion` mark spec, under its name, in TipTap's form so it joins the registry.
 */
export const InsertionMark = Mark.create({
  name: 'insertion',
  inclusive: false,
  excludes: 'deletion modification insertion',
  addAttributes: () => idAttribute,
  // A review export's label describes the suggestion; it is not the briefing's text.
  parseHTML: () => [
    { tag: 'span.suggestion-label', ignore: true, priority: 100 },
    { tag: 'p.suggestion-block-label', ignore: true, priority: 100 },
    ...withId('ins'),
  ],
  renderHTML: ({ HTMLAttributes }) => ['ins', { ...HTMLAttributes, class: 'suggestion-insertion' }, 0],
});

/** Text (or a block) suggested for deletion; it stays in the body until the suggestion is accepted. */
export const DeletionMark = Mark.create({
  name: 'deletion',
  inclusive: false,
  excludes: 'insertion modification deletion',
  addAttributes: () => idAttribute,
  parseHTML: () => withId('del'),
  renderHTML: ({ HTMLAttributes }) => ['del', { ...HTMLAttributes, class: 'suggestion-deletion' }, 0],
});

/** An attribute holding any JSON value (a mark or an attribute's value), written to `htmlName` as JSON. */
const jsonAttribute = (htmlName: string, attributeName: string) => ({
  default: null,
  parseHTML: (element: AttributeSource) => {
    try {
      return JSON.parse(element.getAttribute(htmlName) ?? 'null');
    } catch {
      return null;
    }
  },
  renderHTML: (attributes: Record<string, unknown>) => ({ [htmlName]: JSON.stringify(attributes[attributeName]) }),
});

/** A block whose attributes or marks were suggested to change (e.g. a heading's level); its text is unchanged. */
export const ModificationMark = Mark.create({
  name: 'modification',
  inclusive: false,
  excludes: 'deletion insertion',
  addAttributes: () => ({
    ...idAttribute,
    type: {
      default: 'attr',
      validate: 'string',
      parseHTML: (element: AttributeSource) => element.getAttribute('data-mod-type') ?? 'attr',
      renderHTML: (attributes: Record<string, unknown>) => ({ 'data-mod-type': attributes.type }),
    },
    attrName: {
      default: null,
      validate: 'string|null',
      parseHTML: (element: AttributeSource) => element.getAttribute('data-mod-attr'),
      renderHTML: (attributes: Record<string, unknown>) =>
        attributes.attrName === null ? {} : { 'data-mod-attr': attributes.attrName },
    },
    previousValue: jsonAttribute('data-mod-prev-val', 'previousValue'),
    newValue: jsonAttribute('data-mod-new-val', 'newValue'),
  }),
  parseHTML: () => [
    {
      tag: "span[data-type='modification']",
      getAttrs: (element: AttributeSource) =>
        parseSuggestionIdAttribute(element.getAttribute('data-id')) === null ? false : null,
    },
  ],
  renderHTML: ({ HTMLAttributes }) => [
    'span',
    { ...HTMLAttributes, 'data-type': 'modification', class: 'suggestion-modification' },
    0,
  ],
});
