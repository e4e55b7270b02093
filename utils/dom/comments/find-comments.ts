import { findDiscourse, findTalkyard } from './discourse';
import { findDisqus } from './disqus';
import { findDokuWikiDiscussion } from './dokuwiki-discussion';
import { findDrupal } from './drupal';
import { findForumPosts } from './forum-posts';
import { findThreadReplies } from './thread-replies';
import type { FoundComment, FoundComments } from './found-comment';
import { isCommentChromeLine } from '../is-comment-chrome-line';
import { findGenericSteps } from './generic';
import { findHackerNews } from './hacker-news';
import { findK2Comments } from './k2-comments';
import { findGnuboardComments } from './gnuboard-comments';
import { findLivefyre } from './livefyre';
import { findMediaWikiTalk } from './media-wiki-talk';
import { isTrackback } from './is-trackback';
import { findReddit } from './reddit';
import { findSchemaOrg } from './schema-org';
import { findSignature } from './signature';
import { findSpipForum } from './spip-forum';
import { findWebmentions } from './webmentions';
import { findWordPress } from './wordpress';
import { findWpDiscuz } from './wpdiscuz';
import { runSteps, type Steps } from '../../steps/steps';

/** A reader that reads a page at once, as one step. */
function once(read: (doc: Document) => FoundComments | undefined) {
  return function* (doc: Document): Steps<FoundComments | undefined> {
    const found = read(doc);
    yield;
    return found;
  };
}

/**
 * The comment-system readers, most specific markup first: a page's own well-known system wins over schema.org
 * microdata (which such systems sometimes add), then the generic class/id pattern, and last flat comments known only
 * by their repeated signature lines.
 */
const READERS: readonly ((doc: Document) => Steps<FoundComments | undefined>)[] = [
  once(findReddit),
  once(findHackerNews),
  once(findDisqus),
  once(findLivefyre),
  once(findDiscourse),
  once(findTalkyard),
  once(findForumPosts),
  once(findThreadReplies),
  once(findWpDiscuz),
  once(findDokuWikiDiscussion),
  once(findMediaWikiTalk),
  once(findSpipForum),
  once(findK2Comments),
  once(findGnuboardComments),
  once(findDrupal),
  once(findWordPress),
  once(findSchemaOrg),
  once(findWebmentions),
  // The generic pattern may match thousands of elements on any page: it reads step by step.
  findGenericSteps,
  once(findSignature),
];

/** A comment needs a letter or digit ("ok" is a comment); furniture like "Comments are closed." is caught apart. */
const MIN_COMMENT_WORD_CHARS = 1;
const WORD_CHAR = /[\p{L}\p{N}]/gu;
const SPACES = /\s+/g;

/** True when the comment's body is only furniture (a closed-comments note, an empty byline shell). */
function isShell(comment: FoundComment): boolean {
  const text = comment.body
    .map((part) => part.textContent ?? '')
    .join(' ')
    .replace(SPACES, ' ')
    .trim();
  return (text.match(WORD_CHAR)?.length ?? 0) < MIN_COMMENT_WORD_CHARS || isCommentChromeLine(text);
}

/**
 * The page's comments with their structure, from the first reader that recognises the markup. Shells are dropped
 * here, before the article is cut, so that a "Comments are closed." box does not count as a comment section; a
 * section of only trackbacks comes back with no comments (its region is still left out of the article).
 */
export function findComments(doc: Document): FoundComments | undefined {
  return runSteps(findCommentsSteps(doc));
}

/** `findComments` step by step (see `Steps`): a step per reader tried and per comment checked. */
export function* findCommentsSteps(doc: Document): Steps<FoundComments | undefined> {
  for (const read of READERS) {
    const found = yield* read(doc);
    if (!found) continue;
    // Parent indices point into the unfiltered list: re-point them, dropping links to removed comments.
    const newIndex: (number | undefined)[] = [];
    const comments: FoundComment[] = [];
    for (const [i, comment] of found.comments.entries()) {
      yield;
      if (isShell(comment)) continue;
      newIndex[i] = comments.length;
      const parentIndex = comment.parentIndex === undefined ? undefined : newIndex[comment.parentIndex];
      comments.push({ ...comment, parentIndex });
    }
    if (comments.length === 0) continue;
    // Only trackbacks: no reader has commented, but the section is still taken out of the article (as its one part,
    // so that it also leaves the copy Readability reads).
    if (comments.every(isTrackback)) return { ...found, comments: [], parts: found.parts ?? [found.region] };
    return { ...found, comments };
  }
  return undefined;
}
