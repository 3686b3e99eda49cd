import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { JSONContent } from '@tiptap/core';
import type { BriefingMetadataInput } from '../../common/briefing/briefing-metadata';
import type { BriefingContent } from '../../common/document/briefing-content';
import { countWords } from '../../common/document/count-words';
import { decodeTextBytes } from '../../common/import/decode-text-bytes';
import { fillTemplate } from '../../common/import/fill-template';
import type { ImportCorrections, ImportOutcome, ImportPreview } from '../../common/import/import-requests';
import {
  type ImportedDocument,
  type ImportFormat,
  importFileFormats,
  maximumImportBytes,
} from '../../common/import/import-result';
import { limitMessages } from '../../common/limits/input-limits';
import { UserFacingError } from '../../common/user-facing-error';
import type { BriefingStore } from '../library/briefing-store';
import type { AssetSink } from './asset-sink';
import { type ImportWorkerPool, sharedImportWorkerPool } from './import-worker-pool';

/** Lets the event loop run what waits (timers, then the renderer's calls) before main goes on; `setImmediate` would not. */
const nextTurn = () => new Promise((resolve) => setTimeout(resolve, 0));

/** A template ready to receive an import: variables already filled. */
export interface ImportTemplate {
  id: string;
  metadata: BriefingMetadataInput;
  /** A doc of sections; the filled result is checked against the schema when stored. */
  content: JSONContent;
}

export type FindImportTemplate = (id: string) => Promise<ImportTemplate | undefined>;

export interface ImportOptions {
  templateId?: string | null;
  /** Keep site clutter: the Undo of the dropped-clutter notice. */
  keepClutter?: boolean;
  /** The user confirmed an import in which no article text was found (refused with `no-article` otherwise). */
  allowEmpty?: boolean;
  /** Title, dateline and date as the user corrected them on the Import screen. */
  corrections?: ImportCorrections;
  /** Replace the body of this briefing (at this revision) instead of creating a new one. */
  replace?: { id: string; revision: number };
  /** The briefing's language (BCP 47), chosen by the user over the one the page declares. */
  language?: string;
}

function nonEmpty(metadata: BriefingMetadataInput): BriefingMetadataInput {
  return Object.fromEntries(
    Object.entries(metadata).filter(([, value]) =>
      Array.isArray(value) ? value.length > 0 : value !== '' && value !== null && value !== undefined,
    ),
  );
}

/** Import of articles, reports and notes as new briefings; the IPC handlers and the command line call it. */
export class ImportService {
  readonly #briefings: BriefingStore;
  readonly #assets: AssetSink | null;
  readonly #findTemplate: FindImportTemplate;
  readonly #now: () => Date;
  readonly #worker: ImportWorkerPool;

  constructor(options: {
    briefings: BriefingStore;
    assets: AssetSink | null;
    findTemplate: FindImportTemplate;
    now?: () => Date;
    /** The worker the conversions run in; the process's shared one by default. */
    worker?: ImportWorkerPool;
  }) {
    this.#worker = options.worker ?? sharedImportWorkerPool();
    this.#briefings = options.briefings;
    this.#assets = options.assets;
    this.#findTemplate = options.findTemplate;
    this.#now = options.now ?? (() => new Date());
  }

  /**
   * Readies the importer for the imports to come: starts the import worker and lets it warm up while no import
   * waits (`ImportWorkerPool.prepare`). Resolves when it is done; an import never waits for it.
   */
  async prepare(): Promise<void> {
    await this.#worker.prepare();
  }

  /**
   * Converts text without storing a briefing (embedded pictures are stored as
   * assets). The conversion runs in the import worker, under its time and memory limits.
   */
  async convert(
    text: string,
    format: ImportFormat,
    keepClutter = false,
    allowEmpty = false,
  ): Promise<ImportedDocument> {
    if (text.length > maximumImportBytes) throw new UserFacingError('invalid-argument', limitMessages.importBytes);
    const converted = await this.#worker.convert({
      text,
      format,
      keepClutter,
      allowEmpty,
      embedImages: this.#assets !== null,
      now: this.#now().getTime(),
    });
    for (const asset of converted.assets) {
      const stored = await this.#assets?.store(asset.bytes, asset.extension);
      if (stored !== asset.source) throw new Error(`The asset store named a picture ${stored}, not ${asset.source}.`);
    }
    return converted.document;
  }

  /**
   * Reads the text as an import would, without storing anything (not even its
   * pictures): what the Import screen shows for the user to check and correct.
   */
  async preview(
    text: string,
    format: ImportFormat,
    options: Pick<ImportOptions, 'keepClutter' | 'allowEmpty'> = {},
    sourceName = '',
  ): Promise<ImportPreview> {
    if (text.length > maximumImportBytes) throw new UserFacingError('invalid-argument', limitMessages.importBytes);
    const { document } = await this.#worker.convert({
      text,
      format,
      keepClutter: options.keepClutter === true,
      allowEmpty: options.allowEmpty === true,
      // Pictures are decoded as the import will, so the notices match, but none is written.
      embedImages: this.#assets !== null,
      now: this.#now().getTime(),
    });
    const { title = '', datelinePlace = '', eventDate = '' } = document.metadata;
    return {
      metadata: { title: title || sourceName.slice(0, 300), datelinePlace, eventDate },
      words: countWords(document.content),
      sections: (document.content.content ?? []).filter((node) => node.type === 'section').length,
      dropped: document.dropped,
      notices: document.notices,
    };
  }

  /** Imports pasted or dropped text as a briefing. */
  async importText(
    text: string,
    format: ImportFormat,
    options: ImportOptions = {},
    sourceName = '',
  ): Promise<ImportOutcome> {
    const template = options.templateId ? await this.#findTemplate(options.templateId) : undefined;
    if (options.templateId && !template) {
      throw new UserFacingError(
        'not-found',
        `There is no template called “${options.templateId}”. Choose one of the templates Briefdesk lists.`,
      );
    }
    const imported = await this.convert(text, format, options.keepClutter === true, options.allowEmpty === true);
    // Reading the worker's reply and sending the briefing to be checked are each a long task for main: not one.
    await nextTurn();
    const metadata: BriefingMetadataInput = {
      ...(template?.metadata ?? {}),
      ...nonEmpty(imported.metadata),
      ...options.corrections,
    };
    if (!metadata.title && sourceName) metadata.title = sourceName.slice(0, 300);
    if (options.language) metadata.language = options.language;
    const content = template ? fillTemplate(template.content, imported.content) : imported.content;
    const briefing = options.replace
      ? await this.#replace(options.replace, metadata, content)
      : await this.#briefings.create({ templateId: template?.id ?? null, metadata, content });
    return { briefing, dropped: imported.dropped, notices: imported.notices };
  }

  /** Imports a .md, .markdown, .html, .htm, .txt or .docx file chosen by the user. */
  async importFile(filePath: string, options: ImportOptions = {}): Promise<ImportOutcome> {
    const name = path.basename(filePath);
    const format = importFileFormats[path.extname(filePath).toLowerCase()];
    if (!format) {
      throw new UserFacingError(
        'invalid-argument',
        `“${name}” is not a file Briefdesk can import: choose a .md, .markdown, .html, .htm, .txt or .docx file.`,
      );
    }
    const details = await stat(filePath).catch((error: NodeJS.ErrnoException) => {
      throw new UserFacingError(
        error.code === 'ENOENT' ? 'not-found' : 'storage-failed',
        error.code === 'ENOENT'
          ? `The file “${name}” no longer exists.`
          : `Briefdesk cannot read “${name}” (${error.code ?? 'unknown error'}).`,
      );
    });
    if (!details.isFile())
      throw new UserFacingError('invalid-argument', `“${name}” is a folder or a device, not a file.`);
    if (details.size > maximumImportBytes)
      throw new UserFacingError('invalid-argument', `“${name}”: ${limitMessages.importBytes}`);
    const bytes = await readFile(filePath).catch((error: NodeJS.ErrnoException) => {
      throw new UserFacingError(
        'storage-failed',
        `Briefdesk cannot read “${name}” (${error.code ?? 'unknown error'}).`,
      );
    });
    const sourceName = path.basename(filePath, path.extname(filePath));
    // A Word document crosses to the worker as the base64 of its bytes, as it does from the Import screen.
    if (format === 'docx') return this.importText(bytes.toString('base64'), format, options, sourceName);
    const decoded = decodeTextBytes(bytes);
    if (!decoded.ok) throw new UserFacingError('invalid-argument', `“${name}”: ${decoded.message}`);
    return this.importText(decoded.text, format, options, sourceName);
  }

  async #replace(target: { id: string; revision: number }, metadata: BriefingMetadataInput, content: BriefingContent) {
    const current = await this.#briefings.get(target.id);
    return this.#briefings.save({
      id: target.id,
      revision: target.revision,
      metadata: { ...current.metadata, ...metadata },
      content,
    });
  }
}
