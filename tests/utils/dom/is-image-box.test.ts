import { describe, expect, it } from 'vitest';
import { isImageBox } from '../../../utils/dom/is-image-box';
import { elementOf } from './element-of';

describe('isImageBox', () => {
  it.each([
    [
      'a picture with caption and credit in plain blocks',
      '<div class="css-a1"><img src="a.jpg" alt=""><div class="css-b2">Ann Lee speaks at the harbour on Monday.</div><div>Bo Roe | Getty Images</div></div>',
    ],
    ['a picture with its credit', '<div><picture><img src="a.jpg"></picture><span>Photo: Harbour Ledger</span></div>'],
    [
      'a gallery slide',
      '<div><img src="g1.jpg" alt=""><div>An artist’s impression of the comet. Harbour Observatory</div><div>1 of 4</div></div>',
    ],
  ])('should find %s', (_case, html) => {
    expect(isImageBox(elementOf(html))).toBe(true);
  });

  it.each([
    [
      'a list item with its heading and photo',
      '<div><h2>1. Open the curtains.</h2><img src="a.jpg"><p>Daylight is the strongest signal your body clock gets.</p></div>',
    ],
    ['a paragraph beside a picture', '<div><img src="a.jpg"><p>We painted the kitchen yellow this week.</p></div>'],
    ['a block of text without a picture', '<div>Ann Lee speaks at the harbour on Monday.</div>'],
    ['a picture alone', '<div><img src="a.jpg" alt="Harbour"></div>'],
    [
      'a blog post written straight into its box',
      '<div><div><a href="a.jpg"><img src="a.jpg"></a></div> I found a giant puffball this morning.<br><br>That is cool!</div>',
    ],
    [
      "an author's photo with the byline",
      '<div><img src="ann.jpg"><a href="/author/ann-lee" class="css-x">Ann Lee</a><div><time datetime="2026-11-28">Nov 28, 2026</time></div></div>',
    ],
    [
      "an author's photo with a byline no markup names",
      '<div><img src="ann.jpg"><div><span>By <a href="/author/ann-lee">Ann Lee</a></span><div>Published November 25, 2026</div></div></div>',
    ],
    [
      'a step of a how-to set in spans',
      '<span><a href="s.jpg"><img src="s.jpg"></a><span>4. Next, right-click Properties for the connection you wish to share.</span></span>',
    ],
    ['a paragraph holding a picture', '<p><img src="a.jpg"> The wall, as it stood in 1850.</p>'],
    [
      'a long block beside a picture',
      `<div><img src="a.jpg"><div>${'The wall stood for a century. '.repeat(15)}</div></div>`,
    ],
  ])('should keep %s', (_case, html) => {
    expect(isImageBox(elementOf(html))).toBe(false);
  });
});
