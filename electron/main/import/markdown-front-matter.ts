/** A Markdown file's YAML front matter, as far as the import uses it, and the text after it. */
export interface MarkdownFrontMatter {
  /** The `lang` (or `language`) value, as written; '' when there is none. */
  language: string;
  body: string;
}

const frontMatter = /^(?:\uFEFF)?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;
const languageLine = /^(?:lang|language)[ \t]*:[ \t]*(["']?)([^"'\r\n#]*)\1[ \t]*(?:#.*)?$/m;

/**
 * Takes the front matter (`---` … `---`, as pandoc, Jekyll and Hugo write it) off the top of a Markdown file,
 * so it is not imported as a rule and a heading, and reads its `lang`. Other keys are left unread.
 */
export function readMarkdownFrontMatter(source: string): MarkdownFrontMatter {
  const match = frontMatter.exec(source);
  if (!match) return { language: '', body: source };
  const language = languageLine.exec(match[1] ?? '')?.[2]?.trim() ?? '';
  return { language, body: source.slice(match[0].length) };
}
