import { closesParagraphs } from './closes-paragraphs';
import { isAllItalic } from './is-italic-element';
import { textOf } from './text-of';

/**
 * The verbs a call to action opens on, addressed to the reader: "Learn how …", "Find out whether …", "Discover …",
 * "Visit …", "Book …", "Explore …", "Sign up …", "Request …".
 */
const CALL_TO_ACTION =
  /^(?:learn (?:more|how|why|about|what)|find out|discover|explore|visit|book|sign up|apply|download|request|schedule|get (?:started|in touch|your)|contact|call|click|head to|go to|see how|check (?:out|whether|if))\b/i;
/** A call to action is a sentence or two; longer, it is a closing paragraph set in italics. Characters. */
const MAX_CALL_CHARS = 250;

/** True when no paragraph with text follows an element among its siblings: it is the piece's last line. */
function isLastParagraph(element: Element): boolean {
  for (let at = element.nextElementSibling; at; at = at.nextElementSibling) {
    if (at.tagName.toUpperCase() === 'P' && textOf(at).length > 0) return false;
  }
  return true;
}

/**
 * True for the sponsor's call to action a paid post closes with, set in italics as the last paragraph of the story
 * and linking to the sponsor (`<p><em>Learn how Acme helps hospitals at <a href="…">acme.example</a>.</em></p>`,
 * `<p><em>Find out whether your home qualifies under <a>Acme's Warmer Homes program</a></em></p>`), as brand studios
 * (Forbes BrandVoice, Guardian Labs) and advertorials close them: addressed to the reader, not a line of the story. A
 * closing line in plain type, one without a link, or one with paragraphs after it stays.
 */
export function isClosingCallToAction(element: Element): boolean {
  if (element.tagName.toUpperCase() !== 'P') return false;
  const text = textOf(element);
  if (text.length > MAX_CALL_CHARS || !CALL_TO_ACTION.test(text)) return false;
  if (element.querySelector('a[href]') === null) return false;
  return isAllItalic(element, text) && closesParagraphs(element) && isLastParagraph(element);
}
