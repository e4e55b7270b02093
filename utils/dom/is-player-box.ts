/**
 * A video embed's box read whole: the player (an empty element named as one, a `<video>`, or a video host's frame)
 * and the short title or teaser caption printed beside it ("Drone footage shows the flood damage."). With JS off the
 * player is empty, so all the box shows is that caption, which is no paragraph of the story.
 */

/** A caption or title beside a player is at most this long (characters); a box with more holds story text too. */
const MAX_PLAYER_CAPTION_CHARS = 200;
/**
 * A class or id naming a player: `jw-player`, `video-player`, `jwplayer`, `player-placeholder`; not a sports page's
 * `player-photo` or `player-stats`.
 */
const PLAYER_NAME = /(?:^|[-_\s])(?:[a-z]+-?)?player(?:$|\s|[-_](?:container|wrapper|embed|placeholder|holder)\b)/i;
/** Frames of video hosts and players. */
const VIDEO_SRC =
  /\b(?:youtube(?:-nocookie)?\.com|youtu\.be|vimeo\.com|dailymotion\.com|brightcove|jwplayer|jwplatform)\b/i;

/** True when `child` is a player that shows nothing with JS off. */
function isEmptyPlayer(child: Element): boolean {
  const tag = child.tagName.toLowerCase();
  if (tag === 'video') return true;
  if (tag === 'iframe') return VIDEO_SRC.test(child.getAttribute('src') ?? '');
  // The name first: reading the text of every child of every box would read the page once per level.
  return (
    PLAYER_NAME.test(`${child.getAttribute('class') ?? ''} ${child.id}`) &&
    (child.textContent ?? '').trim().length === 0
  );
}

/** Boxes that hold an embed and its caption; a heading or paragraph with a frame in it is the story's own line. */
const BOX_TAGS = new Set(['div', 'figure', 'aside', 'section']);

/** True for a box holding a player among its own children and no more than a caption's worth of text. */
export function isPlayerBox(element: Element): boolean {
  if (!BOX_TAGS.has(element.tagName.toLowerCase())) return false;
  let player = false;
  for (let child = element.firstElementChild; child && !player; child = child.nextElementSibling)
    player = isEmptyPlayer(child);
  // The box's text is read only when it holds a player: most boxes are the page's own wrappers.
  return player && (element.textContent ?? '').trim().length <= MAX_PLAYER_CAPTION_CHARS;
}
