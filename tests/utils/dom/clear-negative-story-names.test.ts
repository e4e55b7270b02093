import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { clearNegativeStoryNames } from '../../../utils/dom/clear-negative-story-names';

const PROSE =
  'The county will close the bridge over the river on May 14 for about five months while crews replace its deck and rusted floor beams.';
const STORY = `<p>${PROSE}</p><p>${PROSE}</p><p>${PROSE}</p><p>${PROSE}</p>`;

/** The class and id of `[data-box]` after clearing (the id read as it is left, as clearing may remove it). */
function namesAfter(html: string): string {
  const doc = parseHTML(`<html><body>${html}</body></html>`).document as unknown as Document;
  clearNegativeStoryNames(doc);
  const box = doc.querySelector('[data-box]');
  return `${box?.getAttribute('class') ?? ''}|${box?.id ?? ''}`;
}

describe('clearNegativeStoryNames', () => {
  it.each([
    [
      "Bootstrap's media object around the story",
      `<div data-box class="media news-detail">${STORY}</div>`,
      'news-detail|',
    ],
    [
      "a custom scrollbar's box around the scrolled text",
      `<div data-box id="mCSB_1" class="mCustomScrollBox mCS-minimal-dark mCSB_vertical"><div class="mCSB_container">${STORY}</div></div>`,
      'mCS-minimal-dark mCSB_vertical|mCSB_1',
    ],
    [
      "an infinite-scroll column's id and class",
      `<div data-box id="scroll-container" class="scroll-container row">${STORY}</div>`,
      'row|',
    ],
    ['a print helper on the story column', `<div data-box class="col-md-8 hidden-print">${STORY}</div>`, 'col-md-8|'],
    [
      'a media object around a story set in divs, as some templates set paragraphs',
      `<div data-box class="media news-detail">${STORY.replaceAll('<p>', '<div class="para">').replaceAll('</p>', '</div>')}</div>`,
      'news-detail|',
    ],
  ])('should take the layout words off %s', (_case, html, expected) => {
    expect(namesAfter(html)).toBe(expected);
  });

  it.each([
    [
      'a promo slideshow holding more prose than the story (furniture that holds prose)',
      `<div>${STORY}</div><div data-box class="promo_holder clearfix">${STORY}${STORY}</div>`,
      'promo_holder clearfix|',
    ],
    [
      'a media box beside a story that holds most of the prose',
      `<div data-box class="media"><p>${PROSE}</p></div><div>${STORY}${STORY}</div>`,
      'media|',
    ],
    [
      'a block whose positive name cancels the negative one',
      `<div data-box class="media-body">${STORY}</div>`,
      'media-body|',
    ],
    [
      'a sidebar Readability drops as unlikely',
      `<div data-box class="sidebar hidden-xs">${STORY}</div>`,
      'sidebar hidden-xs|',
    ],
    ['a short box', `<div data-box class="media"><p>${PROSE}</p></div>`, 'media|'],
  ])('should leave the names of %s', (_case, html, expected) => {
    expect(namesAfter(html)).toBe(expected);
  });
});
