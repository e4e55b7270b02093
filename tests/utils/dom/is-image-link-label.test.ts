import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isImageLinkLabel } from '../../../utils/dom/is-image-link-label';

/** `isImageLinkLabel` for the page's `#l`. */
function labelAt(html: string): boolean {
  const doc = parseHTML(`<html><body><div>${html}</div></body></html>`).document as unknown as Document;
  const element = doc.getElementById('l');
  if (!element) throw new Error('fixture needs #l');
  return isImageLinkLabel(element);
}

describe('isImageLinkLabel', () => {
  it.each([
    [
      "Avada's lightbox label",
      '<a href="big.jpg"><span id="l" class="screen-reader-text">View Larger Image</span><img src="a.jpg" alt=""></a>',
    ],
    [
      "Bootstrap's hidden label",
      '<a href="big.jpg"><img src="a.jpg" alt=""><span id="l" class="sr-only">Enlarge</span></a>',
    ],
  ])('should find %s', (_case, html) => {
    expect(labelAt(html)).toBe(true);
  });

  it.each([
    [
      'a writer’s name shown beside the avatar in a byline link',
      '<a href="/author/x/"><img src="avatar.jpg" alt=""><span id="l">BuzzFeed Staff</span></a>',
    ],
    [
      'a teaser’s title beside its picture',
      '<a href="/story/"><img src="t.jpg" alt=""><span id="l" class="sr-only">Read</span><h3>Ferries too tall for bridges</h3></a>',
    ],
    ['a hidden hint in a text link', '<a href="/x/">the report<span id="l" class="sr-only">PDF</span></a>'],
  ])('should keep %s', (_case, html) => {
    expect(labelAt(html)).toBe(false);
  });
});
