import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isSplitStoryIntro } from '../../../utils/dom/is-split-story-intro';

/** The page's `#intro` and `#next` paragraphs. */
function parts(html: string): [Element, Element] {
  const doc = parseHTML(`<html><body>${html}</body></html>`).document as unknown as Document;
  const intro = doc.getElementById('intro');
  const next = doc.getElementById('next');
  if (!intro || !next) throw new Error('no intro or next');
  return [intro, next];
}

describe('isSplitStoryIntro', () => {
  it.each([
    '<div class="itemIntroText"><p id="intro">Lede.</p></div><div class="itemFullText"><p id="next">More.</p></div>',
    '<div class="item-intro-text"><p id="intro">Lede.</p></div><div class="item-fulltext"><div><p id="next">More.</p></div></div>',
  ])('should read %s as one text split by the CMS', (html) => {
    expect(isSplitStoryIntro(...parts(html))).toBe(true);
  });

  it.each([
    // A dek block of its own name, and an intro in the header far from the full text.
    '<div class="standfirst"><p id="intro">Dek.</p></div><div class="itemFullText"><p id="next">More.</p></div>',
    '<header><div class="intro-text"><p id="intro">Dek.</p></div></header><main><div class="full-text"><p id="next">More.</p></div></main>',
    '<div class="intro"><p id="intro">Dek.</p></div><div class="body"><p id="next">More.</p></div>',
  ])('should not for %s', (html) => {
    expect(isSplitStoryIntro(...parts(html))).toBe(false);
  });
});
