import { textWithin } from './text-within';

/** Blocks that hold a row of buttons; a heading or a table cell is left to other rules. */
const ROW_TAGS = new Set(['DIV', 'UL', 'OL', 'P', 'SECTION', 'ASIDE']);
/** A row of buttons is short: past this many characters the block holds more than labels. */
const MAX_ROW_CHARS = 300;
/** Text outside the buttons a row may hold: its label ("Share:", "Share Obituary:"), not a sentence. */
const MAX_LABEL_CHARS = 30;
/** A button's word set as plain text among the buttons ("Copy link") is this short at most. */
const MAX_INNER_LABEL_CHARS = 15;
const DIGIT = /\p{N}/u;
/** Separators between buttons ("|", "·"): no letter or digit. */
const NO_WORDS = /^[^\p{L}\p{N}]+$/u;
/** Buttons a row has at the least: one link alone is a link, or a toggle. */
const MIN_CONTROLS = 2;
/** Going-nowhere buttons a row needs before one real link in it counts as one more button ("Google News"). */
const MIN_CONTROLS_WITH_LINK = 3;
/**
 * Where a link that is a button points: nowhere (`#`, empty), to a part of the page (`#comments`), to a script or an
 * e-mail, or to a network's share endpoint, as share buttons link without a script: Facebook's `sharer`, X's and
 * Twitter's `intent`, LinkedIn's `shareArticle`/`sharing`, WhatsApp's `wa.me`/`send`, Telegram's `share`, Reddit's
 * `submit`, Pinterest's `pin/create`, and any `share?url=` endpoint.
 */
const BUTTON_HREF =
  /^(?:#|javascript:|mailto:|sms:|$)|^(?:https?:)?\/\/(?:[\w-]+\.)*(?:facebook\.com\/sharer|(?:twitter|x)\.com\/intent|linkedin\.com\/(?:shareArticle|sharing)|wa\.me\/|(?:api\.)?whatsapp\.com\/send|t\.me\/share|telegram\.me\/share|reddit\.com\/submit|pinterest\.\w+\/pin\/create)|[/?&](?:share|sharer)(?:\.php)?\?(?:[^#]*&)?(?:u|url)=/iu;

/** The nearest `<a>` or `<button>` holding `node` inside `row`, if any. */
function controlOf(node: Node, row: Element): Element | undefined {
  for (let at = node.parentElement; at && at !== row; at = at.parentElement) {
    const tag = at.tagName.toUpperCase();
    if (tag === 'A' || tag === 'BUTTON') return at;
  }
  return undefined;
}

/**
 * True for a row of page controls whatever its class names: a short block whose text is all in buttons and in links
 * that go nowhere (`href="#"`, a script), to the page's own parts (`#comments`: "12 Kommentare") or to a network's
 * share endpoint, two or more of them, with at most a short label before them ("Share:") and no date. Share, bookmark,
 * print and text-size rows ("Facebook X WhatsApp Kopieer link 37 reacties", "Merken Teilen Drucken") are built so on
 * every template, in every language; one real link may sit among three such buttons (a "Follow us on Google News"
 * link). A sentence with a link in it, a list of links to stories or a single toggle is no such row.
 */
export function isControlRow(element: Element): boolean {
  if (!ROW_TAGS.has(element.tagName.toUpperCase())) return false;
  // Bounded: every block of the page is asked.
  const whole = textWithin(element, MAX_ROW_CHARS);
  if (whole === undefined || whole.trim().length === 0) return false;
  // A date is a meta row's, not a button's.
  if (element.getElementsByTagName('time').length > 0) return false;
  const controls = new Set<Element>();
  let labelChars = 0;
  let textChars = 0;
  const stack: Node[] = [element];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.nodeType === 1) {
      for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child);
      continue;
    }
    if (node.nodeType !== 3) continue;
    const text = (node.nodeValue ?? '').trim();
    if (text.length === 0 || NO_WORDS.test(text)) continue;
    textChars += text.length;
    if (textChars > MAX_ROW_CHARS) return false;
    const control = controlOf(node, element);
    if (control) controls.add(control);
    // A label leads the row ("Share:"); after a button, only a button's word set as plain text ("Copy link"), never
    // a date or a number (a byline's meta row: the writer's link, "Reporter", "November 26, 2026").
    else if (controls.size > 0 && (text.length > MAX_INNER_LABEL_CHARS || DIGIT.test(text))) return false;
    else if ((labelChars += text.length) > MAX_LABEL_CHARS) return false;
  }
  if (controls.size < MIN_CONTROLS) return false;
  let links = 0;
  for (const control of controls) {
    if (control.tagName.toUpperCase() === 'BUTTON') continue;
    if (!BUTTON_HREF.test((control.getAttribute('href') ?? '').trim())) links++;
  }
  // One real link among three buttons, in a row of nothing but links and buttons.
  return links === 0 || (links === 1 && labelChars === 0 && controls.size - links >= MIN_CONTROLS_WITH_LINK);
}
