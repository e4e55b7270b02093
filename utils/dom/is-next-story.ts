import { textOf } from './text-of';

/**
 * The label infinite-scroll templates print between the page's story and the next one they load under it: "Up next",
 * "Next story", "Next article", "Read next", "Next up", "Coming up next". The wording is the widespread one (Arc XP
 * chains, WordPress infinite-scroll themes, National World's papers, Newsweek), alone in its element.
 */
const NEXT_STORY_LABEL =
  /^(?:up next|next up|coming up next|next (?:story|article|post)|read (?:this )?next)\s*(?:[:»›]|\.{3}|…)?$/i;
/**
 * A label's element holds at most this many elements (`<div><span>Next article</span></div>`), so wrappers are not
 * read.
 */
const MAX_LABEL_ELEMENTS = 2;
/** What makes a block a story: its own headline (a headline link in a teaser) or the `<article>` element itself. */
const STORY_HEADLINE = 'h1, h2, h3';

/**
 * A label, not a link: "Next post »" as a link is the previous/next navigation of a blog, which may stand above the
 * post.
 */
const isLabel = (element: Element): boolean =>
  element.childElementCount <= MAX_LABEL_ELEMENTS &&
  element.tagName.toUpperCase() !== 'A' &&
  element.querySelector('a') === null &&
  NEXT_STORY_LABEL.test(textOf(element));

/** A story block: an `<article>`, or a block holding a headline (h1–h3) and more text than it. */
function isStory(element: Element): boolean {
  if (element.tagName.toUpperCase() === 'ARTICLE') return true;
  const heading = element.querySelector(STORY_HEADLINE);
  return heading !== null && textOf(element).length > textOf(heading).length;
}

/**
 * True for the next story an infinite-scroll page appends under its own: a box that opens on a next-story label over
 * that story or its teaser (`<section><div>UP NEXT</div><article><h2><a>…</a></h2><p>…</p></article></section>`), or a
 * story block right after a divider that is only that label (`<div>Next article</div><article>…</article>`). The
 * page's story is the one its title names; the appended one has its own headline, byline and body, and is furniture
 * like any story card. A "Read next" label over a list of links is not a story (no headline): the related-list rules
 * read that.
 */
export function isNextStory(element: Element): boolean {
  const divider = element.previousElementSibling;
  if (divider && isLabel(divider) && isStory(element)) return true;
  const label = element.firstElementChild;
  if (!label || label === element.lastElementChild || !isLabel(label)) return false;
  for (let story = label.nextElementSibling; story; story = story.nextElementSibling) if (isStory(story)) return true;
  return false;
}
