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

describe('isKeyNumbersBox: a share the story spells out', () => {
  const boxBeside = (story: string, box: string): boolean => {
    const doc = parseHTML(`<html><body><div><p>${story}</p>${box}</div></body></html>`).document as unknown as Document;
    const element = doc.getElementById('k');
    if (!element) throw new Error('fixture needs #k');
    return isKeyNumbersBox(element);
  };
  const BOX =
    '<div id="k"><div>61%</div><div><h3>Students sleeping 7+ hours</h3><p>Survey, spring 2026</p></div></div>';

  it.each([
    'In the survey, 61 percent said they slept at least seven hours.',
    'In the survey, 61 per cent said they slept at least seven hours.',
  ])('should find the box beside "%s"', (story) => {
    expect(boxBeside(story, BOX)).toBe(true);
  });

  it('should keep a box whose share the story does not print', () => {
    expect(boxBeside('In the survey, most said they slept at least seven hours.', BOX)).toBe(false);
  });
});
