import { classNames } from './class-names';
import { unspaced } from './text-of';
import { textWithin } from './text-within';

/**
 * A testimonial element by its class, as page builders name theirs: Elementor's `elementor-testimonial` and
 * `elementor-widget-testimonial-carousel`, Divi's `et_pb_testimonial`, Beaver Builder's `fl-testimonials`, Brizy's
 * `brz-testimonial`, SiteOrigin's `sow-testimonials`, Thrive Architect's `thrv_testimonial_shortcode`, block plugins'
 * `wp-block-…-testimonial`, and the `testimonial__text` / `testimonial-author` parts inside them.
 */
const TESTIMONIAL = /(?:^|[-_\s])testimonials?(?=$|[-_\s])/i;
/** The elements to look among for testimonials inside a slider or grid: any class holding the word. */
const TESTIMONIAL_SELECTOR = '[class*="testimonial" i]';
/** A slider of testimonials is a few quotes with their names; more text (characters) is a section of the page. */
const MAX_SLIDER_CHARS = 1500;

/**
 * True for a block that holds only testimonials under builder wrappers of no telling name (a Brizy `brz-carousel`
 * of `brz-testimonial` slides, with its dots): every character of its text is in one of them.
 */
function holdsOnlyTestimonials(element: Element): boolean {
  const text = textWithin(element, MAX_SLIDER_CHARS);
  if (text === undefined || unspaced(text).length === 0) return false;
  let covered = 0;
  for (const part of element.querySelectorAll(TESTIMONIAL_SELECTOR)) {
    if (!TESTIMONIAL.test(classNames(part))) continue;
    // Only the outermost testimonial counts its text; its parts (`__text`, `__name`) are inside it.
    const outer = part.parentElement?.closest(TESTIMONIAL_SELECTOR);
    if (outer && element.contains(outer) && TESTIMONIAL.test(classNames(outer))) continue;
    covered += unspaced(part.textContent).length;
  }
  return covered === unspaced(text).length;
}

/**
 * True for a testimonial box or slider: praise for the site or its group from a member, a customer or a reader ("I
 * have not bought a bus ticket since." — Jo Pennick, member since 2022), which builder sites set beside or under a
 * post as they do on every page. It is the site's pitch for itself, not the story, which quotes people in its own
 * paragraphs. Named so itself, or a slider or grid holding only such boxes.
 */
export function isTestimonialBox(element: Element): boolean {
  return TESTIMONIAL.test(classNames(element)) || holdsOnlyTestimonials(element);
}

/**
 * `isTestimonialBox` for the elements of one page, as the furniture test asks it of every block: a page that names no
 * testimonial anywhere has none, so one query of the page replaces a bounded text read of each block.
 */
export function testimonialBoxTest(doc: Document): (element: Element) => boolean {
  return doc.querySelector(TESTIMONIAL_SELECTOR) === null ? () => false : isTestimonialBox;
}
