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
/** The credit in brackets closing the caption, with its label: "(Photo: Ann Lee/AP)", "(Picture by Bo Roe)". */
const BRACKETED_LABEL_CREDIT = /\((?:photos?|pictures?|images?)(?:\s+by)?\s*:?\s+[^()]{1,60}\)\.?$/iu;
// The same credit as the caption's last sentence, without brackets, as a Word or Google Docs file pasted into the
// page prints it: "… the new rates will pay for. Photo by Water Department.", "Photo courtesy of the club".
const SENTENCE_CREDIT =
  /(?:^|[.!?]\s+)(?:photos?|pictures?|images?)\s+(?:by|courtesy(?:\s+of)?)\s+[^.!?()]{1,60}\.?$/iu;
const SPACES = /\s+/g;

/** True when a caption closes on its credit, in brackets or as its last sentence. */
const hasCredit = (text: string): boolean => BRACKETED_LABEL_CREDIT.test(text) || SENTENCE_CREDIT.test(text);

/** True when an element holds a picture and no text: the paragraph an editor puts an inline image in. */
function isPictureParagraph(element: Element | null): boolean {
  if (element === null) return false;
  if (element.querySelector('img, picture') === null && !element.matches('img, picture')) return false;
  return (element.textContent ?? '').trim().length === 0;
}

/** True when all of a paragraph's text is in one emphasis element (an italic line). */
function isAllEmphasis(paragraph: Element): boolean {
  const children = Array.from(paragraph.childNodes).filter(
    (node) => node.nodeType !== 3 || (node.textContent ?? '').trim().length > 0,
  );
  const only = children[0];
  return (
    children.length === 1 && only !== undefined && only.nodeType === 1 && EMPHASIS_TAGS.has(only.nodeName.toUpperCase())
  );
}

/**
 * True for a paragraph right after a picture's paragraph, all in italics, short, and ending on a labelled credit in
 * brackets or in a closing "Photo by …" sentence. An italic line without the picture before it (an editor's note, a quotation) stays, as does a caption-
 * like line without its credit.
 */
export function isCaptionParagraph(element: Element): boolean {
  if (element.tagName.toUpperCase() !== 'P') return false;
  const text = (element.textContent ?? '').replace(SPACES, ' ').trim();
  if (text.length === 0 || text.length > MAX_CAPTION_CHARS || !hasCredit(text)) return false;
  return isAllEmphasis(element) && isPictureParagraph(element.previousElementSibling);
}
