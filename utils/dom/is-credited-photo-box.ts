import { textWithin } from './text-within';

/**
 * A photo box built without `<figure>`: one picture and, in a block of its own, the caption that ends on its credit.
 * Korean and Taiwanese papers set them as layout tables (`table.art_img`: the image in one row, "… on Nov. 20.
 * (Yonhap)" in the next) or as a `<div>` holding the image and a `<p>` ("… on Thursday.<br>Photo: CNA"). The caption
 * is no paragraph of the story.
 */

/** A caption with its credit is at most this long (characters); a box with more holds story text too. */
const MAX_CAPTION_CHARS = 300;
/** Boxes that hold a picture and its caption; a paragraph with an image in its text is the story's own line. */
const BOX_TAGS = new Set(['DIV', 'TABLE']);
/** Elements whose text is a line of prose: a picture among their text stands in that line. */
const INLINE_TEXT_TAGS = new Set(['P', 'A', 'SPAN', 'LI', 'TD', 'TH']);
const SPACES = /\s+/g;
/**
 * The credit a caption ends on, as a label starting its own sentence or line: "… on Thursday. Photo: CNA", "Photo by
 * Ann Lee" (not inside brackets: "(AP Photo by Ann Lee)" is the other form).
 */
const LABEL_CREDIT =
  /(?:^|[.!?"”’]\s*)(?:(?:photos?|images?|pictures?|credits?|courtesy)(?:\s+by)?\s*[:：]|photo(?:graph)?\s+by\s)\s*[^.:()[\]]{1,60}$/iu;
/** An agency or photographer in brackets after the caption's sentence: "… on Nov. 20. (Yonhap)", "… plant. [NEWS1]". */
const BRACKET_CREDIT = /[.!?"”’]\s*[([][^()[\]]{2,60}[)\]]\.?$/u;
/** The agency in capitals in square brackets, as Korean papers credit a photo: "… on Thursday. [YONHAP]". */
const CAPITALS_CREDIT = /[.!?"”’]\s*\[[\p{Lu}\d][\p{Lu}\d .,&/-]{1,40}\]$/u;

/** True when the box holds exactly one picture and no player, frame or form. */
function holdsOnePicture(element: Element): boolean {
  if (element.querySelector('video, iframe, form, ul, ol, h1, h2, h3, h4, h5, h6, blockquote') !== null) return false;
  return element.querySelectorAll('img').length === 1;
}

/**
 * True when the caption sits in an element of its own beside the picture's: the nearest block around the picture that
 * holds text has no text of its own, only elements (an image inside a paragraph's text is the story's line).
 */
function captionApart(element: Element, image: Element): boolean {
  let around = image.parentElement;
  while (around && around !== element && (around.textContent ?? '').trim().length === 0) around = around.parentElement;
  if (!around || INLINE_TEXT_TAGS.has(around.tagName.toUpperCase())) return false;
  // All the box's text is the picture's caption: a dek beside a thumbnail and its credit is a header, not a photo box.
  if ((around.textContent ?? '').trim().length !== (element.textContent ?? '').trim().length) return false;
  for (let node = around.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 3 && (node.textContent ?? '').trim().length > 0) return false;
  }
  return true;
}

/**
 * True for a box holding one picture and, apart from it, a caption that ends on its credit, also in a paragraph
 * (`isImageBox` takes captions in plain blocks without a credit).
 */
export function isCreditedPhotoBox(element: Element): boolean {
  if (!BOX_TAGS.has(element.tagName.toUpperCase())) return false;
  // Every block is asked: only a short one has its text read in full.
  const within = textWithin(element, MAX_CAPTION_CHARS);
  if (within === undefined) return false;
  const text = within.replace(SPACES, ' ').trim();
  if (text.length === 0 || text.length > MAX_CAPTION_CHARS) return false;
  // A layout table's caption row is a caption whatever its credit's form; in a `<div>`, a credit in round brackets is
  // too often kept as the caption's last words in the article texts we measure on (2012 news pages), a credit label or
  // an agency in capitals in square brackets not.
  const credited =
    LABEL_CREDIT.test(text) ||
    CAPITALS_CREDIT.test(text) ||
    (element.tagName.toUpperCase() === 'TABLE' && BRACKET_CREDIT.test(text));
  if (!credited) return false;
  if (!holdsOnePicture(element)) return false;
  const image = element.querySelector('img');
  return image !== null && captionApart(element, image);
}
