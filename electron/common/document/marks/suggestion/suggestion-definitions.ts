import type { Mark } from '@tiptap/pm/model';
import { escapeHtml } from '../../../text/escape-html';
import type { BriefingMarkDefinition, HtmlRenderContext } from '../../briefing-node-definition';
import {
  renderDeletionMarkdown,
  renderDeletionWord,
  renderInsertionMarkdown,
  renderInsertionWord,
  renderModificationMarkdown,
} from './suggestion-formats';
import { DeletionMark, InsertionMark, ModificationMark } from './suggestion-marks';

/** The words a review export prints before a suggestion (text, not colour alone). */
export const suggestionLabels = {
  insertion: 'Inserted',
  deletion: 'Deleted',
  modification: 'Formatting changed',
} as const;

function dataId(mark: Mark): string {
  return escapeHtml(JSON.stringify(mark.attrs.id ?? null));
}

/** "[Inserted by Sam Editor, 26 Nov 2026, 09:02]" once per suggestion, in review exports only, just before it (outside its underline or strike). */
function label(kind: keyof typeof suggestionLabels, mark: Mark, context: HtmlRenderContext): string {
  const by = context.review?.suggestionBy(mark.attrs.id);
  if (by === undefined) return '';
  return `<span class="suggestion-label">[${escapeHtml(`${suggestionLabels[kind]}${by ? ` by ${by}` : ''}`)}]</span> `;
}

/**
 * Suggested edits (docs/review.md). Final exports never reach these renderers: they accept every
 * suggestion first (`documentForPurpose`). Review exports print a label before each suggestion.
 */
export const insertionDefinition: BriefingMarkDefinition = {
  extension: InsertionMark,
  export: {
    html: (mark, context) => [
      `${label('insertion', mark, context)}<ins class="suggestion-insertion" data-id="${dataId(mark)}">`,
      '</ins>',
    ],
    markdown: renderInsertionMarkdown,
    docx: renderInsertionWord,
  },
};

export const deletionDefinition: BriefingMarkDefinition = {
  extension: DeletionMark,
  export: {
    html: (mark, context) => [
      `${label('deletion', mark, context)}<del class="suggestion-deletion" data-id="${dataId(mark)}">`,
      '</del>',
    ],
    markdown: renderDeletionMarkdown,
    docx: renderDeletionWord,
  },
};

/** The library records formatting of text as a deletion and an insertion; `modification` marks blocks only. */
export const modificationDefinition: BriefingMarkDefinition = {
  extension: ModificationMark,
  blocksOnly: true,
  export: {
    html: (mark, context) => {
      const attribute = (name: string, value: unknown) => ` ${name}="${escapeHtml(JSON.stringify(value ?? null))}"`;
      const attrName =
        typeof mark.attrs.attrName === 'string' ? ` data-mod-attr="${escapeHtml(mark.attrs.attrName)}"` : '';
      return [
        `<span class="suggestion-modification" data-type="modification" data-id="${dataId(mark)}" data-mod-type="${escapeHtml(String(mark.attrs.type))}"${attrName}${attribute('data-mod-prev-val', mark.attrs.previousValue)}${attribute('data-mod-new-val', mark.attrs.newValue)}>${label('modification', mark, context)}`,
        '</span>',
      ];
    },
    // It marks blocks, whose text Markdown and Word render through their own runs: only a label is left to give.
    markdown: renderModificationMarkdown,
    docx: (mark) => ({ change: { kind: 'formatting', id: mark.attrs.id as string | number } }),
  },
};
