import { withoutModuleHash, withoutNextModuleHash } from '../class-names';
import { ABBREVIATED_CANDIDATES, abbreviatedCommentItems } from './abbreviated-comment-items';
import { addMetaBlock } from './add-meta-block';
import { authorBesideDate } from './author-beside-date';
import { withoutAuthorLines } from './author-lines-in-body';
import { narrowAuthorBox } from './narrow-author-box';
import { withMentionParents } from './mention-replies';
import { collectNestedSteps } from './collect-nested';
import { commonAncestor } from './common-ancestor';
import { countStoryHeadings } from './count-story-headings';
import { definitionListItems } from './definition-list-items';
import type { FoundComment, FoundComments } from './found-comment';
import { LOCALIZED_CANDIDATES, localizedCommentItems } from './localized-comment-items';
import { namespacedCommentItems } from './namespaced-comment-items';
import { partNamedCommentItems } from './part-named-comment-items';
import { isSectionShaped, withoutSectionItems } from './section-items';
import { unnamedCommentBody } from './unnamed-comment-body';
import { runSteps, type Steps } from '../../steps/steps';

/**
 * Class or id tokens that name one comment (not the section, the form or the count). A container, wrapper or thread
 * named in the plural (`comments-wrapper`) is the section: it holds the widget, a heading and prompts, no one comment.
 * A box named in the singular is one comment (`div.comment-box`, as older CMS comment plugins mark each one). An
 * obituary's guest book or tribute wall holds its readers' comments as entries (`guestbook-entry`, `GuestbookEntry`,
 * `tribute-post`, `condolence`). Tailwind-era comment lists call each one a card (`comment-card`, `CommentCard`), as
 * they call every boxed item. Review and course sites call their readers' posts a discussion's (`discussion_post`,
 * `discussion-entry`, `discussion_reply`).
 */
const ITEM_TOKEN =
  /^(?:comment|comments?[-_]?(?:item|entry|single|post|block)|comment[-_]?card|comment[-_]box|comment[-_]?(?:container|wrap|wrapper|thread)|single[-_]comment|user[-_]?comment|reply|comment[-_]\d+|c\d{3,}|guest[-_]?book[-_]?(?:entry|item|post|message)|tribute[-_]?(?:wall[-_]?)?(?:entry|item|post|message)|condolences?(?:[-_]?(?:entry|item|post|message))?|discussion[-_]?(?:post|entry|item|comment|reply))$/i;
/** The elements worth testing against `ITEM_TOKEN` (a cheap first cut on the class or id). */
const CANDIDATES =
  '[class*="comment" i], [id*="comment" i], [class*="reply" i], [class*="guestbook" i], [class*="tribute" i], [class*="condolence" i], [class*="discussion" i]';
/**
 * `reply` alone names a comment only inside a comment-named element, or a region named for the readers' replies or
 * the discussion (Kinja's `section.js_replies` of `article.reply` items, as Gizmodo Media Group's sites served them
 * 2015-2019, and forum-style `discussion` regions): elsewhere it is an advice column's answer.
 */
const REPLY_TOKEN = /^reply$/i;
const COMMENT_NAMED =
  '[id*="comment" i], [class*="comment" i], [id*="replies" i], [class*="replies" i], [class*="discussion" i]';
/**
 * A link or button named `reply` is a comment's "Reply" button (`a.reply` in its action row, "Agree (14) Disagree (2)
 * Reply"), never a reply itself.
 */
const CONTROL_TAGS = new Set(['A', 'BUTTON']);
/**
 * A comment holds no heading linking to another story: an item with one is a story card (an opinion rail's cards
 * tagged `comment`), or a rail of them. A commenter's heading names them, or links to the comment itself.
 */
const MAX_STORY_HEADINGS = 0;
/** An item needs this many characters of text; shells with more (a "Reply" link) are dropped as furniture later. */
const MIN_COMMENT_CHARS = 2;
/** Fewer candidates than this is too little evidence that a generic pattern is a comment list. */
const MIN_GENERIC_COMMENTS = 1;
/** Anything inside these is a form or a prompt, never a comment. */
const NOT_COMMENT = 'form, #respond, .comment-respond, textarea, [class*="login" i]';
/** …and a comment never contains a form control. */
const FORM_CONTROL = 'form, textarea, input, select';

/**
 * The author's and the date's parts named in the language of the site's own CMS, after the English names: the user's
 * name (Spanish and Portuguese `usuario`, Italian `utente`, German `nutzer`) before the author box around it (`autor`,
 * `autore`, `auteur`), as El Tiempo prints `div.comentario-autor > span.usuario + span.comentario-fecha`; the date
 * (`fecha`, `datum`). Portuguese and Italian `data` is left out: it names data blocks in every language.
 */
const LOCALIZED_AUTHOR = [
  '[class*="usuario" i]',
  '[class*="utente" i]',
  '[class*="nutzer" i]',
  '[class*="autor" i]',
  '[class*="auteur" i]',
];
const LOCALIZED_DATE = ['[class*="fecha" i]', '[class*="datum" i]'];

const SELECTORS = {
  item: '[data-generic-comment]',
  // The name inside an author box comes before the box, which may hold a badge beside it ("Rosalind Mapp Featured",
  // "Hal Brightwell Author", as comment plugins label featured comments and the post's author).
  author: [
    'cite',
    '[class*="author" i] [class*="name" i]',
    '[class*="author" i]',
    // The name inside a user box comes before the box, which may hold the commenter's place and the comment's age
    // beside it ("Suresh Menon Coimbatore 3 hours ago" in `div.cmtUser`).
    '[class*="user" i] [class*="name" i]',
    '[class*="user" i]',
    '[class*="name" i]',
    '[itemprop="author"]',
    ...LOCALIZED_AUTHOR,
    // Bootstrap's media object heads each comment with the commenter's name (`h4.media-heading`, "Ann Lee
    // <small>March 16, 2016 at 7:42 am</small>"), as its docs and the templates built on them print a comment list.
    '.media-heading',
  ],
  date: ['time', '[class*="date" i]', '[class*="time" i]', '[class*="meta" i]', ...LOCALIZED_DATE],
  // The text's names joined by `_` too (`div.comment_body`, as Posterous and Rails-era templates name it).
  body: '[class*="comment-text" i], [class*="comment-body" i], [class*="comment-content" i], [class*="comment_text" i], [class*="comment_body" i], [class*="comment_content" i], [class*="message" i], [class*="entry" i], p',
};
/** The parts of a comment's author and date line, as one selector (see `unnamedCommentBody`). */
const META_SELECTOR = [...SELECTORS.author, ...SELECTORS.date].join(', ');

/**
 * An element's class names and id, CSS-module hashes dropped (`comment--3ZpQUnzl` names one comment, and so does a
 * Next.js site's `comment_item__m4Xv0`).
 */
const tokensOf = (element: Element): string[] =>
  [...element.classList, element.id]
    .filter((token) => token.length > 0)
    .map((token) => withoutNextModuleHash(withoutModuleHash(token)));

/** One lone item shaped like the section (see `isSectionShaped`) is the section, not a comment. */
const isLoneSection = (comments: readonly FoundComment[], isItem: (element: Element) => boolean): boolean =>
  comments.length === 1 && comments[0] !== undefined && isSectionShaped(comments[0], isItem);

/** A `<dt>` followed by its `<dd>` is the head (author, date) of the comment in the `<dd>`, not a comment itself. */
const isDefinitionHead = (element: Element): boolean =>
  element.tagName.toUpperCase() === 'DT' && element.nextElementSibling?.tagName.toUpperCase() === 'DD';

const isEmptyAnchor = (element: Element): boolean =>
  element.tagName.toUpperCase() === 'A' && (element.textContent ?? '').trim().length === 0;

/**
 * Empty anchors named for one comment (`<a id="comment-123"></a>` at the top of it) stand for their parent element,
 * when the parent holds no other such anchor (a flat list with one anchor per comment is not one comment).
 */
function anchoredItems(candidates: readonly Element[]): Element[] {
  const anchorsIn = new Map<Element, number>();
  for (const element of candidates) {
    const parent = element.parentElement;
    if (parent && isEmptyAnchor(element)) anchorsIn.set(parent, (anchorsIn.get(parent) ?? 0) + 1);
  }
  const items = candidates.map((element) => {
    const parent = element.parentElement;
    return parent && isEmptyAnchor(element) && anchorsIn.get(parent) === 1 ? parent : element;
  });
  return [...new Set(items)];
}

/**
 * Generic comment markup: elements whose class or id names a single comment, nested or flat. Tried last: the
 * pattern is weaker evidence than a known system's markup.
 */
export function findGeneric(doc: Document): FoundComments | undefined {
  return runSteps(findGenericSteps(doc));
}

/** `findGeneric` step by step (see `Steps`): a step per candidate checked and per comment read. */
export function* findGenericSteps(doc: Document): Steps<FoundComments | undefined> {
  const matches = [...doc.querySelectorAll(`${CANDIDATES}, ${LOCALIZED_CANDIDATES}, ${ABBREVIATED_CANDIDATES}`)];
  const namespaced = namespacedCommentItems(matches);
  const localized = localizedCommentItems(matches);
  const abbreviated = abbreviatedCommentItems(matches);
  const named = matches.filter((element) => {
    const tokens = tokensOf(element).filter((token) => ITEM_TOKEN.test(token));
    if (tokens.length === 0) return namespaced.has(element) || localized.has(element) || abbreviated.has(element);
    if (!tokens.every((token) => REPLY_TOKEN.test(token))) return true;
    return !CONTROL_TAGS.has(element.tagName.toUpperCase()) && element.parentElement?.closest(COMMENT_NAMED);
  });
  // With no element named as one comment, an element whose parts are named so (text beside author) is one.
  const candidates = named.length > 0 ? named : [...partNamedCommentItems(matches)];
  const storyHeadings = countStoryHeadings(doc);
  // A comment never holds the page's headline (its first `<h1>`; a comment section may have its own, a preview's,
  // further down): an opinion piece the page tags `comment`, the UK papers' word for opinion, is the article itself.
  const headline = doc.querySelector('h1');
  yield;
  const items: Element[] = [];
  for (const element of anchoredItems(candidates).flatMap(definitionListItems)) {
    yield;
    if (
      !element.closest(NOT_COMMENT) &&
      !element.querySelector(FORM_CONTROL) &&
      !(headline && element.contains(headline)) &&
      (storyHeadings.get(element) ?? 0) <= MAX_STORY_HEADINGS &&
      (element.textContent ?? '').trim().length >= MIN_COMMENT_CHARS
    )
      items.push(element);
  }
  if (items.length < MIN_GENERIC_COMMENTS) return undefined;
  const region = commonAncestor(items);
  if (!region) return undefined;
  // collectNested needs one selector for the items: the item elements are not changed, only matched by identity.
  const itemSet = new Set(items);
  const isItem = (element: Element): boolean => itemSet.has(element);
  // A `<dt>` head stays an item, so that its author is not taken for its parent's, but is read as the meta block
  // of its `<dd>`, not as a comment: indices are re-pointed past the heads left out.
  const newIndex = new Map<number, number>();
  const comments: FoundComment[] = [];
  // A comment whose text is named as text but not as the comment's (Jimdo's `div.com-text`) is read from that block.
  const unnamedBody = (item: Element): Element[] => unnamedCommentBody(item, META_SELECTOR, isItem);
  for (const [i, comment] of (yield* collectNestedSteps(region, { ...SELECTORS, unnamedBody }, isItem)).entries()) {
    yield;
    if (isDefinitionHead(comment.element)) continue;
    newIndex.set(i, comments.length);
    const parentIndex = comment.parentIndex === undefined ? undefined : newIndex.get(comment.parentIndex);
    const withMeta = addMetaBlock(withoutAuthorLines(comment), isItem);
    // A name beside the date in elements named for nothing is the author, when no part was named so.
    const beside =
      withMeta.author || withMeta.authorName || !withMeta.date
        ? undefined
        : authorBesideDate(withMeta.date, comment.element);
    const author = withMeta.author ? narrowAuthorBox(withMeta.author, withMeta.date) : beside;
    comments.push({ ...withMeta, author, parentIndex });
  }
  // A section named like a comment and holding the comments is neither a comment nor their region: the comments'
  // own common ancestor is (else the region is the section's parent, which may hold the story too). So when the
  // section was never read as a comment (`section.comments-block` over a heading and the list): it named an item, but
  // the region is where the comments are.
  const kept = withoutSectionItems(comments, isItem);
  if (isLoneSection(kept, isItem)) return undefined;
  const keptRegion = commonAncestor(kept.map((comment) => comment.element));
  return kept.length > 0 && keptRegion
    ? { system: 'generic', region: keptRegion, comments: withMentionParents(kept) }
    : undefined;
}
