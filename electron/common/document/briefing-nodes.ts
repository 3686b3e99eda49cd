import type { BriefingMarkDefinition, BriefingNodeDefinition } from './briefing-node-definition';
import { boldDefinition } from './marks/bold/bold-definition';
import { citationDefinition } from './marks/citation/citation-definition';
import { claimDefinition } from './marks/claim/claim-definition';
import { commentDefinition } from './marks/comment/comment-definition';
import { italicDefinition } from './marks/italic/italic-definition';
import { languageDefinition } from './marks/language/language-definition';
import { linkDefinition } from './marks/link/link-definition';
import { strikeDefinition } from './marks/strike/strike-definition';
import {
  deletionDefinition,
  insertionDefinition,
  modificationDefinition,
} from './marks/suggestion/suggestion-definitions';
import { underlineDefinition } from './marks/underline/underline-definition';
import { blockquoteDefinition } from './nodes/blockquote/blockquote-definition';
import { disclaimerDefinition } from './nodes/disclaimer/disclaimer-definition';
import { docDefinition } from './nodes/doc/doc-definition';
import { figureCaptionDefinition, figureCreditDefinition, figureDefinition } from './nodes/figure/figure-definitions';
import { hardBreakDefinition } from './nodes/hard-break/hard-break-definition';
import { headingDefinition } from './nodes/heading/heading-definition';
import { horizontalRuleDefinition } from './nodes/horizontal-rule/horizontal-rule-definition';
import { keyFigureDefinition, keyFiguresDefinition } from './nodes/key-figures/key-figures-definitions';
import { bulletListDefinition, listItemDefinition, orderedListDefinition } from './nodes/list/list-definitions';
import { paragraphDefinition } from './nodes/paragraph/paragraph-definition';
import { sectionDefinition } from './nodes/section/section-definition';
import {
  tableCellDefinition,
  tableDefinition,
  tableHeaderDefinition,
  tableRowDefinition,
} from './nodes/table/table-definitions';
import { textDefinition } from './nodes/text/text-definition';

/**
 * Every node of the briefing schema, keyed by its schema name: the one place a node type is
 * registered. Each entry must say how the node exports, reads as plain text and behaves in
 * templates, so the compiler refuses a node that lacks any of them. The order is the schema's
 * (TipTap's StarterKit order, then ours): it decides which parse rule wins, so append new nodes.
 */
export const briefingNodes = {
  blockquote: blockquoteDefinition,
  bulletList: bulletListDefinition,
  doc: docDefinition,
  hardBreak: hardBreakDefinition,
  heading: headingDefinition,
  horizontalRule: horizontalRuleDefinition,
  listItem: listItemDefinition,
  orderedList: orderedListDefinition,
  paragraph: paragraphDefinition,
  text: textDefinition,
  table: tableDefinition,
  tableRow: tableRowDefinition,
  tableHeader: tableHeaderDefinition,
  tableCell: tableCellDefinition,
  section: sectionDefinition,
  figure: figureDefinition,
  figureCaption: figureCaptionDefinition,
  figureCredit: figureCreditDefinition,
  keyFigures: keyFiguresDefinition,
  keyFigure: keyFigureDefinition,
  disclaimer: disclaimerDefinition,
} satisfies Record<string, BriefingNodeDefinition>;

/** Every mark of the briefing schema, keyed by its schema name. */
export const briefingMarks = {
  bold: boldDefinition,
  italic: italicDefinition,
  link: linkDefinition,
  language: languageDefinition,
  strike: strikeDefinition,
  underline: underlineDefinition,
  comment: commentDefinition,
  citation: citationDefinition,
  claim: claimDefinition,
  insertion: insertionDefinition,
  deletion: deletionDefinition,
  modification: modificationDefinition,
} satisfies Record<string, BriefingMarkDefinition>;

export type BriefingNodeName = keyof typeof briefingNodes;

export type BriefingMarkName = keyof typeof briefingMarks;

/** The definition of a node named in document JSON; undefined for a name outside the schema. */
export function nodeDefinition(name: string | undefined): BriefingNodeDefinition | undefined {
  return name !== undefined && Object.hasOwn(briefingNodes, name) ? briefingNodes[name as BriefingNodeName] : undefined;
}
