import { describe, expect, it } from 'vitest';
import { isFurnitureElement } from '../../../utils/dom/is-furniture-element';
import { withoutGrafAfterNames } from '../../../utils/dom/medium-graf-names';
import { elementOf } from './element-of';

describe('withoutGrafAfterNames', () => {
  it.each([
    ['graf graf--p graf-after--pullquote', 'graf graf--p '],
    ['graf graf--h3 graf-after--figure graf--trailing', 'graf graf--h3  graf--trailing'],
    ['graf graf--pullquote graf-after--p', 'graf graf--pullquote '],
    ['graf-after--mixtapeEmbed', ''],
    ['pullquote', 'pullquote'],
    ['post-after--related', 'post-after--related'],
  ])('should read %j as %j', (classes, read) => {
    expect(withoutGrafAfterNames(classes)).toBe(read);
  });
});

describe('isFurnitureElement: Medium graf names', () => {
  it.each([
    '<p class="graf graf--p graf-after--pullquote">Anything that does not fit goes on the back.</p>',
    '<h3 class="graf graf--h3 graf-after--pullquote">What I kept</h3>',
    '<figure class="graf graf--figure graf-after--pullquote"></figure>',
  ])('should read the block after a pull quote as the story: %s', (html) => {
    expect(isFurnitureElement(elementOf(html))).toBe(false);
  });

  it.each([
    '<blockquote class="graf graf--pullquote graf-after--p">The card says no.</blockquote>',
    '<p class="graf graf--p pullquote">The card says no.</p>',
  ])('should still read a pull quote as furniture: %s', (html) => {
    expect(isFurnitureElement(elementOf(html))).toBe(true);
  });
});
