import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isKeyNumbersBox } from '../../../utils/dom/is-key-numbers-box';

const STORY = '<p>In the survey, 53% of households said a member worked, and waits rose 34% to 20:14.</p>';

/** `isKeyNumbersBox` for the page's `#k`, the story paragraph beside it. */
function boxAt(box: string): boolean {
  const doc = parseHTML(`<html><body><div>${STORY}${box}</div></body></html>`).document as unknown as Document;
  const element = doc.getElementById('k');
  if (!element) throw new Error('fixture needs #k');
  return isKeyNumbersBox(element);
}

describe('isKeyNumbersBox', () => {
  it.each([
    ['one figure over its label', '<div id="k"><span>53%</span><span>of households had a working adult</span></div>'],
    [
      'two figures in big type, each over a label',
      '<div id="k"><p><strong>20:14</strong></p><p>Median wait, in minutes and seconds</p><p>34%</p><p>Rise since 2021</p></div>',
    ],
  ])('should find %s the story prints too', (_case, html) => {
    expect(boxAt(html)).toBe(true);
  });

  it.each([
    ['a figure the story does not print', '<div id="k"><span>71%</span><span>of riders use a helmet</span></div>'],
    ['a figure over a sentence', '<div id="k"><p>53%</p><p>Most households had a working adult.</p></div>'],
    [
      'a year heading a paragraph',
      '<div id="k"><h3>2021</h3><p>The squad stopped its night shifts</p><p>Then</p></div>',
    ],
    [
      'a listicle’s item number over its title',
      '<div id="k"><span>20</span><div>Thomas Corbett</div><div></div></div>',
    ],
    ['a figure without its label', '<div id="k"><span>53%</span></div>'],
    ['a block of prose', '<div id="k"><p>The council met.</p><p>It voted.</p></div>'],
  ])('should keep %s', (_case, html) => {
    expect(boxAt(html)).toBe(false);
  });
});
