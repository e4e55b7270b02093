/** A comment located in the page's markup, before its text is written out. */
export interface FoundComment {
  /** The comment's own element (its container, replies may be inside it). */
  element: Element;
  /** Where the author's name is shown; `authorName` when the page gives it only as an attribute. */
  author?: Element;
  authorName?: string;
  /** Where the date is shown, with its machine-readable form when the markup gives one. */
  date?: Element;
  dateTime?: string;
  /** The elements holding the comment text, in order. */
  body: Element[];
  /** Index of the comment it replies to, from the page's nesting. */
  parentIndex?: number;
}

/** The result of one comment-system reader. */
export interface FoundComments {
  /** Which reader found them (`wordpress`, `hacker-news`, …), for stats and debugging. */
  system: string;
  /** The element holding the whole comment section: left out of the article. */
  region: Element;
  comments: FoundComment[];
  /**
   * For flat comments without a container of their own: the elements to leave out of the article instead of `region`.
   */
  parts?: Element[];
}
