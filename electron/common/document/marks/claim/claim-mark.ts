import { Mark, mergeAttributes } from '@tiptap/core';
import { replaceControlCharacters } from '../../../text/control-characters';
import { isZonedDateTimeText } from '../../../time/zoned-time';
import { type ClaimStatus, claimStatusLabels, claimStatusSymbols, isClaimStatus } from './claim-status';

export interface ClaimAttributes {
  status: ClaimStatus;
  /** Who set the status, as the author name in Settings. */
  setBy: string;
  /** When the status was set: an instant with its zone, or empty. */
  setAt: string;
  /** What was checked and how; for the desk, printed only in review exports. */
  note: string;
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    claim: {
      /** Marks the selected text as a claim, or changes the status of the claim there. */
      setClaim: (attributes: Partial<ClaimAttributes>) => ReturnType;
      /** Removes the claim mark from the selected text. */
      removeClaim: () => ReturnType;
    };
  }
}

const shortText = (value: string | null, maximum: number) =>
  replaceControlCharacters(value ?? '')
    .trim()
    .slice(0, maximum);

/** The attribute values a claim may hold; anything else becomes its default. */
export function readClaimAttributes(attributes: Record<string, unknown>): ClaimAttributes {
  const text = (value: unknown, maximum: number) => (typeof value === 'string' ? shortText(value, maximum) : '');
  const setAt = text(attributes.setAt, 100);
  return {
    status: isClaimStatus(attributes.status) ? attributes.status : 'unstarted',
    setBy: text(attributes.setBy, 120),
    setAt: isZonedDateTimeText(setAt) ? setAt : '',
    note: text(attributes.note, 1000),
  };
}

/** A span of text stated as a claim, with its verification status, who set it and when, and a note. */
export const ClaimMark = Mark.create({
  name: 'claim',
  // Outside every other mark, so one claim stays one span whatever formatting it holds.
  priority: 1200,
  inclusive: false,

  addAttributes() {
    return {
      status: {
        default: 'unstarted',
        parseHTML: (element) => readClaimAttributes({ status: element.getAttribute('data-claim-status') }).status,
        renderHTML: (attributes) => ({
          'data-claim-status': attributes.status,
          // Shown beside the text by the editor's style sheet, with a symbol: never colour alone.
          'data-claim-label': `${claimStatusSymbols[attributes.status as ClaimStatus] ?? ''} ${claimStatusLabels[attributes.status as ClaimStatus] ?? ''}`,
          title: `Claim: ${claimStatusLabels[attributes.status as ClaimStatus] ?? ''}`,
        }),
      },
      setBy: {
        default: '',
        parseHTML: (element) => shortText(element.getAttribute('data-claim-set-by'), 120),
        renderHTML: (attributes) => ({ 'data-claim-set-by': attributes.setBy }),
      },
      setAt: {
        default: '',
        parseHTML: (element) => readClaimAttributes({ setAt: element.getAttribute('data-claim-set-at') }).setAt,
        renderHTML: (attributes) => ({ 'data-claim-set-at': attributes.setAt }),
      },
      note: {
        default: '',
        parseHTML: (element) => shortText(element.getAttribute('data-claim-note'), 1000),
        renderHTML: (attributes) => ({ 'data-claim-note': attributes.note }),
      },
    };
  },

  parseHTML() {
    return [
      { tag: 'span[data-claim-status]' },
      // A review export's status label describes the claim; read back it is not text.
      { tag: 'span.claim-status-label', ignore: true, priority: 100 },
    ];
  },

  renderHTML({ HTMLAttributes }) {
    return ['span', mergeAttributes(HTMLAttributes, { class: 'claim' }), 0];
  },

  addCommands() {
    return {
      setClaim:
        (attributes) =>
        ({ commands, editor }) => {
          const current = editor.getAttributes(this.name);
          return commands.setMark(this.name, readClaimAttributes({ ...current, ...attributes }));
        },
      removeClaim:
        () =>
        ({ commands }) =>
          commands.unsetMark(this.name),
    };
  },
});
