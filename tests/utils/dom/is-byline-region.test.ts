import { describe, expect, it } from 'vitest';
import { isBylineRegion } from '../../../utils/dom/is-byline-region';
import { elementOf } from './element-of';

describe('isBylineRegion', () => {
  it.each([
    [
      'a region labelled by the byline heading (Persian)',
      '<section role="region" aria-labelledby="article-byline"><h2 id="article-byline">اطلاعات مقاله</h2><ul><li><span>نویسنده, </span>سارا رحیمی</li><li><span>نقش, </span>بی‌بی‌سی فارسی</li></ul></section>',
    ],
    [
      'the same in English',
      '<section aria-labelledby="article-byline"><h2 id="article-byline">Article information</h2><ul><li>Author, Ann Lee</li><li>Role, BBC News</li></ul></section>',
    ],
  ])('should find %s', (_case, html) => {
    expect(isBylineRegion(elementOf(html))).toBe(true);
  });

  it.each([
    [
      'a region labelled otherwise',
      '<section aria-labelledby="key-points"><h2 id="key-points">Key points</h2></section>',
    ],
    ['a byline class without a label (read by the parser)', '<div class="byline">By Ann Lee</div>'],
    [
      'a labelled region holding more than a byline',
      `<section aria-labelledby="byline"><p>${'The council met on Monday to discuss the harbour plan and its costs. '.repeat(5)}</p></section>`,
    ],
  ])('should not find %s', (_case, html) => {
    expect(isBylineRegion(elementOf(html))).toBe(false);
  });
});
