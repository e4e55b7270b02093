import { titleDatedReader } from './title-dated-reader';

/**
 * wpDiscuz, a widely used WordPress comment plugin (its markup is the same on every site that runs it): the section
 * is `#wpdcom`, each comment a `div.wpd-comment` with its replies nested inside it. The comment's name, date and
 * text sit in a `.wpd-comment-right` box whose id is `comment-123`, so the generic pattern takes that box and the
 * outer `div.comment` for two comments and loses the nesting; read here, the outer div is the comment.
 */
const REGION = '#wpdcom';
const SELECTORS = {
  item: '.wpd-comment',
  author: ['.wpd-comment-author'],
  date: ['.wpd-comment-date'],
  body: '.wpd-comment-text',
};

/** wpDiscuz comments with their nesting; the plugin's absolute date is the date box's `title`. */
export const findWpDiscuz = titleDatedReader('wpdiscuz', REGION, SELECTORS);
