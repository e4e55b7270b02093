import { lineWithin } from './text-within';

/**
 * The button closing a "click to tweet" box, as the plugins that make one print it: Better Click To Tweet's "Click To
 * Tweet", Thrive Architect's "Click to Tweet" (`thrv_tw_qs`), Social Warfare's and Novashare's "Tweet" or "Tweet this".
 */
const TWEET_BUTTON = /^(?:click to tweet|tweet this|tweet)\s*[:!»›]?$/i;
/** The longest button ("Click to Tweet »"), in characters other than spaces: the last child is read no further. */
const MAX_BUTTON_CHARS = 14;

/**
 * True for a "click to tweet" box: a block whose last child is only the tweet button (see `TWEET_BUTTON`) after the
 * sentence it offers to post. Writers fill it with a line of the story, set large beside the paragraph saying it, so
 * it is a pull quote when the story says its words (the caller checks that); its button is no line of the story.
 */
export function isTweetBox(element: Element): boolean {
  const last = element.lastElementChild;
  if (!last || element.firstElementChild === last) return false;
  const button = lineWithin(last, MAX_BUTTON_CHARS);
  return button !== undefined && TWEET_BUTTON.test(button);
}
