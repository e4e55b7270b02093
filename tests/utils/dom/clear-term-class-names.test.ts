import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { clearTermClassNames } from '../../../utils/dom/clear-term-class-names';

/** The class of `#box` after clearing. */
function classAfter(html: string): string | null {
  const doc = parseHTML(`<html><body>${html}</body></html>`).document as unknown as Document;
  clearTermClassNames(doc);
  return doc.getElementById('box')?.getAttribute('class') ?? null;
}

describe('clearTermClassNames', () => {
  it.each([
    [
      "Ghost's post_class with a tag slug",
      '<article id="box" class="post-full post tag-community-news tag-pierhead"></article>',
      'post-full post tag-pierhead',
    ],
    [
      "WordPress's post_class with category and tag slugs",
      '<article id="box" class="post-12 post type-post status-publish format-image hentry category-social-affairs tag-sponsored tag-schools"></article>',
      'post-12 post type-post status-publish format-image hentry tag-schools',
    ],
    [
      'a WordPress custom post type named with an unlikely word',
      '<article id="box" class="post-40 type-sponsored_post status-publish hentry"></article>',
      'post-40 status-publish hentry',
    ],
    [
      'a Drupal 7 node of a community-news content type',
      '<article id="box" class="node-18342 node node-community-news node-promoted view-mode-full clearfix"></article>',
      'node-18342 node node-promoted view-mode-full clearfix',
    ],
    [
      'a Drupal 8 node',
      '<article id="box" class="node node--type-community-news node--view-mode-full"></article>',
      'node node--view-mode-full',
    ],
  ])('should take the unlikely term classes off %s', (_case, html, expected) => {
    expect(classAfter(html)).toBe(expected);
  });

  it.each([
    ['a tag cloud widget, not a post', '<div id="box" class="tag-social widget"></div>', 'tag-social widget'],
    [
      'a share row inside a post, named by its role',
      '<div id="box" class="post social-share category-links"></div>',
      'post social-share category-links',
    ],
    [
      'a Drupal comment block (no term slug)',
      '<div id="box" class="node comment-wrapper"></div>',
      'node comment-wrapper',
    ],
  ])('should leave %s', (_case, html, expected) => {
    expect(classAfter(html)).toBe(expected);
  });
});
