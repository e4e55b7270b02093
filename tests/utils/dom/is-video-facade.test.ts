import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isFurnitureElement } from '../../../utils/dom/is-furniture-element';
import { isVideoFacade } from '../../../utils/dom/is-video-facade';

/** The page's first element inside its body, from `html`. */
function first(html: string): Element {
  const { document } = parseHTML(`<html><body>${html}</body></html>`);
  return document.body.firstElementChild as unknown as Element;
}

describe('isVideoFacade', () => {
  it.each([
    '<lite-youtube videoid="abc"><a href="https://www.youtube.com/watch?v=abc" class="lty-playbtn"><span class="lyt-visually-hidden">Play Video: Harbour tour</span></a></lite-youtube>',
    '<lite-vimeo videoid="123"></lite-vimeo>',
  ])('should read a lite video embed as furniture: %s', (html) => {
    expect(isVideoFacade(first(html))).toBe(true);
    expect(isFurnitureElement(first(html))).toBe(true);
  });

  it.each([
    '<video-story><p>The ferry returns on Monday after a winter refit, the harbour office said.</p></video-story>',
    '<youtube-notes><p>Notes on the harbour tour.</p></youtube-notes>',
  ])('should not read another custom element as a video embed: %s', (html) => {
    expect(isVideoFacade(first(html))).toBe(false);
  });
});
