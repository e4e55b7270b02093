import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isSiteTagline } from '../../../utils/dom/is-site-tagline';

const STORY =
  '<h2 id="h">Ferry piers to close for winter repairs</h2>' +
  '<p id="p">The county board voted late Tuesday to close two of its four ferry piers for repairs.</p>';
const LONG = 'The board said the piers had not been rebuilt since 1987 and divers found cracked pilings. '.repeat(20);

/** Whether the element `#t` of a page titled `title` is read as the site's tagline, the story's headline being `#h`. */
function tagline(body: string, title = 'Harbour Notes: Ferry piers to close for winter repairs'): boolean {
  const { document } = parseHTML(`<html><head><title>${title}</title></head><body>${body}</body></html>`);
  const element = document.querySelector('#t');
  if (!element) throw new Error('no #t');
  return isSiteTagline(
    element as unknown as Element,
    (document.querySelector('#h') ?? undefined) as Element | undefined,
  );
}

describe('isSiteTagline', () => {
  it.each([
    [
      "a blog's motto under its name, the name one end of the page's title",
      `<h1>Harbour Notes</h1><p id="t">A blog about boats and the people who sail them.</p>${STORY}`,
    ],
    [
      'a motto and praise quotes under a logo linking to the front page',
      `<h1><a href="/"><img src="logo.png" alt="Harbour Notes"></a></h1><div id="t">Boats, weather and tides.<br>` +
        `<em>"... the only blog I read before sailing."</em> - a reader</div>${STORY}`,
    ],
    [
      "WordPress's site title and description",
      `<p class="site-title"><a href="https://harbour.example/">Harbour Notes</a></p>` +
        `<p class="site-description" id="t">Boats, weather and the people who sail them</p>${STORY}`,
    ],
    [
      'a motto under a block named as the logo',
      `<div class="site-logo">HN</div><p id="t">Since 2009, from the north shore.</p>${STORY}`,
    ],
  ])('should take %s', (_, body) => {
    expect(tagline(body)).toBe(true);
  });

  it.each([
    [
      "the story's first paragraph under its headline, which is one end of the title",
      `<h1 id="h">Ferry piers to close for winter repairs</h1><p id="t">The county board voted late Tuesday.</p>`,
      'Ferry piers to close for winter repairs - Harbour Notes',
    ],
    [
      'a paragraph under a section heading that names no site',
      `<h2>Latest</h2><p id="t">Tides for the week ahead are in the almanac.</p>${STORY}`,
    ],
    [
      'a paragraph under a heading linking to a section, not the front page',
      `<h2><a href="/boats/">Boats</a></h2><p id="t">Tides for the week ahead are in the almanac.</p>${STORY}`,
    ],
    [
      "a block under the site's name after the story (a footer's motto)",
      `${STORY}<h2>Harbour Notes</h2><p id="t">A blog about boats and the people who sail them.</p>`,
    ],
    ['a long block under the site name (more than a motto)', `<h1>Harbour Notes</h1><div id="t">${LONG}</div>${STORY}`],
  ])('should leave %s', (_, body, title?: string) => {
    expect(tagline(body, title)).toBe(false);
  });
});
