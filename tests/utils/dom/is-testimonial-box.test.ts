import { describe, expect, it } from 'vitest';
import { isTestimonialBox } from '../../../utils/dom/is-testimonial-box';
import { elementOf } from './element-of';

describe('isTestimonialBox', () => {
  it.each([
    ['Brizy', '<div class="brz-testimonial brz-testimonial--style-1"><p>Best hour of my week.</p></div>'],
    [
      'Elementor',
      '<div class="elementor-testimonial-wrapper"><div class="elementor-testimonial-content">Great.</div></div>',
    ],
    ['Divi', '<div class="et_pb_module et_pb_testimonial et_pb_testimonial_0"><p>Great.</p></div>'],
    ['SiteOrigin', '<div class="sow-testimonials"><div class="sow-testimonial-text">Great.</div></div>'],
    ['Beaver Builder', '<div class="fl-testimonials-wrap"><div class="fl-testimonial"><p>Great.</p></div></div>'],
  ])('should read the testimonial box of %s', (_case, html) => {
    expect(isTestimonialBox(elementOf(html))).toBe(true);
  });

  it.each([
    ['a story paragraph', '<p class="has-text-align-left">The court heard testimony from six witnesses.</p>'],
    ['a testimony section of a story', '<div class="testimony-section"><p>She told the court what she saw.</p></div>'],
    ['an article body', '<div class="entry-content"><p>Members praised the ride.</p></div>'],
  ])('should not read %s', (_case, html) => {
    expect(isTestimonialBox(elementOf(html))).toBe(false);
  });
});

describe('isTestimonialBox on a slider of testimonials', () => {
  it('should read a slider whose every line is in a testimonial', () => {
    const html =
      '<div class="brz-carousel"><div class="brz-carousel__slider"><div class="brz-testimonial"><p>Best hour of my week.</p>' +
      '<div class="brz-testimonial__name">Samir Oduya</div></div><div class="brz-testimonial"><p>I sold my car.</p>' +
      '<div class="brz-testimonial__name">Jo Pennick</div></div></div><div class="brz-carousel__dots"></div></div>';
    expect(isTestimonialBox(elementOf(html))).toBe(true);
  });

  it('should not read a block with a story paragraph beside a testimonial', () => {
    const html =
      '<div class="section"><p>The campaign counted 2,900 bike trips in a month on the bridge.</p>' +
      '<div class="brz-testimonial"><p>Best hour of my week.</p></div></div>';
    expect(isTestimonialBox(elementOf(html))).toBe(false);
  });
});
