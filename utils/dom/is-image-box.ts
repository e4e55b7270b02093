import { holdsByline } from './holds-byline';
import { textWithin } from './text-within';

/** A caption and its credit are a line or two; more text than this (characters, spaces not counted) is story. */
const MAX_CAPTION_CHARS = 300;
/** Blocks a template wraps a picture in; a paragraph holding an image is the story's own line. */
const BOX_TAGS = new Set(['DIV', 'SECTION', 'ASIDE']);
/** A byline's opening words and its link to the writer's page, when no markup names it. */
const BYLINE_TEXT = /^\s*by\s/i;
const AUTHOR_LINK = 'a[href*="/author"]';
/** Blocks that are the story's own text, never a caption's. */
const STORY_BLOCKS = 'h1, h2, h3, h4, h5, h6, p, li, blockquote';

/**
 * True for a picture with its caption and credit set in plain blocks, as templates with meaningless class names do
 * (`<div><img><div>A pitcher throws …</div><div>Photo: Ann Lee</div></div>`): a block holding an image and no more text
 * than a caption, in no heading, paragraph or list. A `<figure>` is read as one anyway; this finds the same shape
 * without the tag.
 */
export function isImageBox(element: Element): boolean {
  if (!BOX_TAGS.has(element.tagName.toUpperCase())) return false;
  const text = textWithin(element, MAX_CAPTION_CHARS);
  if (text === undefined || text.trim().length === 0) return false;
  // A heading, paragraph or list beside the picture makes it a part of the story: a list item with its photo. So does
  // text written straight into the box, as a blog post's body is (`<div><a><img></a> I was walking …<br>…</div>`): a
  // template sets a caption in an element of its own.
  if (element.querySelector('img, picture') === null || element.querySelector(STORY_BLOCKS) !== null) return false;
  for (let child = element.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3 && (child.textContent ?? '').trim().length > 0) return false;
  }
  // An author's photo beside the name and date is the byline block, which the parser reads.
  return !holdsByline(element) && !BYLINE_TEXT.test(text) && element.querySelector(AUTHOR_LINK) === null;
}
