/**
 * The `<time>` element a text node prints (itself or an ancestor up to `stop`), or undefined. WordPress themes print
 * the post's date twice, `<time class="entry-date published">` and `<time class="updated">`, one of them hidden by the
 * theme's style, and write them with no space between; when one of them sits in the permalink (`<a><time>…</time></a>
 * <time class="updated">`, as Vantage and other themes print it) the two are no sibling fields, and "November 19,
 * 2026November 19, 2026" was no date the header reader knew.
 */
export function timeFieldOf(text: Text, stop: Node | null): Element | undefined {
  for (let at = text.parentElement; at && at !== stop; at = at.parentElement)
    if (at.tagName.toUpperCase() === 'TIME') return at;
  return undefined;
}

/** True when two text nodes of one line print two different `<time>` elements: separate fields (see `timeFieldOf`). */
export function inOtherTimes(previous: Text, text: Text, line: Node | null): boolean {
  const before = timeFieldOf(previous, line);
  const after = timeFieldOf(text, line);
  return before !== undefined && after !== undefined && before !== after && !before.contains(after);
}
