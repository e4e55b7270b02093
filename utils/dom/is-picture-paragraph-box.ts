import { hasOwnText } from './has-own-text';
import { textOf } from './text-of';
import { textWithin } from './text-within';

/** Plain blocks a template wraps a picture and its caption in. */
const BOX_TAGS = new Set(['DIV', 'SECTION']);
/** A caption and its credit are a line or two (characters other than spaces); more is the story's. */
const MAX_BOX_CHARS = 260;
/** The caption paragraph is a sentence at most this long (characters). */
const MAX_CAPTION_CHARS = 220;
/** A credit beside it ("Alamy", "Marcus Hill/NPR") is a name or two. */
const MAX_CREDIT_CHARS = 60;
/** Inline elements a credit is set in, beside the caption paragraph. */
const CREDIT_TAGS = new Set(['SPAN', 'SMALL', 'CITE', 'EM', 'I', 'DIV']);
/** A byline's opening word: an author's photo over "By Ann Lee" is the byline block. */
const BY = /^by\s/iu;
/** A caption's sentence ends so; a credit ("Lena Ortiz for BuzzFeed News", "Halfpoint / Getty Images") does not. */
const SENTENCE_END = /[.!?]["”’]?$/u;
/**
 * A credit set as a paragraph of its own under the caption's, as older news templates print it (SPIEGEL ONLINE's
 * `p.asset-credit` "Philipp Schulze/ dpa"): a photographer and an agency or paper after a slash, or a credit label
 * ("Foto: …", "Photo: …", "© …"). A short paragraph of another shape is the story's.
 */
const PARAGRAPH_CREDIT =
  /^(?:(?:foto|fotos|photo|photos|bild|image|picture)\s*:\s*\S.*|©\s*\S.*|[\p{L}.'’ -]{2,40}\s?\/\s?\p{L}[\p{L}\p{N} .&-]{1,30})$/iu;

/**
 * A `<figure>` whose only text is its credit, in its `<figcaption>`: the picture of a template that sets the credit in
 * the figure and the caption in a block of its own under it (BuzzFeed's `subbuzz__attribution` over
 * `subbuzz__description`).
 */
function isCreditedFigure(figure: Element, line: string): boolean {
  if (figure.tagName.toUpperCase() !== 'FIGURE' || line.length > MAX_CREDIT_CHARS || SENTENCE_END.test(line))
    return false;
  const credit = figure.querySelector('figcaption');
  return credit !== null && textOf(credit) === line;
}

/** True for a paragraph that is only a picture's credit (see `PARAGRAPH_CREDIT`). */
const isParagraphCredit = (line: string): boolean =>
  line.length <= MAX_CREDIT_CHARS && !SENTENCE_END.test(line) && PARAGRAPH_CREDIT.test(line);

/**
 * The caption's paragraph: a `<p>`, or a `<div>` slot whose only text is one `<p>` (beside empty blocks a template
 * draws a rule or a corner with). Under a bare picture such a slot is read as the caption only when a credit follows
 * it (`isPictureParagraphBox` checks): the lead picture of a header (a paper's picture box under the byline and date)
 * is otherwise left to the header's reader.
 */
function captionParagraph(child: Element): Element | undefined {
  const tag = child.tagName.toUpperCase();
  if (tag === 'P') return child;
  if (tag !== 'DIV' || hasOwnText(child)) return undefined;
  let only: Element | undefined;
  for (let inner = child.firstElementChild; inner; inner = inner.nextElementSibling) {
    if (textOf(inner).length === 0) continue;
    if (only || inner.tagName.toUpperCase() !== 'P') return undefined;
    only = inner;
  }
  return only;
}

/**
 * True for a picture with its caption set as a paragraph, in a plain block of its own, whatever its class names: the
 * block holds one picture (alone or in a wrapper with no text) and, under it, one short paragraph, with at most a
 * credit beside it (`<div><div><img></div><p>The pier pictured from the promenade last
 * week</p><span>Alamy</span></div>`, `<div><img><p>A librarian sets up an air sensor. <span>Marcus
 * Hill/NPR</span></p></div>`), as tabloid, wire and blog templates set a picture without `<figure>`; also a `<figure>`
 * holding only the picture's credit, over the caption's paragraph in a slot of its own (`<div><figure><img><figcaption>Ann
 * Lee for The Paper</figcaption></figure><div><p>The garage …</p></div></div>`), or a bare picture over such a slot
 * when the picture's credit closes the box. The paragraph is
 * the picture's caption, not the story's: the story runs on in paragraphs of its own, not one to a picture. A paragraph
 * above the picture, two paragraphs, a heading, text written into the block itself or a picture set in a paragraph of
 * its own (`<p><img></p>`, a picture in the story's flow) make a part of the story.
 */
export function isPictureParagraphBox(element: Element): boolean {
  if (!BOX_TAGS.has(element.tagName.toUpperCase())) return false;
  const text = textWithin(element, MAX_BOX_CHARS);
  if (text === undefined || text.trim().length === 0 || hasOwnText(element)) return false;
  let picture = false;
  let credited = false;
  let caption: Element | undefined;
  // Whether the caption sits in a slot of its own (a `<div>`), and whether a credit follows it.
  let slotted = false;
  let creditAfter = false;
  for (let child = element.firstElementChild; child; child = child.nextElementSibling) {
    const tag = child.tagName.toUpperCase();
    const line = textOf(child);
    const images = tag === 'IMG' || tag === 'PICTURE' ? 1 : child.getElementsByTagName('img').length;
    if (images > 0) {
      // One picture, before the caption, with no text of its own. A picture in a paragraph is one put in the story's
      // flow (WordPress wraps it so): the paragraph after it is the story's, even when it is the story's only one.
      if (picture || caption || images > 1 || tag === 'P') return false;
      if (line.length > 0 && !isCreditedFigure(child, line)) return false;
      picture = true;
      credited = line.length > 0;
    } else if (caption && tag === 'P' && isParagraphCredit(line)) {
      // The picture's credit in a paragraph of its own under the caption.
      continue;
    } else if ((tag === 'P' || !caption) && captionParagraph(child)) {
      if (!picture || caption || line.length > MAX_CAPTION_CHARS || BY.test(line)) return false;
      caption = child;
      slotted = tag !== 'P';
    } else if (line.length > 0) {
      // Only a credit beside the caption.
      if (!caption || !CREDIT_TAGS.has(tag) || line.length > MAX_CREDIT_CHARS) return false;
      // A credit names; a sentence under the caption is the story's, and does not vouch for the slot.
      creditAfter ||= !SENTENCE_END.test(line);
    }
  }
  // A caption slot under a bare picture is the caption when the picture's credit closes the box (CNN's 2012 story
  // image: the picture, the caption's `<p>` in a `<div>` of its own, the credit's `<div>` under it).
  return picture && caption !== undefined && (!slotted || credited || creditAfter);
}
