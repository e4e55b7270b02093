import { hasOwnText } from './has-own-text';
import { textOf } from './text-of';

/**
 * A video embed's box read whole: the player (an empty element named as one, a `<video>`, a video host's frame, a play
 * button that a script wires to a player, or a poster with the clip's running time on it) and the short title or teaser
 * caption printed beside it ("Drone footage shows the flood damage."). With JS off the player is empty, so all the box
 * shows is that caption, which is no paragraph of the story.
 */

/** A caption or title beside a player is at most this long (characters); a box with more holds story text too. */
const MAX_PLAYER_CAPTION_CHARS = 200;
/**
 * A class or id naming a player: `jw-player`, `video-player`, `jwplayer`, `player-placeholder`; not a sports page's
 * `player-photo` or `player-stats`.
 */
const PLAYER_NAME = /(?:^|[-_\s])(?:[a-z]+-?)?player(?:$|\s|[-_](?:container|wrapper|embed|placeholder|holder)\b)/i;
/** Frames of video hosts and players; Vox Media's Volume player (`volume.vox-cdn.com/embed/…`) on its Chorus sites. */
export const VIDEO_SRC =
  /\b(?:youtube(?:-nocookie)?\.com|youtu\.be|vimeo\.com|dailymotion\.com|brightcove|jwplayer|jwplatform|volume\.vox-cdn\.com)\b/i;

/**
 * A Flash plugin's player, as news sites embedded video before HTML5 (BBC News' EMP, Brightcove's and Kaltura's
 * players of 2008-2013): an `<object>` or `<embed>` of the Flash type, or one loading an `.swf` file. Other objects
 * (a PDF, an SVG chart) are not players.
 */
const FLASH_TYPE = /^application\/x-shockwave-flash$/i;
const SWF_FILE = /\.swf(?:[?#]|$)/i;

/** True for a Flash `<object>` or `<embed>`: no browser plays it now, and the saved page shows nothing there. */
function isFlashPlayer(element: Element, tag: string): boolean {
  if (tag !== 'object' && tag !== 'embed') return false;
  if (FLASH_TYPE.test((element.getAttribute('type') ?? '').trim())) return true;
  return SWF_FILE.test(element.getAttribute('data') ?? element.getAttribute('src') ?? '');
}

/** True when `child` is a player that shows nothing with JS off. */
function isEmptyPlayer(child: Element): boolean {
  const tag = child.tagName.toLowerCase();
  if (tag === 'video' || isFlashPlayer(child, tag)) return true;
  if (tag === 'iframe') return VIDEO_SRC.test(child.getAttribute('src') ?? '');
  // The name first: reading the text of every child of every box would read the page once per level.
  return (
    PLAYER_NAME.test(`${child.getAttribute('class') ?? ''} ${child.id}`) &&
    (child.textContent ?? '').trim().length === 0
  );
}

/**
 * What a player's play button says, as its label or text: "Play", "Play video", "Watch now"; an audio player's
 * "Listen", and as French public radio labels it, "Écouter" (the box then shows a running time and the show's title).
 */
const PLAY_LABEL = /^(?:play|play (?:the )?(?:video|audio)|watch(?: (?:the )?video| now)?|listen|écouter)$/i;
/**
 * The same play button as European broadcasters label it: Dutch "Speel video af", "Video afspelen", "Afspelen"
 * (NOS, RTL), German "Video abspielen", Swedish "Spela video", "Spela" (SVT), Norwegian "Spill av", Danish "Afspil",
 * Spanish "Reproducir vídeo", Portuguese "Reproduzir", Italian "Riproduci", French "Lire la vidéo" and "Lecture" (the
 * French face of Dailymotion's and JW Player's button). Only the whole label: a button saying more is another control.
 */
const FOREIGN_PLAY_LABEL =
  /^(?:speel (?:de )?video af|(?:video )?afspelen|(?:video )?abspielen|spela(?: upp)?(?: video(?:n)?| klippet)?|spill av(?: video(?:en)?)?|afspil(?: video(?:en)?)?|reproducir(?: (?:el )?v[ií]deo)?|reproduzir(?: (?:o )?v[ií]deo)?|riproduci(?: (?:il )?video)?|lire la vidéo|lecture)$/iu;

/**
 * A link that goes nowhere is a button a script wires (`<a class="play" href="#">Play</a>`, as Fox's video boxes set
 * their play control): an empty or in-page address, or a `javascript:` one.
 */
const NOWHERE_HREF = /^(?:#.*|javascript:.*)?$/i;

/** True for a button, or a link standing for one (`role="button"`, or an address that goes nowhere). */
const isButtonLike = (element: Element): boolean => {
  const tag = element.tagName.toLowerCase();
  if (tag === 'button') return true;
  if (tag !== 'a') return false;
  return element.getAttribute('role') === 'button' || NOWHERE_HREF.test((element.getAttribute('href') ?? '').trim());
};

/** True for a play button: its label or text is only the word to start the player. */
function isPlayButton(element: Element): boolean {
  if (!isButtonLike(element)) return false;
  const label = element.getAttribute('aria-label') ?? element.textContent ?? '';
  return PLAY_LABEL.test(label.trim()) || FOREIGN_PLAY_LABEL.test(label.trim());
}

/**
 * Levels below a box's child a play button or a timed poster is looked for: a lead video sets the button on the poster,
 * inside the player, inside the box that also holds the reporter's caption (`div > div.player > div.poster > button`).
 */
const MAX_BUTTON_DEPTH = 2;

/** True when `child` is, or holds within `MAX_BUTTON_DEPTH` levels, an element that `test` takes. */
function holdsWithin(child: Element, test: (element: Element) => boolean, depth = 0): boolean {
  if (test(child)) return true;
  if (depth >= MAX_BUTTON_DEPTH) return false;
  for (let inner = child.firstElementChild; inner; inner = inner.nextElementSibling)
    if (holdsWithin(inner, test, depth + 1)) return true;
  return false;
}

/**
 * A video's running time as a card prints it on the poster: "4:52", "1:02:37". Not a `<time>`, which is when a live
 * post was written.
 */
export const RUNNING_TIME = /^\d{1,2}(?::\d{2}){1,2}$/;

/**
 * True for a video card's poster: a picture and the running time printed on it, and nothing else
 * (`div.thumb > img + span "4:52"`), as a league site's or a portal's cards set a clip the script plays on click.
 */
function isTimedPoster(element: Element): boolean {
  let picture = false;
  let time = false;
  for (let child = element.firstElementChild; child; child = child.nextElementSibling) {
    const tag = child.tagName.toLowerCase();
    if (tag === 'img' || tag === 'picture') picture = true;
    else if (tag !== 'time' && child.childElementCount === 0 && RUNNING_TIME.test((child.textContent ?? '').trim()))
      time = true;
    else if (!isBlank(child)) return false;
  }
  return picture && time;
}

/** A play button or a timed poster: what a video box holds within a few levels of a child (see `holdsWithin`). */
const isPlayerMark = (element: Element): boolean => isPlayButton(element) || isTimedPoster(element);

/**
 * What marks a video card when class names are hashed and the player is an unnamed empty element: a running time
 * alone ("2:14", "1:02:37") or the label a station prints over the video's title ("Watch:", "Video", "WATCH").
 */
const CARD_MARK = /^(?:\d{1,2}(?::\d{2}){1,2}|watch|video|watch video)\s*:?$/i;

/** True for an element with nothing inside: the slot a script fills. */
const isBlank = (child: Element): boolean => child.childElementCount === 0 && (child.textContent ?? '').trim() === '';

/**
 * True when the box's own children are an empty slot, a card mark and short lines (no `<p>`: a live blog's entry sets
 * its post in one under its time). Only leaves are read, so no text is read twice.
 */
function isUnnamedVideoCard(element: Element): boolean {
  let blank = false;
  let mark = false;
  for (let child = element.firstElementChild; child; child = child.nextElementSibling) {
    if (child.tagName.toLowerCase() === 'p' || child.childElementCount > 0) return false;
    if (isBlank(child)) blank = true;
    else if (CARD_MARK.test((child.textContent ?? '').trim())) mark = true;
  }
  return blank && mark;
}

/** Boxes that hold an embed and its caption; a heading or paragraph with a frame in it is the story's own line. */
const BOX_TAGS = new Set(['div', 'figure', 'aside', 'section']);

/**
 * True when `child` is a player, or the wrapper a template or FitVids.js sets around a video host's frame alone to
 * keep its aspect ratio (`div.fluid-width-video-wrapper > iframe`, `div.embed-container > iframe`, Chorus's
 * `div.c-video-embed__media > iframe`). Only a frame: a named player one level down is a box of its own.
 */
function isWrappedPlayer(child: Element): boolean {
  if (isEmptyPlayer(child)) return true;
  const inner = child.firstElementChild;
  if (
    child.childElementCount === 1 &&
    inner !== null &&
    inner.tagName.toLowerCase() === 'iframe' &&
    isEmptyPlayer(inner) &&
    (child.textContent ?? '').trim().length === 0
  )
    return true;
  return isPluginHolder(child);
}

/**
 * A plugin player's holder (BBC News' `div.emp`): a Flash `<object>` and its `<noscript>` fallback ("Please turn on
 * JavaScript. Media requires JavaScript to play."), and no other text. Checked only on a box's direct children.
 */
function isPluginHolder(child: Element): boolean {
  let flash = false;
  for (let inner = child.firstElementChild; inner; inner = inner.nextElementSibling) {
    const tag = inner.tagName.toLowerCase();
    if (isFlashPlayer(inner, tag)) flash = true;
    else if (tag !== 'noscript') return false;
  }
  return flash && !hasOwnText(child);
}

/**
 * Characters a player the script has drawn may print of its own: JW Player's and video.js's title bar, clock
 * ("00:00", "01:46"), control labels and "Up Next" strip. More is a block of the story that happens to hold a button.
 */
const MAX_DRAWN_PLAYER_CHARS = 300;

/**
 * True when `player`, the box's child that holds the play button, prints only a player's own words: no paragraph in
 * it and no more than a drawn player's worth of text (see `MAX_DRAWN_PLAYER_CHARS`).
 */
function isDrawnPlayer(player: Element, text: string): boolean {
  return text.length <= MAX_DRAWN_PLAYER_CHARS && player.querySelector('p') === null;
}

/**
 * True for a box holding a player among its own children and no more than a caption's worth of text besides the
 * player's own: a page saved with the player drawn (JW Player's title, clock and "Up Next" strip over the caption,
 * as the Evening Standard's and The Independent's 2020 lead videos show) has the same caption beside more words.
 */
export function isPlayerBox(element: Element): boolean {
  if (!BOX_TAGS.has(element.tagName.toLowerCase())) return false;
  let player: Element | undefined;
  for (let child = element.firstElementChild; child && !player; child = child.nextElementSibling)
    if (isWrappedPlayer(child) || holdsWithin(child, isPlayerMark)) player = child;
  if (!player && !isUnnamedVideoCard(element)) return false;
  // The box's text is read only when it holds a player: most boxes are the page's own wrappers.
  // Its words, not the template's indentation between its tags: a lead video's title and caption set on lines of
  // their own, indented, are still a caption's worth.
  const length = textOf(element).length;
  if (length <= MAX_PLAYER_CAPTION_CHARS) return true;
  if (!player) return false;
  const drawn = textOf(player);
  return isDrawnPlayer(player, drawn) && length - drawn.length <= MAX_PLAYER_CAPTION_CHARS;
}
