/** Characters that start inline Markdown anywhere in a line: emphasis, code, links, HTML, tables, entities. */
const INLINE_SIGNIFICANT = /[\\`*_[\]<>|~&]/g;

/** Line starts that would turn plain text into a heading, quote, list item, rule or setext underline. */
const LINE_START_SIGNIFICANT = /^(\s*)([#>+=-]|\d{1,9}(?=[.)]))/;

/** URL starts that GFM turns into links by itself; page links must stay inert text. */
const AUTOLINK_START = /:\/\/|\bwww\./gi;

/** Runs of line breaks and other whitespace, folded to one space because the text goes on a single Markdown line. */
const WHITESPACE_RUN = /\s+/g;

/**
 * Makes page text safe to place in one line of Markdown: it renders as the same literal text (CommonMark backslash
 * escapes), never as markup, links or HTML. Line breaks are folded into spaces.
 */
export function escapeMarkdown(text: string): string {
  const oneLine = text.replace(WHITESPACE_RUN, ' ').trim();
  const inline = oneLine
    .replace(INLINE_SIGNIFICANT, (char) => `\\${char}`)
    .replace(AUTOLINK_START, (start) => (start === '://' ? '\\://' : `${start.slice(0, 3)}\\.`));
  // An ordered-list marker is the digits plus "." or ")": escaping the punctuation after the digits defuses it.
  return inline.replace(LINE_START_SIGNIFICANT, (_match, space: string, marker: string) =>
    /\d/.test(marker) ? `${space}${marker}\\` : `${space}\\${marker}`,
  );
}
