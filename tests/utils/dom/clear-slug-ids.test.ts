import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { clearSlugIds } from '../../../utils/dom/clear-slug-ids';

/** The id of the page's one heading after `clearSlugIds` (null when taken off). */
function idAfter(html: string): string | null {
  const { document } = parseHTML(`<html><body>${html}</body></html>`);
  clearSlugIds(document as unknown as Document);
  return document.querySelector('h1, h2, h3, h4, h5, h6')?.getAttribute('id') ?? null;
}

describe('clearSlugIds', () => {
  it.each([
    ['a subheading naming a share offer', '<h2 id="how-the-share-offer-worked">How the share offer worked</h2>'],
    ['a prefixed slug', '<h3 id="h-where-the-comment-period-stands">Where the comment period stands</h3>'],
    ['a table-of-contents slug', '<h2 id="Why_the_comment_period_closed">Why the comment period closed</h2>'],
    ["Confluence's title-built id", '<h1 id="CommunityNewsletter-Events">Events</h1>'],
  ])("should take the id off %s, the heading's own words", (_case, html) => {
    expect(idAfter(html)).toBeNull();
  });

  it.each([
    ['a furniture heading', '<h2 id="more-from-harbour-news">More from Harbour News</h2>', 'more-from-harbour-news'],
    ['a short name', '<h2 id="related">Related</h2>', 'related'],
    ['an id that is no slug of the words', '<h2 id="share-heading">How the share offer worked</h2>', 'share-heading'],
    [
      'a heading named as furniture by its class',
      '<h3 class="share-title" id="share-this-story-now">Share this story now</h3>',
      'share-this-story-now',
    ],
  ])('should keep the id of %s', (_case, html, id) => {
    expect(idAfter(html)).toBe(id);
  });
});
