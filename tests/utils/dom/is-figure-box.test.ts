import { describe, expect, it } from 'vitest';
import { isFigureBox } from '../../../utils/dom/is-figure-box';
import { elementOf } from './element-of';

describe('isFigureBox', () => {
  it.each([
    [
      'a figure with its caption and credit in paragraphs',
      '<figure><div><img src="a.jpg" alt=""><p role="text"><span>Image source, </span>Getty Images</p></div><p><span>Image caption, </span>The dry riverbed at the edge of the city</p></figure>',
    ],
    [
      'a figure with a figcaption',
      '<figure><picture><img src="a.jpg"></picture><figcaption>Pupils at the gates. Photo: Ann Lee</figcaption></figure>',
    ],
    ['a video with its title', '<figure><video src="v.mp4"></video><p>Watch: the harbour at dawn</p></figure>'],
  ])('should find %s', (_case, html) => {
    expect(isFigureBox(elementOf(html))).toBe(true);
  });

  it.each([
    [
      'an embedded post in a figure',
      '<figure><blockquote class="twitter-tweet"><p>We open the new line on Monday.</p></blockquote><img src="a.jpg"></figure>',
    ],
    ['a figure without a picture', '<figure><p>A chart of the harbour traffic, 2020 to 2026.</p></figure>'],
    [
      'a figure holding story text longer than a caption',
      `<figure><img src="a.jpg"><p>${'The council met on Monday to discuss the harbour plan and its costs. '.repeat(6)}</p></figure>`,
    ],
    [
      'a div with a picture and caption (read by isPictureBox)',
      '<div><img src="a.jpg"><p>The harbour at dawn</p></div>',
    ],
  ])('should not find %s', (_case, html) => {
    expect(isFigureBox(elementOf(html))).toBe(false);
  });
});
