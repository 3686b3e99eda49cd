import type { TagParseRule } from '@tiptap/pm/model';
import { escapeHtml } from '../text/escape-html';

const markerTags = ['p', 'li', 'dd'] as const;

/**
 * What a review export prints where a final export leaves an unfinished part out: a labelled note
 * the editor sees in print too (text, not colour alone). `tag` fits where it stands, e.g. `li` in a list.
 */
export function renderUnfinishedMarker(text: string, tag: (typeof markerTags)[number] = 'p'): string {
  return `<${tag} class="unfinished-part">${escapeHtml(`Unfinished: ${text}`)}</${tag}>`;
}

/** A review export read back (import, paste) drops the markers: they describe the document, they are not its text. */
export const unfinishedMarkerParseRules: readonly TagParseRule[] = markerTags.map((tag) => ({
  tag: `${tag}.unfinished-part`,
  ignore: true,
  priority: 100,
}));
