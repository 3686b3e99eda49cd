import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { directionOfLanguage, readTextDirection } from '../../language/text-direction';
import type { WordBlock, WordPart } from '../word-render-context';

function blockWithLanguage(block: WordBlock, lang: string | null, direction: 'ltr' | 'rtl' | null): WordBlock {
  if (block.kind === 'paragraph') {
    return {
      ...block,
      ...(direction && !block.direction ? { direction } : {}),
      inlines: lang
        ? block.inlines.map((inline) =>
            inline.kind === 'text' && !inline.format.language
              ? { ...inline, format: { ...inline.format, language: lang } }
              : inline,
          )
        : block.inlines,
    };
  }
  if (block.kind === 'table') {
    return {
      ...block,
      rows: block.rows.map((row) => ({
        ...row,
        cells: row.cells.map((cell) => ({
          ...cell,
          blocks: cell.blocks.map((inner) => blockWithLanguage(inner, lang, direction)),
        })),
      })),
    };
  }
  return block;
}

/**
 * A block's `lang` and `dir` in Word: the language on every run that has none of its own (the `language`
 * mark's wins), the direction on every paragraph not already set by a block inside. `auto` and an unset
 * direction follow the language; a block with neither attribute is left as the document's.
 */
export function withBlockLanguageInWord(parts: WordPart[], node: ProseMirrorNode): WordPart[] {
  if (node.isInline) return parts;
  const lang = typeof node.attrs.lang === 'string' && node.attrs.lang !== '' ? node.attrs.lang : null;
  const chosen = readTextDirection(node.attrs.dir);
  const direction = chosen === 'ltr' || chosen === 'rtl' ? chosen : lang ? directionOfLanguage(lang) : null;
  if (!lang && !direction) return parts;
  return parts.map((part) =>
    part.kind === 'paragraph' || part.kind === 'table' ? blockWithLanguage(part, lang, direction) : part,
  );
}
