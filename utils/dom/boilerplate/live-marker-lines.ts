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

/** A time of day as a post's stamp prints it: "18:55 GMT", "5:41 p.m. ET", "14.05". */
const CLOCK = String.raw`\d{1,2}[:.]\d{2}(?:\s*[ap]\.?\s?m\.?)?(?:\s*(?:gmt|utc|bst|cet|cest|ist|[ecmp][sd]?t|a?e[sd]t))?`;
/** A post's age: "8 hours ago", "12 mins ago", "an hour ago". */
const AGE = String.raw`(?:\d{1,3}\s*(?:s(?:ec(?:ond)?s?)?|m(?:in(?:ute)?s?)?|h(?:(?:ou)?rs?)?|days?)|an? (?:minute|hour|day))\s+ago`;
/** A date written with its month's name, before a post's time: "Nov. 28, 2026,", "Sat 28 Nov 2026,". */
const DATE = String.raw`(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?\s+\d{1,2}|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?),?\s+\d{4},?`;
/**
 * A live post's stamp printed twice over, as live templates set it for wide and narrow screens: its age with its clock
 * time ("8 hours ago(18:55 GMT)", Al Jazeera's timeline), or its date and time with the time again ("Nov. 28, 2026,
 * 5:41 p.m. ET 5:41 p.m. ET", the New York Times). One time alone stays to the header and transcript rules (a
 * transcript's "1:14 P.M. EST" is a line of the record); two different clocks may be a timetable's row.
 */
const TWIN_STAMP = new RegExp(String.raw`^(?:${AGE}\s*\(?${CLOCK}\)?|(?:${DATE}\s*)?(${CLOCK})\s+\1)$`, 'i');

/**
 * The banner a live page shows once its coverage is over, over or under the posts: "This live page is now closed. You
 * can continue to follow our coverage … here." (Al Jazeera), "This blog is now closed." (the Guardian), "Our live
 * coverage has ended." (CNN, the BBC), "This live coverage has concluded." (the New York Times). A status, not a post.
 */
const LIVE_CLOSED =
  /^(?:this|our|the)\s+(?:live\s+(?:page|blog|coverage|updates)|blog|coverage)\s+(?:is\s+(?:now\s+)?closed|(?:has|have)\s+(?:now\s+)?(?:ended|closed|concluded|finished))(?:[.!](?:\s.{0,200})?)?$/i;

export const LIVE_MARKER_LINES: readonly RegExp[] = [
  MINUTE_STAMP,
  SKY_PLAYER_NOTE,
  VIDEO_TITLE,
  TWIN_STAMP,
  LIVE_CLOSED,
];
