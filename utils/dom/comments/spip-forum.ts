import { titleDatedReader } from './title-dated-reader';

/**
 * SPIP's forum, the comment system of sites built on SPIP (French and francophone papers, and African portals in
 * Kinyarwanda, Wolof or Malagasy that run it), as its distributed templates print it on every such site: the list is
 * `ul.forum`, each comment an `li.forum-fil` whose `.forum-message` holds a `.forum-chapo` head (title, date, author
 * in a `small`) and the `.forum-texte`, and whose replies are a list nested in the same `li`. No class of a comment
 * says "comment", so the generic pattern finds none.
 */
const REGION = 'ul.forum';
const SELECTORS = {
  item: 'li.forum-fil',
  author: ['.forum-auteur', '.forum-chapo .fn', '.forum-chapo small a'],
  date: ['.forum-date', '.forum-chapo abbr', '.forum-chapo small'],
  body: '.forum-texte',
};

/** SPIP's forum messages with their nesting. */
export const findSpipForum = titleDatedReader('spip-forum', REGION, SELECTORS);
