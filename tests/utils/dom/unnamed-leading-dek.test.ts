import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { unnamedLeadingDek } from '../../../utils/dom/unnamed-leading-dek';

const DEK =
  'RAIL LINK: The extension would add seven stations and serve about 95,000 passengers a day, the ministry said';

/** The blocks of `html` in document order, and a test naming its `<h1>` the headline. */
function leading(html: string): [Element[], (element: Element) => boolean] {
  const { document } = parseHTML(`<html><body><div>${html}</div></body></html>`);
  const elements = Array.from(document.querySelectorAll('body > div *')) as unknown as Element[];
  return [elements, (element) => element.tagName === 'H1'];
}

describe('unnamedLeadingDek', () => {
  it.each([
    [
      'an h2 under the headline over a slash byline',
      `<h1>Cabinet approves rail plan</h1><h2>${DEK}</h2><div>By Ann Lee / Staff reporter</div>`,
    ],
    [
      'a paragraph over a comma byline',
      `<h1>Cabinet approves rail plan</h1><p>${DEK}</p><p>By Ann Lee, Staff writer</p>`,
    ],
    ['lines of a block Readability kept without the headline', `<h2>${DEK}</h2><div>By Ann Lee / Staff reporter</div>`],
    [
      'a prose subheading over a date line',
      `<h1>Cabinet approves rail plan</h1><h2>${DEK}</h2><p>Published On Nov 28, 2026 20:05 pm IST</p>`,
    ],
    ['a prose subheading alone under the headline', `<h1>Cabinet approves rail plan</h1><h2>${DEK}</h2>`],
    [
      'a prose subheading between the byline row and the story',
      `<h1>Cabinet approves rail plan</h1><p>By Ann Lee Published on Wednesday 26 November 2026</p><h3>${DEK}</h3>`,
    ],
  ])('should read the dek of %s', (_case, html) => {
    expect(unnamedLeadingDek(...leading(html))).toBe(DEK);
  });

  it.each([
    [
      'a prose line with no byline under it (the story’s first paragraph)',
      `<h1>Cabinet approves rail plan</h1><p>${DEK}</p><p>The plan goes to the legislature next.</p>`,
    ],
    [
      'a share row of links over the byline',
      '<h1>Cabinet approves rail plan</h1><div><a href="#">Share to Facebook</a> <a href="#">Share to Twitter</a> <a href="#">Share to the world</a></div><div>By Ann Lee</div>',
    ],
    [
      'a prose line over a date line',
      `<h1>Cabinet approves rail plan</h1><p>${DEK}</p><p>Last updated: 21 September 2026</p>`,
    ],
    ['a byline first, then the prose line', `<h1>Cabinet approves rail plan</h1><div>By Ann Lee</div><p>${DEK}</p>`],
    ['a short label over the byline', '<h1>Cabinet approves rail plan</h1><h2>Rail news</h2><div>By Ann Lee</div>'],
    [
      'a prose subheading over the story’s paragraph',
      `<h1>Cabinet approves rail plan</h1><h2>${DEK}</h2><p>The plan goes to the legislature next.</p>`,
    ],
    ['a short subheading alone under the headline', '<h1>Cabinet approves rail plan</h1><h2>What changes</h2>'],
    ['a prose paragraph alone under the headline', `<h1>Cabinet approves rail plan</h1><p>${DEK}</p>`],
    [
      'a prose paragraph (not a subheading) under the byline row',
      `<h1>Cabinet approves rail plan</h1><p>By Ann Lee Published on Wednesday 26 November 2026</p><p>${DEK}</p>`,
    ],
    [
      'a prose subheading under a label that is no byline',
      `<h1>Cabinet approves rail plan</h1><p>Rail news</p><h3>${DEK}</h3>`,
    ],
  ])('should find no dek in %s', (_case, html) => {
    expect(unnamedLeadingDek(...leading(html))).toBeUndefined();
  });
});
