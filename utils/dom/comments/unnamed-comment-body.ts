/** Text of at least this many characters makes a child block a comment's text (a name and a date are short too). */
const MIN_BODY_CHARS = 2;

/**
 * A block named as text, but not as the comment's (`com-text`), or by the short form of the word (`cmtTxt`, `cmt_txt`,
 * as the comment systems that shorten "comment" to `cmt` shorten its text): the generic body names (`comment-text`,
 * `comment-body`) miss it. A child named for nothing is not taken: a comment's footer of links or a "View Comments"
 * link in an item named `comment` is no text. Sites that name their parts in their own language name the text so too:
 * Italian `testo`, Dutch and Polish `tekst`, Polish `tresc` (treść, Wyborcza's `wpis__tresc`), German `inhalt`,
 * Spanish `contenido`, French `contenu` (Spanish `texto` and French `texte` hold `text` already).
 */
const TEXT_NAME = /text|txt|testo|tekst|tre[sś][cć]|inhalt|contenido|contenu/i;

/**
 * A comment's text when no part of it is named as the comment's text (no `<p>`, nothing called `comment-text`,
 * `message` or `entry`): its own child elements named as text, except those that are or hold its author or date line
 * (`meta`, one selector of their parts). Jimdo writes each comment as `li.commententry > div.com-meta` (counter, name,
 * date) `+ div.com-text`. A comment written as bare text with no child element gives none: its text is never told apart
 * from a button's label. `isItem` tells the comments apart, so a reply nested inside is not read as text.
 */
export function unnamedCommentBody(item: Element, meta: string, isItem: (element: Element) => boolean): Element[] {
  // A reply nested in the comment is a comment of its own, not this one's text.
  const holdsItem = (child: Element): boolean => isItem(child) || [...child.querySelectorAll('*')].some(isItem);
  return [...item.children].filter(
    (child) =>
      TEXT_NAME.test(child.getAttribute('class') ?? '') &&
      (child.textContent ?? '').trim().length >= MIN_BODY_CHARS &&
      !child.matches(meta) &&
      child.querySelector(meta) === null &&
      !holdsItem(child),
  );
}
