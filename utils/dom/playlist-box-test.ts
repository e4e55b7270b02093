import { RUNNING_TIME, VIDEO_SRC } from './is-player-box';
import { textLabels } from './text-labels';
import { textOf } from './text-of';
import { textWithin } from './text-within';

/**
 * The label an outstream or docked video player (Connatix, Primis, AnyClip, JW Player's related shelf) prints over
 * its playlist: "Up next", "Next up", "Watch next", "Now playing", "Top videos", "More videos", and a site's own
 * "Newsline Top Videos" (up to three words of a name before it).
 */
const PLAYLIST_LABEL =
  /^(?:(?:coming )?up next|next up|watch next|next video|now playing|(?:[\p{L}\d&'’.-]+ ){0,3}(?:top|more|latest|trending|recommended|featured|popular|related) videos)\s*:?$/iu;
/**
 * A player box is a title, a playlist of a few clips and its controls (characters other than spaces); past this it
 * holds more of the page than the player.
 */
const MAX_BOX_CHARS = 800;
/** Without a `<video>` or a video host's frame, a playlist shows a running time on two clips at least. */
const MIN_TIMED_CLIPS = 2;
/** The story's own containers: never a box, and the walk up stops there. */
const STOP_TAGS = new Set(['ARTICLE', 'MAIN', 'BODY', 'HTML']);

/** True when `box` holds a player: a `<video>`, a video host's frame, or clips with their running times. */
function holdsPlayer(box: Element): boolean {
  if (box.getElementsByTagName('video').length > 0) return true;
  for (const frame of box.getElementsByTagName('iframe'))
    if (VIDEO_SRC.test(frame.getAttribute('src') ?? '')) return true;
  let timed = 0;
  for (const element of box.querySelectorAll('*')) {
    if (element.childElementCount === 0 && RUNNING_TIME.test(textOf(element))) timed++;
    if (timed >= MIN_TIMED_CLIPS) return true;
  }
  return false;
}

/**
 * A test for elements of `doc` that are a video player set in the story column with its playlist: the largest block
 * above a playlist label ("Up next", "Top videos") that holds the player too and no paragraph, with its clip titles,
 * durations, now-playing title, description and close button. Ad-tech players render all of that as the page's own
 * text (a saved page keeps it), in short lines Readability takes for the story's. Found once, so each test is a set
 * lookup; a block holding a `<p>` is the story's, so the walk stops below it.
 */
export function playlistBoxTest(doc: Document): (element: Element) => boolean {
  const boxes = new Set<Element>();
  for (const label of textLabels(doc, (text) => PLAYLIST_LABEL.test(text))) {
    let top: Element | undefined;
    for (let at = label.parentElement; at && !STOP_TAGS.has(at.tagName.toUpperCase()); at = at.parentElement) {
      if (at.getElementsByTagName('p').length > 0 || textWithin(at, MAX_BOX_CHARS) === undefined) break;
      if (top || holdsPlayer(at)) top = at;
    }
    if (top) boxes.add(top);
  }
  return (element) => boxes.has(element);
}
