/**
 * The lines that music, film, book and theatre sites and their plugins print in and under a review or a feature,
 * addressed to the reader as a buyer, a listener, a filmgoer, a theatregoer or a voter, never part of what the critic
 * wrote: a row of streaming-store or bookseller links, the tally of a reader-rating plugin, the merch line of a
 * Bandcamp player, the tickets pitch of a tour-dates box, a film's where-to-see-it label and a show's running time. The
 * box's dated shows are not lines of this table: a tour announcement lists the same shows as its news (`isTourDatesBox`
 * takes the box whole).
 */

/**
 * The stores and streaming services a music page links to, and the booksellers a book page links to, as their names
 * are printed on the link.
 */
const STORE =
  "(?:spotify|apple music|itunes|bandcamp|tidal|deezer|amazon(?: music)?|youtube(?: music)?|soundcloud|qobuz|pandora|napster|beatport|audiomack|bookshop(?:\\.org)?|indiebound|barnes (?:&|and) noble|books-a-million|powell['’]s(?: books)?|waterstones|foyles|blackwell['’]?s|hive|apple books|kobo|audible|libro\\.fm)";

/**
 * A label and a row of store links, nothing else: "Listen on: Spotify | Apple Music | Bandcamp", "Stream it: Spotify,
 * Tidal and Deezer", "Buy: Bandcamp / Amazon", a book page's "Buy the book: Bookshop | Amazon | Barnes & Noble".
 * Music blogs, label sites and book sites print it under every review, premiere and excerpt. A sentence that goes on
 * after the store names ("Listen on Spotify to hear …") is not the row.
 */
const STORE_LINKS_ROW = new RegExp(
  `^(?:listen|stream|buy|download|get|order)(?: it| the (?:album|record|ep|single|book|novel|audiobook)| a copy)?(?: now)?(?: on| here| via| at| from)?\\s*:\\s*${STORE}(?:\\s*(?:[|,/·•]|and|&)\\s*${STORE})*\\W*$`,
  'iu',
);

/**
 * The tally of WP-PostRatings, the WordPress reader-rating plugin, as it prints it under its row of star images: "(37
 * votes, average: 4.22 out of 5)", "1 vote, average: 5.00 out of 5". The plugin's own wording, on every rated post.
 */
const READER_RATING_TALLY = /^\(?\s*\d[\d,]* votes?, average: \d+(?:\.\d{1,2})? out of \d+\s*\)?\W*$/iu;

/**
 * The merch line of a Bandcamp release, as its pages and its embedded players print it beside the record: "Merch for
 * this release: Cassette, Vinyl LP". Bandcamp's own wording.
 */
const BANDCAMP_MERCH_LINE = /^merch for this release:.{0,160}$/iu;

/**
 * The pitch over a tour-dates box: "Get tickets to Marrow Coast's upcoming shows here.", "Grab tickets for the tour
 * now." The whole line, ending on 'here'/'now'; a sentence on ticket prices goes on.
 */
const TICKETS_PITCH = /^(?:get|buy|grab|find) (?:your )?tickets? (?:to|for) [^.!?]{1,80}\b(?:here|now)\W*$/iu;

/**
 * A film review's where-to-see-it label, alone on its line: "Now playing in theaters", "Now showing in cinemas", "In
 * theaters Friday", "Now streaming on Netflix". The whole line only; "Now playing in theaters across the country, the
 * film has …" goes on.
 */
const WHERE_TO_SEE =
  /^(?:now )?(?:playing|showing|screening) in (?:theaters|theatres|cinemas)(?: (?:now|everywhere|nationwide))?\W*$|^in (?:theaters|theatres|cinemas) (?:now|everywhere|nationwide|(?:this )?(?:mon|tues|wednes|thurs|fri|satur|sun)day)\W*$|^now streaming on [\p{L}+ ]{2,30}\W*$/iu;

/**
 * A show's or a film's running time, labelled, alone on its line, as theatre and classical-music reviews print it in
 * their production details and film reviews in their credits: "Running time: 2 hours 20 minutes, including one
 * interval", "Runtime: 114 min", "Running time: 90 minutes, no intermission". A duration and the interval only;
 * "Running time: the winner's was 2:08:14" or a sentence on it goes on.
 */
const RUNNING_TIME =
  /^(?:running|run) ?time\s*:\s*(?:approx(?:imately|\.)?\s*|about\s*|c\.\s*)?\d+(?:\.\d+)?\s*(?:hours?|hrs?|h|minutes?|mins?|m)\b\.?(?:,?\s*(?:and\s*)?\d+\s*(?:minutes?|mins?|m)\b\.?)?(?:\s*[,;(]?\s*(?:including|incl\.?|with|without|plus|no)\s+(?:an?\s+|one\s+|two\s+|\d\s+)?(?:interval|intermission|break)s?\)?)?\W*$/iu;

export const MEDIA_LINES: readonly RegExp[] = [
  STORE_LINKS_ROW,
  READER_RATING_TALLY,
  BANDCAMP_MERCH_LINE,
  TICKETS_PITCH,
  WHERE_TO_SEE,
  RUNNING_TIME,
];
