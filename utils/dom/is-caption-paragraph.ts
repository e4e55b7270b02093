import { BLOCK_TAGS } from './block-tags';
import { echoesAltText } from './echoes-alt-text';
import { isItalicElement } from './is-italic-element';
import { isBreak } from './is-break';
import { nextNonBlank } from './non-blank-from';
import { LABEL_CREDIT } from './is-picture-box';
import { seenText } from './seen-text';
import { textOf } from './text-of';

/**
 * A picture's caption typed by the editor as the next paragraph: WYSIWYG editors (TinyMCE in Joomla and older
 * Drupal and WordPress sites, CKEditor) put an inline picture in a paragraph of its own and its caption, in italics,
 * in the paragraph after it, closing on its credit in brackets ("Council chiefs at the meeting on Wednesday. (Photo:
 * Lagoon Star/Ann Lee)"). Hosted site builders (Wix, Duda, Google Sites, Framer) do the same with a text box under
 * the picture's box, set in italics by an inline style or in a smaller type of its own. The caption is not a
 * paragraph of the story.
 */

/** A caption and its credit are a line or two; more text than this (characters) is story. */
const MAX_CAPTION_CHARS = 300;
/** Inline wrappers an editor sets a size or font with, around the emphasis. */
const STYLE_WRAPPERS = new Set(['SPAN', 'FONT', 'SMALL']);
/**
 * Tags an editor writes a paragraph as: `<p>`, or a `<div>` holding no blocks of its own (CKEditor 4 set to
 * `ENTER_DIV`, and pastes from webmail), or a `<center>`, as older portals' editors set a picture and its caption
 * among text runs split by `<br><br>` (`<center><img></center><br><center>… Photo: VCG</center>`).
 */
const PARAGRAPH_TAGS = new Set(['P', 'DIV', 'CENTER']);

/** A line break inside a paragraph (a TinyMCE paste breaks its lines so) keeps it a paragraph. */
const LINE_BREAK = 'BR';

/**
 * True when a `<div>` holds a block among its children: a wrapper, not a paragraph. Only the children are looked at,
 * before any text is read, since every wrapper of the page passes through here.
 */
const holdsBlock = (div: Element): boolean =>
  Array.from(div.children).some((child) => {
    const tag = child.tagName.toUpperCase();
    return tag !== LINE_BREAK && BLOCK_TAGS.has(tag);
  });
/**
 * The credit in brackets closing the caption, with its label: "(Photo: Ann Lee/AP)", "(Picture by Bo Roe)", also after
 * a word or two naming the paper or the agency: "(Courier photo by Lena Ostrowski)", "(AP Photo/Ann Lee)".
 */
const BRACKETED_LABEL_CREDIT =
  /\((?:[\p{L}.'’&-]+\s+){0,2}(?:photos?|pictures?|images?)(?:\s+by\s+|\s*[:/]\s*|\s+)[^()]{1,60}\)\.?$/iu;
const SPACES = /\s+/g;
/**
 * The credit as the caption's closing sentence, unbracketed: "… after the freeze. Photo courtesy of Sam Hollins.",
 * "Photo by Ann Lee." (how page-builder sites type a caption into a text module of its own under the picture, and
 * how a Word or Google Docs file pasted into the page prints it).
 */
const CLOSING_CREDIT =
  /(?:^|[.!?]\s+)(?:photo(?:graph)?|picture|image)s?\s+(?:courtesy(?:\s+of)?|by)\s+[^.!?()]{1,60}\.?$/iu;
/**
 * The credit as a labelled closing sentence, unbracketed, as editors in many languages type it under the picture:
 * "… at the signing. Foto: Prensa Municipal" (Spanish, Portuguese, Italian, German, Nordic), "… od strony nurtu.
 * Fot. Marek Jóźwiak" (Polish, Czech), "… on Friday. Photo: Ann Lee/AP".
 */
const CLOSING_LABEL_CREDIT = /(?:^|[.!?]\s+)(?:photo|foto|fot\.|picture|bild)s?\s*:?\s+[^.!?()]{1,60}\.?$/iu;
/**
 * A credit label with its colon closing the caption, unbracketed, as its own sentence: "… this winter. Photo: Ann Lee
 * for the Post", "… in 2024. Staff photo: Bo Roe". A story's sentence never ends so, so the caption's type need not
 * tell (a builder's caption text box is set in a smaller type of its own, not in italics).
 */
const COLON_CREDIT = /(?:^|[.!?"”’]\s*)(?:\p{L}{2,12}\s+)?(?:photos?|pictures?|images?)\s*[:：]\s*[^.:()[\]]{1,60}$/iu;
/**
 * A closing "Courtesy of …" sentence naming who gave the picture, without a photo word: "… a glass gallery. Courtesy of
 * Castell Architects", "… in 1952. Courtesy Hollis Family Archive." A story's sentence never ends on such a verbless
 * line, so under a picture it makes the text box its caption in any type (a builder's caption box is set small by
 * its class, not in italics).
 */
const COURTESY_CREDIT = /(?:^|[.!?"”’]\s+)[Cc]ourtesy(?:\s+of)?\s+[\p{Lu}][^.!?()]{1,60}\.?$/u;
/**
 * A numbered figure label opening the caption: "Figure 1: Cedarline's unit at Marwick", "Fig. 2 – The site plan",
 * "Photo 3: …", as press releases (Newsfile, GlobeNewswire) and reports caption their pictures in the paragraph under
 * them. Under a picture's paragraph it makes the line a caption in any type; a story's sentence that mentions a figure
 * ("Figure 1 shows …") has no label mark after the number.
 */
const FIGURE_LABEL = /^(?:figure|fig\.|photo|image|picture|chart|exhibit)\s+\d{1,2}\s*[:.–—-]\s+\S/iu;
/**
 * The mark Korean papers and boards open a picture's caption with, in Korean or in their English editions: "▲ The
 * Global Lounge will stay open all night", "▲ 18일 서울 … (사진=연합뉴스)". Under a picture's paragraph it makes the
 * line a caption in any type; a story's sentence never opens on it.
 */
const CAPTION_MARK = /^▲\s*\S/u;
/**
 * Wrappers climbed from the caption to the picture before it: a page builder sets the caption in a text module
 * (`et_pb_text > et_pb_text_inner > p`) after the picture's module, not in a paragraph beside it.
 */
const MAX_WRAPPERS = 4;

/** True when a caption closes on its credit, in brackets or as its last sentence. */
const hasCredit = (text: string): boolean =>
  BRACKETED_LABEL_CREDIT.test(text) ||
  CLOSING_CREDIT.test(text) ||
  CLOSING_LABEL_CREDIT.test(text) ||
  COURTESY_CREDIT.test(text) ||
  LABEL_CREDIT.test(text);

/** True when a line under a picture's paragraph echoes the picture's alt text (see `echoesAltText`). */
const isAltEcho = (text: string, before: Element | null): boolean =>
  before !== null && isPictureParagraph(before) && echoesAltText(text, before);

/**
 * True when a paragraph comes right after a bare `<img>`, its sibling in one wrapper, and says what the image's alt
 * text says: the caption, in any type. Templates that fill the alt text from the caption print both (Público.es's lead
 * photo: `img[alt="Puestos del mercado … - EFE"]` over `p.article-header-media-footer` "Puestos del mercado … EFE /
 * Ann Lee"); a story's paragraph under a picture says more than the picture's description.
 */
function isBareImageEcho(paragraph: Element, text: string): boolean {
  const before = paragraph.previousElementSibling;
  return before !== null && before.matches('img') && echoesAltText(text, before);
}

/** A picture element itself, not a block around one. */
const PICTURE = 'img, picture';

/**
 * True when an element holds a picture and no text a reader sees: the paragraph an editor puts an inline image in, or
 * the box a media module prints around it with the file's name for screen readers only (see `seenText`).
 */
function isPictureParagraph(element: Element | null): boolean {
  if (element === null) return false;
  if (element.querySelector(PICTURE) === null && !element.matches(PICTURE)) return false;
  return seenText(element).trim().length === 0;
}

/** The element a node's text all sits in, when it has exactly one child that is not blank text. */
function onlyChild(node: Node): Element | undefined {
  const children = Array.from(node.childNodes).filter(
    (child) => child.nodeType !== 3 || (child.textContent ?? '').trim().length > 0,
  );
  const only = children[0];
  return children.length === 1 && only !== undefined && only.nodeType === 1 ? (only as Element) : undefined;
}

/**
 * True when all of a paragraph's text is in one italic element (`<em>`, `<i>`, a span styled italic), also inside
 * the size and font wrappers an editor sets around it (`<span style="font-size:11px"><em>…</em></span>`, CKEditor
 * 4's way).
 */
function isAllEmphasis(paragraph: Element): boolean {
  let only = onlyChild(paragraph);
  for (
    let depth = 0;
    only && !isItalicElement(only) && STYLE_WRAPPERS.has(only.nodeName.toUpperCase()) && depth < MAX_WRAPPERS;
    depth++
  )
    only = onlyChild(only);
  return only !== undefined && isItalicElement(only);
}

/**
 * True for a paragraph (`<p>`, or a `<div>` without blocks) right after a picture's paragraph (or, alone in its
 * wrappers, right after the picture's module), short, and ending on a credit: all in italics, with a labelled credit
 * in brackets, a closing "Photo by …" sentence or a closing labelled credit ("Foto: …", "Fot. …"), or in any type
 * with a credit label and colon closing it ("… this winter. Photo: Ann Lee"); or, in any type, right under a bare
 * `<img>` and closing on a bracketed "(Photo: …)" credit; or all in italics under a picture's paragraph, without a
 * credit, when it echoes the picture's alt text (a Markdown blog's caption). An italic line without the picture before
 * it (an editor's note, a quotation) stays, as does a caption-like line without its credit that says something else.
 */
export function isCaptionParagraph(element: Element): boolean {
  if (isItalicElement(element)) return isCaptionLine(element);
  if (!PARAGRAPH_TAGS.has(element.tagName.toUpperCase())) return false;
  if (element.tagName.toUpperCase() !== 'P' && holdsBlock(element)) return false;
  const text = (element.textContent ?? '').replace(SPACES, ' ').trim();
  if (text.length === 0 || text.length > MAX_CAPTION_CHARS) return false;
  // Without a credit, an italic line under a picture's paragraph is its caption when it echoes the alt text.
  // A numbered figure label ("Figure 1: …") right under a picture's paragraph is its caption in any type, as is a line
  // opening on the Korean caption mark ("▲ …").
  if ((FIGURE_LABEL.test(text) || CAPTION_MARK.test(text)) && isPictureParagraph(blockBefore(element))) return true;
  // Right under a bare `<img>` whose alt text it repeats, a line is its caption in any type (`isBareImageEcho`).
  if (isBareImageEcho(element, text)) return true;
  if (!hasCredit(text)) return isAllEmphasis(element) && isAltEcho(text, blockBefore(element));
  const before = blockBefore(element);
  if ((COLON_CREDIT.test(text) || COURTESY_CREDIT.test(text) || isAllEmphasis(element)) && isPictureParagraph(before))
    return true;
  // Under a bare picture (`<img>` then `<p>`, a template's figure without `<figure>`), a line closing on a bracketed
  // "(Photo: …)" credit, which no story paragraph ends on, is its caption in any type.
  return before !== null && before.matches(PICTURE) && BRACKETED_LABEL_CREDIT.test(text);
}

/**
 * True for an italic line closing on its credit among a post's `<br>`-split runs, right under its picture: forum and
 * blog editors of about 2010 write no paragraphs, only line breaks (`<img><br><i>A walleye caught off the point. Photo
 * by Ann Lee.</i><br><br>Anglers …`, a vBulletin news post). The line is all the italic element's: a `<br>` or the
 * run's end follows it, and only line breaks part it from the picture. An italic line that does not close on a credit
 * (an editor's note under the picture) stays.
 */
function isCaptionLine(element: Element): boolean {
  // The cheap look at the siblings first: every italic element of the page passes through here.
  if (!isBreak(element.previousElementSibling)) return false;
  if (!isPictureParagraph(elementBeforeBreaks(element))) return false;
  const text = textOf(element);
  if (text.length === 0 || text.length > MAX_CAPTION_CHARS || !hasCredit(text)) return false;
  const after = nextNonBlank(element);
  return after === null || isBreak(after);
}

/**
 * The element before the paragraph, or before the wrappers that hold nothing but it (a builder's text module):
 * the picture's paragraph or module, when the paragraph is its caption.
 */
function blockBefore(paragraph: Element): Element | null {
  let at = paragraph;
  for (let climbs = 0; climbs < MAX_WRAPPERS && !at.previousElementSibling; climbs++) {
    const parent = at.parentElement;
    if (!parent || parent.children.length !== 1) return null;
    at = parent;
  }
  return elementBeforeBreaks(at);
}

/** Line breaks an editor leaves between a picture's block and its caption, in a story set as `<br>`-split runs. */
const MAX_BREAKS_BETWEEN = 2;

/**
 * The element before, past the line breaks between (at most `MAX_BREAKS_BETWEEN`), when no text stands between them:
 * text between the picture and the line is a story's run, and the line is then no caption of the picture.
 */
function elementBeforeBreaks(element: Element): Element | null {
  let before = element.previousElementSibling;
  let breaks = 0;
  for (; before && isBreak(before) && breaks < MAX_BREAKS_BETWEEN; breaks++) before = before.previousElementSibling;
  return breaks > 0 && before !== null && textBetween(before, element) ? null : before;
}

/** True when text a reader sees stands between two siblings. */
function textBetween(first: Element, last: Element): boolean {
  for (let node = first.nextSibling; node && node !== last; node = node.nextSibling)
    if (node.nodeType === 3 && (node.textContent ?? '').trim().length > 0) return true;
  return false;
}
