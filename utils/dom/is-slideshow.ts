import { lineWithin } from './text-within';
import { isHeadingElement } from './heading-tags';

/**
 * A slideshow set inside a story: a box of two or more slides, each a picture with its caption and credit, and a
 * slide counter ("1 of 12", "3 / 6", "Photo 2 of 5"), with at most a title, a photo count and the prev/next buttons
 * besides. Galleries of news, magazine and WordPress templates (a slideshow embed, a carousel, an end-of-story gallery)
 * all have that shape, whatever their class names: the captions are the pictures', not the story's paragraphs. A
 * carousel marked as such for assistive technology needs no printed counter.
 * A list whose items are a heading and paragraphs beside a photo (a listicle's entries) is the story, and so is a
 * block with a line of prose outside any slide.
 */

/** Tags a slideshow is built of: a box, or the list of slides itself. */
const BOX_TAGS = new Set(['DIV', 'SECTION', 'ASIDE', 'UL', 'OL', 'FIGURE']);
/** A slide's counter alone in its element: "1 of 12", "3 / 6", "Slide 2 of 5", "Photo 2 of 5" (a count, no words). */
const SLIDE_COUNTER = /^(?:(?:slide|photo|image|picture)\s+)?\d{1,3}\s*(?:of|\/)\s*\d{1,3}$/i;
/** A counter's element holds no more than this (characters, spaces aside). */
const MAX_COUNTER_CHARS = 20;
/** A slide's caption and credit are a few lines; more text than this in one slide (characters) is an entry of prose. */
const MAX_SLIDE_CHARS = 500;
/** Lines outside the slides (title, "12 Photos", "Previous", "View Gallery") are short: a longer one is prose. */
const MAX_LOOSE_LINE_CHARS = 80;
/** All the lines outside the slides together (characters). */
const MAX_LOOSE_CHARS = 240;
/** At least this many slides make a slideshow. */
const MIN_SLIDES = 2;

/**
 * The slide a text node is in: the highest element below `box` that holds exactly one picture, or undefined when
 * none does (a line outside every slide), or null when the line sits in a heading inside a slide (a listicle entry).
 */
function slideOf(node: Node, box: Element): Element | undefined | null {
  let slide: Element | undefined;
  let heading = false;
  for (let at = node.parentElement; at && at !== box; at = at.parentElement) {
    if (isHeadingElement(at)) heading = true;
    const pictures = at.querySelectorAll('img').length;
    if (pictures > 1) break;
    if (pictures === 1) slide = at;
  }
  return slide && heading ? null : slide;
}

/** True when the text node's element, or the one around it, is a slide counter ("<span>1</span> of <span>5</span>"). */
function isCounter(node: Node, box: Element): boolean {
  for (let at = node.parentElement, depth = 0; at && at !== box && depth < 2; at = at.parentElement, depth++) {
    const line = lineWithin(at, MAX_COUNTER_CHARS);
    if (line !== undefined && SLIDE_COUNTER.test(line)) return true;
  }
  return false;
}

/** True for a box holding a slideshow: slides of a picture and a caption, a slide counter, and short lines besides. */
export function isSlideshow(element: Element): boolean {
  if (!BOX_TAGS.has(element.tagName.toUpperCase()) || element.querySelector('img') === null) return false;
  const slideChars = new Map<Element, number>();
  let looseChars = 0;
  let counter = false;
  const walker = element.ownerDocument.createTreeWalker(element, 4 /* NodeFilter.SHOW_TEXT */);
  // The walk stops at the first line of prose outside a slide: on a story's block that is its first paragraph.
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const chars = (node.nodeValue ?? '').trim().length;
    if (chars === 0) continue;
    const slide = slideOf(node, element);
    if (slide === null) return false;
    if (slide === undefined) {
      looseChars += chars;
      if (chars > MAX_LOOSE_LINE_CHARS || looseChars > MAX_LOOSE_CHARS) return false;
    } else {
      const total = (slideChars.get(slide) ?? 0) + chars;
      if (total > MAX_SLIDE_CHARS) return false;
      slideChars.set(slide, total);
    }
    counter ||= isCounter(node, element);
  }
  return slideChars.size >= MIN_SLIDES && (counter || isMarkedCarousel(element));
}

/**
 * The carousel markup of WAI-ARIA's pattern, which slider scripts (Swiper's a11y module, Splide) write: the box or its
 * slides named `aria-roledescription="carousel"` / `"slide"`, or each slide labelled with its counter
 * (`aria-label="2 / 6"`). It says what the box is even where no counter is printed and class names are hashed.
 */
const CAROUSEL_ROLES = '[aria-roledescription="carousel" i], [aria-roledescription="slide" i]';

function isMarkedCarousel(element: Element): boolean {
  if (element.matches(CAROUSEL_ROLES) || element.querySelector(CAROUSEL_ROLES) !== null) return true;
  for (const labelled of element.querySelectorAll('[aria-label]'))
    if (SLIDE_COUNTER.test((labelled.getAttribute('aria-label') ?? '').trim())) return true;
  return false;
}
