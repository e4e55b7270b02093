import { holdsByline } from './holds-byline';
import { textWithin } from './text-within';
import { hasOwnText } from './has-own-text';

/**
 * A picture with its caption, set without `<figure>`. Templates do it in two shapes: plain blocks with meaningless
 * class names (`<div><img><div>A pitcher throws …</div><div>Photo: Ann Lee</div></div>`), and, as Korean and
 * Taiwanese papers do, a layout table or a `<div>` whose caption, in a block of its own, ends on its credit
 * (`table.art_img`: the image in one row, "… on Nov. 20. (Yonhap)" in the next; "… on Thursday.<br>Photo: CNA").
 * Neither caption is a paragraph of the story.
 */

/** A caption and its credit are a line or two; more text than this (characters) is story. */
const MAX_CAPTION_CHARS = 300;
/** Plain blocks a template wraps a picture in; a paragraph holding an image is the story's own line. */
const PLAIN_BOX_TAGS = new Set(['DIV', 'SECTION', 'ASIDE']);
/** Boxes whose caption is read when it ends on a credit: a `<div>`, or a layout table's caption row. */
const CREDITED_BOX_TAGS = new Set(['DIV', 'TABLE']);
/** A byline's opening words and its link to the writer's page, when no markup names it. */
const BYLINE_TEXT = /^\s*by\s/i;
const AUTHOR_LINK = 'a[href*="/author"]';
/** Blocks that are the story's own text, never a caption's. */
const STORY_BLOCKS = 'h1, h2, h3, h4, h5, h6, p, li, blockquote';
/** What a one-picture box with a credited caption holds none of: a player, frame, form, list, heading or quote. */
const NOT_CAPTION = 'video, iframe, form, ul, ol, h1, h2, h3, h4, h5, h6, blockquote';
/** Elements whose text is a line of prose: a picture among their text stands in that line. */
const INLINE_TEXT_TAGS = new Set(['P', 'A', 'SPAN', 'LI', 'TD', 'TH']);
/** Table cells, where a layout table sets a picture and its caption in the same cell. */
const TABLE_CELL_TAGS = new Set(['TD', 'TH']);
const SPACES = /\s+/g;
/**
 * The credit a caption ends on, as a label starting its own sentence or line: "… on Thursday. Photo: CNA", "Photo by
 * Ann Lee", also after one word naming the paper or the kind ("Post Photo: Ann Lee", "File photo:", "Star photo:")
 * (not inside brackets: "(AP Photo by Ann Lee)" is the other form). A chart's caption ends on its source or maker,
 * with or without a full stop: "… millions of tonnes. Source: Global Carbon Project. Chart by Carbon Brief."
 * The same photo label in Cyrillic: Russian and Ukrainian "Фото:", Bulgarian "Снимка:", Serbian "Слика:"; in Urdu
 * "فوٹو:" after the Urdu full stop ("… کم ہو گئی۔ فوٹو: فائل"), Persian "عکس:" and Kurdish "وێنە:".
 */
export const LABEL_CREDIT =
  /(?:^|[.!?"”’۔]\s*)(?:\p{L}{2,12}\s+)?(?:(?:photos?|images?|pictures?|credits?|courtesy|fotos?|bild|фото|снимка|слика|світлина|فوٹو|عکس|وێنە)(?:\s+by)?\s*[:：]|photo(?:graph)?\s+by\s)\s*[^.:()[\]]{1,60}$|(?:^|[.!?"”’]\s*)(?:(?:sources?|data)\s*[:：]|(?:chart|graphic|map)\s+by\s)\s*[^.:()[\]]{1,60}\.?$/iu;
/** An agency or photographer in brackets after the caption's sentence: "… on Nov. 20. (Yonhap)", "… plant. [NEWS1]". */
const BRACKET_CREDIT = /[.!?"”’]\s*[([][^()[\]]{2,60}[)\]]\.?$/u;
/**
 * The agency in capitals, a slash and the photographer after the caption's sentence, as news agencies credit their own
 * pictures: "… Oct 3, 2019. EFE-EPA/Ramon Ortega", "… in the capital. REUTERS/Ann Lee/File Photo", "… . AFP PHOTO / ANN
 * LEE". Capitals before the slash and a capitalised name after it; a sentence of the story never ends so.
 */
const AGENCY_SLASH_CREDIT =
  /[.!?"”’]\s*\p{Lu}{2,12}(?:[-–]\p{Lu}{2,12})?(?:\s+(?:PHOTO|Photo|photo))?\s?\/\s?\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,3}(?:\s?\/\s?\p{Lu}[\p{L}]{1,12}(?:\s\p{Lu}?[\p{L}]{1,12})?)?\.?$/u;
/** The agency in capitals in square brackets, as Korean papers credit a photo: "… on Thursday. [YONHAP]". */
const CAPITALS_CREDIT = /[.!?"”’]\s*\[[\p{Lu}\d][\p{Lu}\d .,&/-]{1,40}\]$/u;

/**
 * The plain shape: a picture and no more text than a caption, in no heading, paragraph or list. A heading, paragraph
 * or list beside the picture makes it a part of the story (a list item with its photo); so does text written straight
 * into the box, as a blog post's body is (`<div><a><img></a> I was walking …<br>…</div>`).
 */
function isPlainCaptionBox(element: Element, text: string): boolean {
  if (element.querySelector('img, picture') === null || element.querySelector(STORY_BLOCKS) !== null) return false;
  if (hasOwnText(element)) return false;
  // An author's photo beside the name and date is the byline block, which the parser reads.
  return !holdsByline(element) && !BYLINE_TEXT.test(text) && element.querySelector(AUTHOR_LINK) === null;
}

/**
 * True when the caption sits in an element of its own beside the picture's: the nearest block around the picture that
 * holds text has no text of its own, only elements (an image inside a paragraph's text is the story's line), and all
 * the box's text is that caption (a dek beside a thumbnail and its credit is a header, not a photo box).
 */
function captionApart(element: Element, image: Element): boolean {
  let around = image.parentElement;
  while (around && around !== element && (around.textContent ?? '').trim().length === 0) around = around.parentElement;
  if (!around) return false;
  // A layout table's cell may hold the picture and, under a `<br>`, its caption in a `<font>` or `<i>` of its own:
  // the cell has no text of its own then (checked below), unlike a paragraph's line with a picture in it.
  const tag = around.tagName.toUpperCase();
  if (INLINE_TEXT_TAGS.has(tag) && !TABLE_CELL_TAGS.has(tag)) return false;
  if ((around.textContent ?? '').trim().length !== (element.textContent ?? '').trim().length) return false;
  return !hasOwnText(around);
}

/** The credited shape: one picture and, apart from it, a caption that ends on its credit, also in a paragraph. */
function isCreditedCaptionBox(element: Element, tag: string, within: string): boolean {
  const text = within.replace(SPACES, ' ').trim();
  if (text.length > MAX_CAPTION_CHARS) return false;
  // A layout table's caption row is a caption whatever its credit's form; in a `<div>`, a credit in round brackets is
  // too often kept as the caption's last words in the article texts we measure on (2012 news pages), a credit label,
  // an agency in capitals in square brackets or an agency's "AGENCY/Name" credit not.
  const credited =
    LABEL_CREDIT.test(text) ||
    CAPITALS_CREDIT.test(text) ||
    AGENCY_SLASH_CREDIT.test(text) ||
    (tag === 'TABLE' && BRACKET_CREDIT.test(text));
  if (!credited || element.querySelector(NOT_CAPTION) !== null) return false;
  const images = element.querySelectorAll('img');
  const image = images[0];
  return images.length === 1 && image !== undefined && captionApart(element, image);
}

/** True for a box holding a picture and its caption (and credit), in either shape above. */
export function isPictureBox(element: Element): boolean {
  const tag = element.tagName.toUpperCase();
  const plain = PLAIN_BOX_TAGS.has(tag);
  if (!plain && !CREDITED_BOX_TAGS.has(tag)) return false;
  // Every block is asked: only a short one has its text read in full, and once for both shapes.
  const text = textWithin(element, MAX_CAPTION_CHARS);
  if (text === undefined || text.trim().length === 0) return false;
  return (
    (plain && isPlainCaptionBox(element, text)) ||
    (CREDITED_BOX_TAGS.has(tag) && isCreditedCaptionBox(element, tag, text))
  );
}
