import { nextNode } from './next-node';
import { MIN_PARAGRAPH_CHARS } from './prose-chars';
import { textOf } from './text-of';

/** Nodes walked after the headline for the author's element: a post's header is short. */
const MAX_STEPS = 200;
/**
 * An attribute value naming the post's author: a class or id (`post-author`, `author-name`), `itemprop="author"`,
 * `rel="author"`, or a builder's data name (GoDaddy Websites + Marketing's `data-aid="BLOG_POST_AUTHOR"`).
 */
const AUTHOR_NAME = /author/i;
/** …but not the author's picture, bio box or a photo credit (`author-avatar`, `author-bio`, `photo-author`). */
const NOT_THE_NAME = /avatar|image|img|photo|picture|media|bio|box|card|about/i;
/** A link's label in the author's element ("View Profile", "More Posts"), not a name. */
const LINK_LABEL =
  /\b(?:view|profile|posts?|follow|more|about|contact|e-?mail|subscribe|archive|articles|google|twitter|facebook|linkedin|instagram)\b/i;
/** A leading credit word, which the byline reader reads itself. */
const BY = /^by\s+/i;
/** A writer's name: two to four capitalised words ("Rosalind Marsh", "J. R. Okafor", "Ana de la Cruz"). */
const PERSON_NAME =
  /^\p{Lu}[\p{L}.'’-]*(?:\s+(?:(?:de|da|van|von|der|la|le|del|di|du|bin|al)\s+)*\p{Lu}[\p{L}.'’-]*){1,3}$/u;

const namesAuthor = (element: Element): boolean =>
  [...element.attributes].some(
    (attribute) =>
      (attribute.name === 'class' ||
        attribute.name === 'id' ||
        attribute.name === 'itemprop' ||
        attribute.name === 'rel' ||
        attribute.name.startsWith('data-')) &&
      AUTHOR_NAME.test(attribute.value) &&
      !NOT_THE_NAME.test(attribute.value),
  );

/**
 * The writer's name the page prints under its headline in an element named for the author but with no "By" (GoDaddy
 * prints the date, a "|" and the name as three paragraphs), for pages whose metadata names no writer: the byline
 * reader then knows the line for a byline, not the story's first paragraph. Undefined when none lies between the
 * headline and the first paragraph of the story.
 */
export function markupByline(headline: Element | undefined): string | undefined {
  if (!headline) return undefined;
  let node = nextNode(headline, false);
  for (let step = 0; node && step < MAX_STEPS; step++, node = nextNode(node)) {
    if (node.nodeType !== 1) continue;
    const element = node as Element;
    // A story's paragraph ends the header. Only paragraphs and author-named elements are read: a wrapper's whole text
    // would be the story's.
    const paragraph = element.tagName.toUpperCase() === 'P';
    const author = namesAuthor(element);
    if (!paragraph && !author) continue;
    const text = textOf(element);
    if (paragraph && text.length >= MIN_PARAGRAPH_CHARS) return undefined;
    if (!author) continue;
    const name = text.replace(BY, '');
    if (PERSON_NAME.test(name) && !LINK_LABEL.test(name)) return name;
  }
  return undefined;
}
