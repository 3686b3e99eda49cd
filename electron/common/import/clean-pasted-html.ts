import { DOMSerializer } from '@tiptap/pm/model';
import { briefingSchema } from '../document/briefing-schema';
import { inputLimits } from '../limits/input-limits';
import { cleanEditorClipboard } from './clean-editor-clipboard';
import { type ConvertOptions, convertImport } from './convert-import';
import type { ImportDocument, ParseHtmlDocument } from './import-dom';

declare const DOMParser: (new () => { parseFromString(html: string, type: string): unknown }) | undefined;

function browserParseHtml(html: string): ImportDocument {
  if (typeof DOMParser === 'undefined')
    throw new Error('cleanPastedHtml needs a parseHtml function outside a browser.');
  return new DOMParser().parseFromString(html, 'text/html') as ImportDocument;
}

export interface CleanPasteOptions extends Pick<ConvertOptions, 'keepClutter'> {
  /** Parses HTML into an inert document; the browser's DOMParser by default. */
  parseHtml?: ParseHtmlDocument;
  /** Whether a stored picture (`asset:…`) belongs to the briefing being edited; no other may be pasted. */
  isOwnAsset?: (source: string) => boolean;
}

/**
 * The editor's paste clean-up: pasted HTML goes through the same allow-list,
 * clutter removal and schema as an import, and comes back as HTML holding only
 * briefing nodes (no script, handler, style or unsafe URL), for the editor to parse.
 * Sections are not created: a paste lands inside the section where the cursor is.
 */
export function cleanPastedHtml(html: string, options: CleanPasteOptions = {}): string {
  if (html.length > inputLimits.importBytes) return '';
  const parseHtml = options.parseHtml ?? browserParseHtml;
  const page = parseHtml(html);
  const isOwnAsset = options.isOwnAsset ?? (() => false);
  const ownCopy = cleanEditorClipboard(page, isOwnAsset);
  if (ownCopy !== undefined) return ownCopy;
  return serializeForPaste(page, () =>
    convertImport(
      { kind: 'page', page },
      {
        keepClutter: options.keepClutter === true,
        // A paste of nothing usable inserts nothing; only an import is refused for having no article.
        allowEmpty: true,
        resolveImage: (image) => (isOwnAsset(image.source) ? image.source : null),
      },
    ),
  );
}

/**
 * The same for plain text (text copied from a web page, notes): lone bullets,
 * `![]()` placeholders with their caption, short title lines, clutter lines.
 * Returns HTML for the editor to insert, or an empty string when nothing is left.
 */
export function cleanPastedText(text: string, options: CleanPasteOptions = {}): string {
  const page = (options.parseHtml ?? browserParseHtml)('');
  return serializeForPaste(page, () =>
    convertImport({ kind: 'text', text, page }, { keepClutter: options.keepClutter === true, allowEmpty: true }),
  );
}

function serializeForPaste(page: ImportDocument, convert: () => ReturnType<typeof convertImport>): string {
  let result: ReturnType<typeof convertImport>;
  try {
    result = convert();
  } catch {
    return '';
  }
  const node = briefingSchema.nodeFromJSON(result.content);
  // A paste lands inside a section, under its level-2 title: pasted headings go one level down.
  const blocks = node.content.content
    .flatMap((block) => (block.type.name === 'section' ? block.content.content : [block]))
    .map((block) =>
      block.type.name === 'heading'
        ? block.type.create({ ...block.attrs, level: Math.min(4, Number(block.attrs.level) + 1) }, block.content)
        : block,
    );
  const container = page.createElement('div');
  const title = result.metadata.title;
  if (title) {
    const heading = page.createElement('h3');
    heading.append(title);
    container.append(heading);
  }
  const serializer = DOMSerializer.fromSchema(briefingSchema);
  for (const block of blocks) container.append(serializer.serializeNode(block, { document: page as never }) as never);
  return container.innerHTML;
}
