import { areLabelledFacts } from './are-labelled-facts';
import { textOf } from './text-of';

/**
 * The labels of a venue's facts as restaurant, bar, hotel and exhibition reviews print them in a box beside the
 * review: "Address: 418 Eastgate Avenue", "Hours: Tue–Sat 5:30–10:30 pm", "Price: $$$", "Reservations: …". The place's
 * card, not what the critic wrote.
 */
const VENUE_LABEL =
  /^(?:address|location|where|hours|opening hours|open|when|prices?|price range|cost|phone|tel|telephone|website|web|reservations|bookings?|cuisine|our rating|rating|dress code|parking|getting there|accessibility|admission|tickets)$/i;
/** At least this many lines, each labelled, at least this many of them with a venue's label. */
const MIN_LINES = 3;
const MIN_VENUE_LABELS = 2;
/** A title over the card: the venue's name, a few words with no sentence's end. */
const TITLE_MAX_WORDS = 8;
const SENTENCE_END = /[.!?]$/;

const LISTS = new Set(['UL', 'OL']);
const BOX_TAGS = new Set(['DIV', 'SECTION', 'ASIDE']);
const TITLE_TAGS = new Set(['H2', 'H3', 'H4', 'H5', 'H6', 'P', 'STRONG', 'B']);

/** True for a list whose every item is a short 'Label: value', two or more of them a venue's facts. */
function isVenueFactsList(list: Element): boolean {
  if (!LISTS.has(list.tagName.toUpperCase())) return false;
  return areLabelledFacts([...list.children].map(textOf), VENUE_LABEL, MIN_LINES, MIN_VENUE_LABELS);
}

/** True for the venue's name over its card: a short title, no sentence. */
function isTitle(element: Element): boolean {
  if (!TITLE_TAGS.has(element.tagName.toUpperCase())) return false;
  const text = textOf(element);
  return text.length > 0 && text.split(' ').length <= TITLE_MAX_WORDS && !SENTENCE_END.test(text);
}

/**
 * True for a review's venue card: a list of three or more 'Label: value' lines, two or more labelled as a place's
 * facts (address, hours, price, phone, reservations…), alone or in a box with only the place's name over it. A list
 * the review itself writes ("What to order: the beef") has no such labels, and a box holding prose is no card.
 */
export function isVenueFactsBox(element: Element): boolean {
  if (isVenueFactsList(element)) return true;
  if (!BOX_TAGS.has(element.tagName.toUpperCase())) return false;
  const children = [...element.children];
  const list = children.at(-1);
  if (!list || !isVenueFactsList(list)) return false;
  return children.slice(0, -1).every(isTitle);
}
