/**
 * A picture link's label for screen readers: Avada sets `<span class="screen-reader-text">View Larger Image</span>`
 * inside the lightbox link around every post picture, other themes "Enlarge image" or "Open image in lightbox". The
 * link holds the picture and these few words only; read as text they make a line of their own in the story. The
 * label is known by the class that hides it from the eye, WordPress core's `screen-reader-text` and Bootstrap's
 * `sr-only` / `visually-hidden` (conventions shared by most themes): a name shown beside an avatar in a byline link
 * is text the reader sees.
 */

/** A label is a few words (characters); a longer text inside a picture's link is a caption or a teaser's title. */
const MAX_LABEL_CHARS = 40;
/** A sentence's end: a label never has one. */
const SENTENCE_END = /[.!?]$/;
/** The widespread classes that hide text from the eye and leave it to screen readers. */
const SCREEN_READER_ONLY = /(?:^|\s)(?:screen-reader-text|sr-only|visually-hidden|screen-reader-only)(?=$|\s)/i;

/**
 * True for an element holding only a short hidden label (no picture, no sentence) inside a link whose other content
 * is a picture and nothing else: the link's words for screen readers, not a line of the story.
 */
export function isImageLinkLabel(element: Element): boolean {
  if (element.tagName.toUpperCase() === 'A' || element.childElementCount > 0) return false;
  if (!SCREEN_READER_ONLY.test(element.getAttribute('class') ?? '')) return false;
  const text = (element.textContent ?? '').trim();
  if (text.length === 0 || text.length > MAX_LABEL_CHARS || SENTENCE_END.test(text)) return false;
  const link = element.parentElement?.closest('a');
  if (!link || link.querySelector('img, picture') === null) return false;
  // All the link's text is the label: a teaser's title beside its picture is the link's own text.
  return (link.textContent ?? '').trim() === text;
}
