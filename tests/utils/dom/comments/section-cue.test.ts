import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { CUE_SELECTOR, isCue, matchesCue } from '../../../../utils/dom/comments/section-cue';

const HTML = [
  '<h2>3 Responses to “Harbour wall”</h2>',
  '<h3>Live updates and comments</h3>',
  '<h6>Comments</h6>',
  '<div id="comments"></div>',
  '<div id="Comment-Section"></div>',
  '<div id="comment-count-42"></div>',
  '<a name="comments"></a>',
  '<a name="c12"></a>',
  '<a id="comments-link" href="#comments">3</a>',
  '<span name="comments"></span>',
  '<div class="comments"></div>',
  '<p>Comments</p>',
  '<section id="discussion"></section>',
].join('');

function elements(): Element[] {
  const { document } = parseHTML(`<html><body>${HTML}</body></html>`);
  return [...document.body.children];
}

describe('matchesCue', () => {
  it('should agree with the selector it stands for on every element', () => {
    for (const element of elements())
      expect(matchesCue(element), element.outerHTML).toBe(element.matches(CUE_SELECTOR));
  });
});

describe('isCue', () => {
  it('should find the headings and anchors that announce a comment section, and nothing else', () => {
    const cues = elements()
      .filter(isCue)
      .map((element) => element.outerHTML);
    expect(cues).toEqual([
      '<h2>3 Responses to “Harbour wall”</h2>',
      '<h6>Comments</h6>',
      '<div id="comments"></div>',
      '<div id="Comment-Section"></div>',
      '<a name="comments"></a>',
    ]);
  });
});
