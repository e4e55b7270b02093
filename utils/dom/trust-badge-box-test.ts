import { countLinkText } from './link-text';
import { textOf } from './text-of';

/**
 * The trust schemes whose badge news sites print in a box beside the story: RSF's Journalism Trust Initiative ("JTI",
 * swissinfo.ch and many European public and regional media) and the Trust Project (US and European members). Their
 * own names: a widespread convention, not a template's class. No boundary after the name: a box's text runs into its
 * link's ("…Trust InitiativeMehr erfahren").
 */
const TRUST_SCHEME = /\b(?:journalism trust initiative|trust project)/i;
/** The badge says the site is certified by or a member of it, in English, German, French, Italian or Spanish. */
const BADGE_WORD =
  /\b(?:certifi|zertifiz|member|mitglied|membre|membro|miembro|standards?\b|normes?\b|norme\b|normas?\b)/i;
/** A badge box is a line and a link (characters); more is a story or a section about the scheme. */
const MAX_BADGE_CHARS = 250;
/** How many ancestors above the badge's text are read for its box. */
const MAX_LEVELS = 3;
/**
 * What a box adds around the badge's line (characters, spaces not counted): its link ("Mehr erfahren", "Learn more",
 * "Weitere Informationen"), never a paragraph of the story.
 */
const MAX_BOX_EXTRA_CHARS = 24;
/** Blocks a badge box is built as; the story's own containers stop the walk. */
const BOX_TAGS = new Set(['DIV', 'SECTION', 'ASIDE', 'P']);
const STOP_TAGS = new Set(['ARTICLE', 'MAIN', 'BODY', 'HTML']);

/** True when a block inside `element` names the scheme itself (the badge's own line is further in). */
function holdsBadgeBlock(element: Element): boolean {
  for (let child = element.firstElementChild; child; child = child.nextElementSibling) {
    if (BOX_TAGS.has(child.tagName.toUpperCase()) && TRUST_SCHEME.test(textOf(child))) return true;
  }
  return false;
}

/** True for a `<p>` with another `<p>` beside it: a run of paragraphs is prose. */
function isParagraphInRun(element: Element): boolean {
  if (element.tagName.toUpperCase() !== 'P') return false;
  const isParagraph = (sibling: Element | null) => sibling?.tagName.toUpperCase() === 'P';
  return isParagraph(element.previousElementSibling) || isParagraph(element.nextElementSibling);
}

/**
 * A test for the boxes of `doc` that show a trust scheme's badge: a short block saying the site is certified under the
 * Journalism Trust Initiative or a member of the Trust Project, often with a "Learn more" link ("Zertifiziert nach den
 * Standards der Journalism Trust Initiative / Mehr erfahren"). It tells about the site, not the story. Found once per
 * page (only when the page names a scheme at all), so each test is a set lookup.
 */
export function trustBadgeBoxTest(doc: Document): (element: Element) => boolean {
  const boxes = new Set<Element>();
  const body = doc.body as HTMLElement | null;
  if (!body || !TRUST_SCHEME.test(body.textContent ?? '')) return () => false;
  for (const element of body.querySelectorAll('div, section, aside, p')) {
    const text = textOf(element);
    if (text.length > MAX_BADGE_CHARS || !TRUST_SCHEME.test(text) || !BADGE_WORD.test(text)) continue;
    // From the innermost block holding the line: the walk up decides how much around it is the box.
    if (holdsBadgeBlock(element)) continue;
    let top: Element = element;
    let at = element.parentElement;
    for (let level = 0; at && level < MAX_LEVELS && !STOP_TAGS.has(at.tagName.toUpperCase()); level++) {
      // What the block adds around the badge is its "Learn more" link alone: nothing that is not a link.
      const extra = countLinkText(at, top);
      if (!BOX_TAGS.has(at.tagName.toUpperCase()) || extra.chars > MAX_BOX_EXTRA_CHARS || extra.linkChars < extra.chars)
        break;
      top = at;
      at = at.parentElement;
    }
    // A paragraph among paragraphs is the story's own line about the scheme, not a badge.
    if (!isParagraphInRun(top)) boxes.add(top);
  }
  return (element) => boxes.has(element);
}
