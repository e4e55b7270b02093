import { SECTION_HEADING_TAGS } from './heading-tags';
import { hasOwnText } from './has-own-text';
import { textOf } from './text-of';
import { textWithin } from './text-within';

/** Blocks that hold a card; a paragraph is a line of the story, which the line rules judge. */
const BOX_TAGS = new Set(['DIV', 'SECTION', 'ASIDE']);
/** A card is a title, a line and a button (characters other than spaces); more is a part of the story. */
const MAX_CARD_CHARS = 300;
/** Lines a card has over its button: a label, a title, a blurb. */
const MAX_LINES = 3;
/** A card's line is short (characters): a longer one is a paragraph of the story. */
const MAX_LINE_CHARS = 120;
/** The site speaking to the reader: "you", "your", or of itself, "we", "our", "us". */
const READER_ADDRESS = /\b(?:you|your|we|our|us)\b/i;
/** Quoted speech, whose "we" is the speaker's, not the site's: straight or curly double quotes. */
const QUOTED = /"[^"]*"|“[^”]*”/g;

/**
 * True when a blurb speaks to the reader outside any quotation (see `READER_ADDRESS`). Under a card's own section
 * heading (`SECTION_HEADING_TAGS`) such a blurb may be a paragraph of a couple of sentences, up to the card's whole
 * budget: "Get Benzinga Pro's exclusive premarket report" over "Our traders' desk sends … Start a free 14-day trial …"
 * and a "Try Benzinga Pro Free" button, as finance sites and magazines pitch their paid tiers inside the text ("Enjoy
 * this story?" over "Become a member … our archive"). A story's section under a subheading tells of others, in the
 * third person.
 */
const addressesReader = (text: string): boolean => READER_ADDRESS.test(text.replace(QUOTED, ' '));
/**
 * The same in Chinese and Japanese, whose characters each carry about a word: 60 of them are two lines of a card, 120
 * a paragraph of the story.
 */
const MAX_CJK_LINE_CHARS = 60;
/** A line written in Han or kana. */
const CJK_TEXT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
/** A button's text is a few words (characters): "Check Your Symptoms", "Get the template", "View at Amazon". */
const MAX_BUTTON_CHARS = 30;
/** Blocks a card's lines are set in. */
const LINE_TAGS = new Set(['P', 'DIV', 'SPAN', 'H2', 'H3', 'H4', 'H5', 'H6', 'STRONG']);
/**
 * A button's text closes no sentence; a card's blurb does. Chinese and Japanese close theirs on a full-width stop
 * ("毎日新聞のニュースアプリで、速報や注目記事をお知らせします。" over "アプリをダウンロード", as Japanese papers pitch
 * their app under the story).
 */
const SENTENCE_END = /[.!?。！？]$/u;
/**
 * A blurb may also hold its sentence before a last call of its own with no stop ("Get … for just £18 a month. Upgrade
 * now", as a sports broadcaster pitches its channels between a story's paragraphs): a stop inside the line, then a
 * capitalised word.
 */
const INNER_SENTENCE_END = /[.!?] \p{Lu}/u;

/** The card's button: its last child, a link or a button, or a block holding only one. */
function buttonOf(last: Element): Element | undefined {
  const tag = last.tagName.toUpperCase();
  if (tag === 'A' || tag === 'BUTTON') return last;
  const only = last.children.length === 1 ? last.children[0] : undefined;
  if (!only || hasOwnText(last)) return undefined;
  const onlyTag = only.tagName.toUpperCase();
  return onlyTag === 'A' || onlyTag === 'BUTTON' ? only : undefined;
}

/**
 * True for a call-to-action card set between a story's paragraphs, whatever its class names: a short block of a line
 * or three (a label, a title or question, a blurb: "Are you experiencing symptoms?" / "Use the Symptom Checker to find
 * out …") closing on its only link, a button of a few words ("Check Your Symptoms", "Get the template", "View at
 * Amazon"), as health, software and shopping sites promote their own tools, templates and deals inside the text. A
 * part of the story has a paragraph longer than a card's line, links in its text, or no button closing it.
 */
export function isCallToActionCard(element: Element): boolean {
  if (!BOX_TAGS.has(element.tagName.toUpperCase())) return false;
  if (textWithin(element, MAX_CARD_CHARS) === undefined || hasOwnText(element)) return false;
  const last = element.lastElementChild;
  const button = last ? buttonOf(last) : undefined;
  if (!last || !button || element.getElementsByTagName('a').length > 1) return false;
  const label = textOf(button);
  if (label.length === 0 || label.length > MAX_BUTTON_CHARS || SENTENCE_END.test(label)) return false;
  let lines = 0;
  let sentence = false;
  const headed = SECTION_HEADING_TAGS.has(element.firstElementChild?.tagName.toUpperCase() ?? '');
  for (let child = element.firstElementChild; child && child !== last; child = child.nextElementSibling) {
    const text = textOf(child);
    if (text.length === 0) continue;
    const maxChars = CJK_TEXT.test(text)
      ? MAX_CJK_LINE_CHARS
      : headed && child.tagName.toUpperCase() === 'P' && addressesReader(text)
        ? MAX_CARD_CHARS
        : MAX_LINE_CHARS;
    if (!LINE_TAGS.has(child.tagName.toUpperCase()) || text.length > maxChars || ++lines > MAX_LINES) return false;
    if (child.getElementsByTagName('img').length > 0) return false;
    if (SENTENCE_END.test(text) || INNER_SENTENCE_END.test(text)) sentence = true;
  }
  return lines > 0 && sentence;
}
