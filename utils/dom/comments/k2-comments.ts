import { titleDatedReader } from './title-dated-reader';

/**
 * The comments of Joomla's K2 component (the item view most Joomla news sites run), as its distributed template
 * prints them on every such site: the section is `div.itemComments` (the "3 comments" counter, the list and the
 * "Leave a comment" form), the list `ul.itemCommentsList`, each comment a plain `li` (`even`/`odd`) holding its
 * "Comment Link" anchor, `span.commentDate`, `span.commentAuthorName` ("posted by …") and its text in a `<p>`. No
 * class of a comment says "comment" alone, so the generic pattern finds none. K2 comments do not nest.
 */
const REGION = '.itemComments';
const SELECTORS = {
  item: '.itemCommentsList > li',
  author: ['.commentAuthorName a', '.commentAuthorName'],
  date: ['.commentDate'],
  body: 'p',
};

/** K2's comments, flat, in page order. */
export const findK2Comments = titleDatedReader('k2', REGION, SELECTORS);
