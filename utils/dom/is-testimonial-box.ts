import { classNames } from './class-names';

/**
 * A testimonial element by its class, as page builders name theirs: Elementor's `elementor-testimonial` and
 * `elementor-widget-testimonial-carousel`, Divi's `et_pb_testimonial`, Beaver Builder's `fl-testimonials`, Brizy's
 * `brz-testimonial`, SiteOrigin's `sow-testimonials`, Thrive Architect's `thrv_testimonial_shortcode`, block plugins'
 * `wp-block-…-testimonial`, and the `testimonial__text` / `testimonial-author` parts inside them.
 */
const TESTIMONIAL = /(?:^|[-_\s])testimonials?(?=$|[-_\s])/i;

/**
 * True for a testimonial box or slider: praise for the site or its group from a member, a customer or a reader ("I
 * have not bought a bus ticket since." — Jo Pennick, member since 2022), which builder sites set beside or under a
 * post as they do on every page. It is the site's pitch for itself, not the story, which quotes people in its own
 * paragraphs.
 */
export function isTestimonialBox(element: Element): boolean {
  return TESTIMONIAL.test(classNames(element));
}
