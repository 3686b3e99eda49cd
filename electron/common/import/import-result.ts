import type { BriefingMetadataInput } from '../briefing/briefing-metadata';
import type { BriefingContent } from '../document/briefing-content';
import { inputLimits } from '../limits/input-limits';
import type { ImportElement } from './import-dom';

/** What the importer can read. A Word document (`docx`) travels as the base64 of its bytes. */
export const importFormats = ['html', 'markdown', 'text', 'docx'] as const;

export type ImportFormat = (typeof importFormats)[number];

/** File name endings the importer accepts, and the format each one is read as. */
export const importFileFormats: Readonly<Record<string, ImportFormat>> = {
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.txt': 'text',
  '.docx': 'docx',
};

/** Larger inputs are refused before parsing: no briefing is that long, and parsing it would stall the app. */
export const maximumImportBytes = inputLimits.importBytes;

/** What an article extractor found on a page: the article's root element and the page's own facts about it. */
export interface ArticleReading {
  root: ImportElement;
  /** The page's headline as its metadata or `<title>` gives it, without the site name. */
  title: string;
  byline: string;
  /** A machine-readable publication time, when the page's metadata has one. */
  publishedTime: string;
}

/** Why a piece of the page was left out. */
export const clutterKinds = [
  'related-links',
  'comments',
  'share',
  'subscribe',
  'cookie-notice',
  'navigation',
  'advertising',
  'page-footer',
  'byline',
  'author-bio',
  'publication-line',
  'kicker',
  'empty-image',
  'repeated-text',
] as const;

export type ClutterKind = (typeof clutterKinds)[number];

/** One piece of site clutter that the import left out, shown to the user so they can bring it back. */
export interface DroppedClutter {
  kind: ClutterKind;
  /** The start of its text, as the user saw it on the page. */
  text: string;
}

/** A document converted from an import, already checked against the briefing schema. */
export interface ImportedDocument {
  content: BriefingContent;
  metadata: BriefingMetadataInput;
  dropped: DroppedClutter[];
  /** Sentences for the user about what could not be brought in (remote images, refused links…). */
  notices: string[];
}

/** Labels for the dropped-clutter notice. */
export const clutterKindLabels: Record<ClutterKind, string> = {
  'related-links': 'related links',
  comments: 'comment prompt',
  share: 'share buttons',
  subscribe: 'subscribe prompt',
  'cookie-notice': 'cookie notice',
  navigation: 'navigation',
  advertising: 'advertising',
  'page-footer': 'page footer',
  byline: 'byline (kept as author)',
  'author-bio': 'about the author',
  'publication-line': 'publication date (kept as event date)',
  kicker: 'label above the headline',
  'empty-image': 'empty image placeholder',
  'repeated-text': 'text printed twice',
};
