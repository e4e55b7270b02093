import { textOf } from './text-of';

/**
 * A link that lets keyboard and screen-reader users jump over a box: "skip past newsletter promotion" (the Guardian),
 * "SKIP ADVERTISEMENT" (the New York Times), "Skip next section" (DW). What it skips is a promotion, an ad slot or a
 * rail, whatever its class says. "Skip to content" / "Skip to the recipe" name where the reader goes, not a box to
 * pass, and are left out (what lies before their target is the site header, or the story itself).
 */
const SKIP_PAST = /^skip\s+(?!to\b)\S/i;
/**
 * The same link in other languages, as BBC World Service pages print it over every embed ("پرش از پست X", Persian:
 * skip X post; Arabic "تخطى", Russian "Пропустить", Spanish "Saltar", Portuguese "Pular"), again not a link that
 * names where the reader goes ("Saltar al contenido", "Пропустить к …", "پرش به …").
 */
const FOREIGN_SKIP_PAST = /^(?:پرش از|تخطى|تجاوز|пропустить|saltar|pular)\s+(?!(?:al|a|à|para|к|إلى|به)(?:\s|$))\S/iu;
/**
 * The same link as BBC News (2008-2014) and the New York Times (2014-2017) worded it, hidden before every box set into
 * a story (a related-stories box, a quote or analysis box, an ad slot), its target the story's next paragraph
 * (`<a class="hidden" href="#story_continues_2">Continue reading the main story</a>`). Only the whole phrase: a
 * "Continue reading" link to the rest of a paged story leads to another page.
 */
const CONTINUE_PAST = /^continue reading the main story$/i;
/** A skipped box is a promotion or a rail: a region with more text than this (characters) is not taken as one. */
const MAX_REGION_CHARS = 1500;
/**
 * The target of such a link is an empty anchor after the box, or a short screen-reader note ("after newsletter
 * promotion"); a longer target (the next section of the page) is what the reader jumps to and is not part of it.
 */
const MAX_TARGET_CHARS = 40;

/** A skip link and the element its `href` names. */
interface Skip {
  link: Element;
  target: Element;
}

/** The page's skip links whose target is found on the page. */
function skipsOf(doc: Document): Skip[] {
  const skips: Skip[] = [];
  for (const link of doc.querySelectorAll('a[href^="#"]')) {
    const text = textOf(link);
    if (!SKIP_PAST.test(text) && !FOREIGN_SKIP_PAST.test(text) && !CONTINUE_PAST.test(text)) continue;
    const id = (link.getAttribute('href') ?? '').slice(1);
    const target = id ? doc.getElementById(id) : null;
    if (target) skips.push({ link, target });
  }
  return skips;
}

/** The last element inside the element, in document order (itself when it has none). */
function lastDescendant(element: Element): Element {
  let last = element;
  while (last.lastElementChild) last = last.lastElementChild;
  return last;
}

/**
 * A test for the box a skip link jumps over (every element after the link that ends before its target), and for a
 * short target note. The page's elements are numbered in document order once, and only on a page with such a link.
 */
export function skipRegionTest(doc: Document): (element: Element) => boolean {
  const skips = skipsOf(doc);
  if (skips.length === 0) return () => false;
  const order = new Map<Element, number>();
  let index = 0;
  for (const element of doc.querySelectorAll('*')) order.set(element, index++);
  const at = (element: Element): number => order.get(element) ?? -1;
  return (element) => {
    const start = at(element);
    if (start < 0) return false;
    for (const { link, target } of skips) {
      if (element === target) {
        if (textOf(target).length <= MAX_TARGET_CHARS && !/^H\d$/i.test(target.tagName)) return true;
        continue;
      }
      if (start <= at(link) || at(lastDescendant(element)) >= at(target)) continue;
      if (textOf(element).length <= MAX_REGION_CHARS) return true;
    }
    return false;
  };
}
