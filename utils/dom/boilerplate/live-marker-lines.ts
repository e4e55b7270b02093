/**
 * Lines a live page's post headers and players print, which their classes name and hashed names no longer do: a match
 * blog's minute stamps ("85'", "45+2'Goal", "HT", "FT19:24", "KO": the minute and the event badge run together), and
 * Sky's video player's note ("Please use Chrome browser for a more accessible video player", after the clip's "Watch:
 * …" title on Sky News and Sky Sports pages), and a video embed's "Watch: …" title line. A stamp is the whole line: a
 * minute in a sentence goes on in words.
 */

/** A minute stamp with its badge and clock time, alone on its line. */
const MINUTE_STAMP =
  /^(?:\d{1,3}(?:\+\d{1,2})?['’]|ht|ft|ko|aet)(?:\s*(?:goal|own goal|yellow card|red card|sub(?:stitution)?|penalty|var))?(?:\s*\d{1,2}:\d{2})?$/i;
/** Sky's player note, with the clip's title before it when the two run together. */
const SKY_PLAYER_NOTE = /^(?:watch:[^\n]{0,160}?\s*)?please use chrome browser for a more accessible video player$/i;

/**
 * A video embed's title line: "Watch: Wild swimmers on why they test the river themselves", "Watch this: Are
 * Unlimited Plans Worth It?". A title, no sentence: a line ending on a full stop, or with a clause after a comma, is
 * the story's ("Watch: the council votes at 7pm tonight.").
 */
const VIDEO_TITLE = /^watch(?: this)?:\s+[^.,;\n]{3,120}[?!]?$/i;

export const LIVE_MARKER_LINES: readonly RegExp[] = [MINUTE_STAMP, SKY_PLAYER_NOTE, VIDEO_TITLE];
