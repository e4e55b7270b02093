import { textWithin } from './text-within';

/**
 * A `<figure>` around a picture is the picture and its caption and credit, whatever tags hold them: the BBC's World
 * Service pages write both as `<p>` ("Image source, Getty Images", "Image caption, …", in each service's language),
 * where no `<figcaption>` names them. Not a figure around an embedded post or frame (`blockquote`, `iframe`): the
 * post's text is kept as the story quotes it.
 */

/** A caption and its credit are a line or two; more text than this (characters, spaces aside) is story. */
const MAX_CAPTION_CHARS = 300;
const PICTURE = 'img, picture, video';
const EMBED = 'blockquote, iframe';

/** True for a `<figure>` holding a picture and no more text than its caption and credit. */
export function isFigureBox(element: Element): boolean {
  if (element.tagName.toUpperCase() !== 'FIGURE') return false;
  if (element.querySelector(PICTURE) === null || element.querySelector(EMBED) !== null) return false;
  return textWithin(element, MAX_CAPTION_CHARS) !== undefined;
}
