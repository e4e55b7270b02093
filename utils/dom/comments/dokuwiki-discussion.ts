import { titleDatedReader } from './title-dated-reader';

/**
 * DokuWiki's discussion plugin, the comment system of DokuWiki sites (its markup is the same on every wiki that runs
 * it): the section is `#comment_wrapper`, each comment a `div.hentry` with a `.comment_head` (the writer in
 * `span.vcard.author`, the date in `abbr.published`), its `.comment_body`, a reply button in a small form, and its
 * replies nested in a `div.comment_replies`. No class of a comment says "comment" alone, so the generic pattern
 * finds none.
 */
const REGION = '#comment_wrapper';
const SELECTORS = {
  item: '.hentry',
  author: ['.vcard.author .fn', '.vcard.author'],
  date: ['abbr.published'],
  body: '.comment_body',
};

/** The discussion plugin's comments with their nesting; the date's machine form is the `abbr`'s `title`. */
export const findDokuWikiDiscussion = titleDatedReader('dokuwiki-discussion', REGION, SELECTORS);
