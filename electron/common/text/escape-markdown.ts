/** Characters that start Markdown syntax anywhere in a line: emphasis, code, links, raw HTML, tables, strike-through. */
const anywhere = /[\\`*_[\]<>|~]/g;

/** Text as literal Markdown (CommonMark + GFM): a reader's tool shows these characters, never formats by them. */
export function escapeMarkdown(text: string): string {
  return (
    text
      .replace(anywhere, (character) => `\\${character}`)
      // An entity such as `&amp;` would be decoded; `!` before an escaped `[` is harmless.
      .replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&')
      // What starts a block only at the start of a line: headings, quotes, lists, rules, setext underlines.
      .replace(/(^|\n)([ \t]*)(#{1,6}(?=[ \t]|$)|>|[+-](?=[ \t]|$)|=+[ \t]*$|-+[ \t]*$)/gm, '$1$2\\$3')
      .replace(/(^|\n)([ \t]*\d{1,9})([.)])(?=[ \t]|$)/gm, '$1$2\\$3')
  );
}
