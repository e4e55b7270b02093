import { textOf } from './text-of';
import { textWithin } from './text-within';
import { MIN_PARAGRAPH_CHARS } from './prose-chars';
import { isJobTitle } from '../page/is-job-title';

/** A bio is a sentence or two: past this many characters (other than spaces) a block holds more. */
const MAX_BIO_CHARS = 320;
/** Blocks that hold an author box. */
const BOX_TAGS = new Set(['DIV', 'SECTION', 'ASIDE', 'FOOTER']);
/** An author box, or two side by side, is short: names, bios and links (characters other than spaces). */
const MAX_BOX_CHARS = 700;
/** How deep under a box its bio may sit: in the box, or in one writer's box of two. */
const BOX_DEPTH = 2;
/** Blocks a bio is set in: a paragraph, or a bare `<div>` of text in the author's box. */
const BIO_TAGS = new Set(['P', 'DIV']);
/**
 * What follows the writer's name in a bio: who they are or what they cover ("… is a staff writer", "… covers county
 * government", "… writes about food"), in English and as Nordic, French, German, Spanish, Italian and Portuguese
 * bios say it ("är reporter", "est journaliste", "ist Redakteurin", "es periodista", "è giornalista", "é repórter").
 * Company blogs' author cards tell a career ("… ran dispatch for a 30-truck HVAC company before joining …", "… has
 * spent ten years …", "… spent a decade …", "… worked as …", "… runs …", "… helps teams …", "… builds …"), and a
 * small publisher's founder bio how they began it ("… started The Millrace in 2017 …", "… founded the studio …").
 */
const BIO_VERB =
  /^(?:is|was|covers|writes|reports|leads|joined|has|ran|runs|spent|worked|works|helps|builds|started|founded|co-founded|är|er|est|ist|es|è|é)\s/u;

/**
 * The writer's name as a bio opens on it: a declared name may carry the writer's role after a comma ("Ann Lee,
 * Contributor", as HuffPost declares its contributors, "Ann Lee, Staff Writer"), which the bio does not repeat.
 */
function bareName(name: string): string {
  const comma = name.indexOf(',');
  return comma > 0 && isJobTitle(name.slice(comma + 1)) ? name.slice(0, comma).trim() : name;
}

/** True when another paragraph of story length sits beside `element` in its parent: it is in the story's run. */
function besideStoryParagraph(element: Element): boolean {
  const parent = element.parentElement;
  if (!parent) return false;
  for (let at = parent.firstElementChild; at; at = at.nextElementSibling) {
    if (at !== element && at.tagName.toUpperCase() === 'P' && textOf(at).length >= MIN_PARAGRAPH_CHARS) return true;
  }
  return false;
}

/**
 * A test for the writer's bio in a box of its own, and for that box, whatever its class names: a short paragraph (or
 * bare text block) opening on the name of a writer the page declares (JSON-LD `author`, `<meta name="author">`) and
 * saying who they are ("Priya Natarajan is a staff writer at …", "Dana Whitlock covers Orange County …"), or on their
 * first name when the box names them in full too ("Priya Raman" over "Priya is a senior engineer …"). An author box is
 * not body. A paragraph among the story's own paragraphs is the story's (a closing tagline in plain type, kept by the
 * Dragnet gold; a closing italic one is `isAuthorTagline`'s). `bylines` are the page's declared writers.
 */
export function authorBioTest(bylines: readonly string[]): (element: Element) => boolean {
  const names = bylines.map((name) => bareName(name.trim())).filter((name) => name.includes(' '));
  if (names.length === 0) return () => false;
  const isBio = (element: Element): boolean => {
    if (!BIO_TAGS.has(element.tagName.toUpperCase())) return false;
    const raw = textWithin(element, MAX_BIO_CHARS);
    if (raw === undefined) return false;
    const text = raw.replace(/\s+/g, ' ').trim();
    const opens = names.some((name) => {
      if (text.startsWith(name + ' ') && BIO_VERB.test(text.slice(name.length + 1))) return true;
      const first = name.split(' ')[0] ?? '';
      if (!text.startsWith(first + ' ') || !BIO_VERB.test(text.slice(first.length + 1))) return false;
      const box = element.parentElement;
      return box !== null && textWithin(box, MAX_BIO_CHARS * 2)?.includes(name) === true;
    });
    return opens && !besideStoryParagraph(element);
  };
  // The box around it: the name over the bio, a link to the writer's page, a second writer's box beside it.
  const holdsBio = (element: Element, depth: number): boolean => {
    for (let child = element.firstElementChild; child; child = child.nextElementSibling) {
      if (isBio(child) || (depth > 1 && holdsBio(child, depth - 1))) return true;
    }
    return false;
  };
  return (element) =>
    isBio(element) ||
    (BOX_TAGS.has(element.tagName.toUpperCase()) &&
      textWithin(element, MAX_BOX_CHARS) !== undefined &&
      holdsBio(element, BOX_DEPTH));
}
