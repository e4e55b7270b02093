import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isDekOverByline } from '../../../utils/dom/dek-over-byline';

const DEK = 'Dredging of the inner harbour channel will restart in late January, six weeks later than planned.';
const LEDE =
  'The inner harbour channel will be dredged from late January, after ecologists found seal pups on the sandbanks.';
const STORY = 'Work had been due to start on December 7, but the licence forbids dredging near the colony.';

/**
 * The page's first `p.x` (the story's first paragraph as Readability kept it) and a test saying which text nodes
 * Readability kept: those inside `.story` or a `p.x`.
 */
function page(html: string): [Element, (node: Text) => boolean] {
  const { document } = parseHTML(`<html><body><div>${html}</div></body></html>`);
  const first = document.querySelector('p.x') as unknown as Element;
  const inBody = (node: Text): boolean => node.parentElement?.closest('.story, p.x') !== null;
  return [first, inBody];
}

describe('isDekOverByline', () => {
  it.each([
    [
      'over a byline and date, then the story',
      `<h1>Dredging delayed</h1><p class="x">${DEK}</p><div><span>By Fiona McLachlan</span> <span>Thursday, November 26, 2026</span></div><div class="story"><p>${STORY}</p></div>`,
    ],
    [
      'over the lead photo and a byline',
      `<h1>Dredging delayed</h1><div><p class="x">${DEK}</p></div><figure><img src="a.jpg"><figcaption>Photo by Gordon Tait</figcaption></figure><div>By Fiona McLachlan</div><div class="story"><p>${STORY}</p></div>`,
    ],
  ])('should read the paragraph the description repeats as the dek %s', (_case, html) => {
    const [first, inBody] = page(html);
    expect(isDekOverByline(first, DEK, inBody)).toBe(true);
  });

  it.each([
    [
      'a lede under the byline that the description repeats',
      `<h1>Dredging delayed</h1><div>By Fiona McLachlan</div><div class="story"><p class="x">${DEK}</p><p>${STORY}</p></div>`,
      DEK,
    ],
    [
      'a first paragraph the description does not repeat',
      `<h1>Dredging delayed</h1><p class="x">${LEDE}</p><div>By Fiona McLachlan</div><div class="story"><p>${STORY}</p></div>`,
      DEK,
    ],
    [
      'a paragraph over a photo credit only',
      `<h1>Dredging delayed</h1><p class="x">${DEK}</p><figure><figcaption>Photo by Gordon Tait</figcaption></figure><div class="story"><p>${STORY}</p></div>`,
      DEK,
    ],
    ['a page without a description', `<p class="x">${DEK}</p><div>By Fiona McLachlan</div>`, undefined],
  ])('should not read %s as the dek', (_case, html, description) => {
    const [first, inBody] = page(html);
    expect(isDekOverByline(first, description, inBody)).toBe(false);
  });
});
