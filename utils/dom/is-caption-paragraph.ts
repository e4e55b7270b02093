/**
 * A picture's caption typed by the editor as the next paragraph: WYSIWYG editors (TinyMCE in Joomla and older
 * Drupal and WordPress sites, CKEditor) put an inline picture in a paragraph of its own and its caption, in italics,
 * in the paragraph after it, closing on its credit in brackets ("Council chiefs at the meeting on Wednesday. (Photo:
 * Lagoon Star/Ann Lee)"). The caption is not a paragraph of the story.
 */

/** A caption and its credit are a line or two; more text than this (characters) is story. */
const MAX_CAPTION_CHARS = 300;
/** Emphasis tags an editor sets a caption in. */
const EMPHASIS_TAGS = new Set(['EM', 'I']);
/** Inline wrappers an editor sets a size or font with, around the emphasis. */
const STYLE_WRAPPERS = new Set(['SPAN', 'FONT', 'SMALL']);
/**
 * Tags an editor writes a paragraph as: `<p>`, or a `<div>` holding no blocks of its own (CKEditor 4 set to
 * `ENTER_DIV`, and pastes from webmail).
 */
const PARAGRAPH_TAGS = new Set(['P', 'DIV']);
const BLOCK_TAGS = new Set([
  'P',
  'DIV',
  'UL',
  'OL',
  'TABLE',
  'FIGURE',
  'BLOCKQUOTE',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
]);

/**
 * True when a `<div>` holds a block among its children: a wrapper, not a paragraph. Only the children are looked at,
 * before any text is read, since every wrapper of the page passes through here.
 */
const holdsBlock = (div: Element): boolean =>
  Array.from(div.children).some((child) => BLOCK_TAGS.has(child.tagName.toUpperCase()));
/** The credit in brackets closing the caption, with its label: "(Photo: Ann Lee/AP)", "(Picture by Bo Roe)". */
const BRACKETED_LABEL_CREDIT = /\((?:photos?|pictures?|images?)(?:\s+by)?\s*:?\s+[^()]{1,60}\)\.?$/iu;
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
 * Wrappers climbed from the caption to the picture before it: a page builder sets the caption in a text module
 * (`et_pb_text > et_pb_text_inner > p`) after the picture's module, not in a paragraph beside it.
 */
const MAX_WRAPPERS = 4;

/** True when a caption closes on its credit, in brackets or as its last sentence. */
const hasCredit = (text: string): boolean =>
  BRACKETED_LABEL_CREDIT.test(text) || CLOSING_CREDIT.test(text) || CLOSING_LABEL_CREDIT.test(text);

/** A picture element itself, not a block around one. */
const PICTURE = 'img, picture';

/** True when an element holds a picture and no text: the paragraph an editor puts an inline image in. */
function isPictureParagraph(element: Element | null): boolean {
  if (element === null) return false;
  if (element.querySelector('img, picture') === null && !element.matches('img, picture')) return false;
  return (element.textContent ?? '').trim().length === 0;
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
 * True when all of a paragraph's text is in one emphasis element (an italic line), also inside the size and font
 * wrappers an editor sets around it (`<span style="font-size:11px"><em>…</em></span>`, CKEditor 4's way).
 */
function isAllEmphasis(paragraph: Element): boolean {
  let only = onlyChild(paragraph);
  for (let depth = 0; only && STYLE_WRAPPERS.has(only.nodeName.toUpperCase()) && depth < MAX_WRAPPERS; depth++)
    only = onlyChild(only);
  return only !== undefined && EMPHASIS_TAGS.has(only.nodeName.toUpperCase());
}

/**
 * True for a paragraph (`<p>`, or a `<div>` without blocks) right after a picture's paragraph (or, alone in its
 * wrappers, right after the picture's module), all in italics, short, and ending on a labelled credit in brackets, a
 * closing "Photo by …" sentence or a closing labelled credit ("Foto: …", "Fot. …"); or, not in italics, right under
 * a bare `<img>` and closing on a bracketed "(Photo: …)" credit. An italic line without the picture before it (an
 * editor's note, a quotation) stays, as does a caption-like line without its credit.
 */
export function isCaptionParagraph(element: Element): boolean {
  if (!PARAGRAPH_TAGS.has(element.tagName.toUpperCase())) return false;
  if (element.tagName.toUpperCase() === 'DIV' && holdsBlock(element)) return false;
  const text = (element.textContent ?? '').replace(SPACES, ' ').trim();
  if (text.length === 0 || text.length > MAX_CAPTION_CHARS || !hasCredit(text)) return false;
  const before = blockBefore(element);
  if (isAllEmphasis(element)) return isPictureParagraph(before);
  // Not in italics: only right under a bare picture (`<img>` then `<p>`, a template's figure without `<figure>`) and
  // closing on a bracketed "(Photo: …)" credit, which no story paragraph ends on.
  return before !== null && before.matches(PICTURE) && BRACKETED_LABEL_CREDIT.test(text);
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
  return at.previousElementSibling;
}
