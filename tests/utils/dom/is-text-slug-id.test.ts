import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isFurnitureElement } from '../../../utils/dom/is-furniture-element';
import { isTextSlugId } from '../../../utils/dom/is-text-slug-id';

const element = (html: string): Element =>
  parseHTML(`<html><body>${html}</body></html>`).document.body.firstElementChild as unknown as Element;

describe('isTextSlugId', () => {
  it('should read a heading id built from its own words as a slug', () => {
    expect(isTextSlugId(element('<h2 id="split-it-into-categories">Split it into categories</h2>'))).toBe(true);
    expect(isTextSlugId(element('<h2 id="Split_it_into_categories">Split it into categories</h2>'))).toBe(true);
    expect(isTextSlugId(element('<h3 id="h-where-to-find-sources">Where to find sources</h3>'))).toBe(true);
    expect(isTextSlugId(element('<h2 id="why-it\'s-worth-sharing">Why it\'s worth sharing</h2>'))).toBe(true);
  });

  it('should not read short headings, other ids or other elements as slugs', () => {
    expect(isTextSlugId(element('<h2 id="related-stories">Related stories</h2>'))).toBe(false);
    expect(isTextSlugId(element('<h2 id="sidebar-categories">Split it into categories</h2>'))).toBe(false);
    expect(isTextSlugId(element('<h2 id="post-categories-list-widget-area">Categories list</h2>'))).toBe(false);
    expect(isTextSlugId(element('<div id="split-it-into-categories">Split it into categories</div>'))).toBe(false);
    expect(isTextSlugId(element('<h2>Split it into categories</h2>'))).toBe(false);
  });

  it('should keep a subheading whose slug id holds a furniture word, and still drop named furniture', () => {
    expect(isFurnitureElement(element('<h2 id="split-it-into-categories">Split it into categories</h2>'))).toBe(false);
    expect(isFurnitureElement(element('<h2 id="the-best-sources-of-iron">The best sources of iron</h2>'))).toBe(false);
    expect(isFurnitureElement(element('<h2 id="related-stories">Related stories</h2>'))).toBe(true);
    expect(isFurnitureElement(element('<h3 id="section-more-from-harbour">More from Harbour</h3>'))).toBe(true);
    expect(isFurnitureElement(element('<h2 id="sources-and-further-reading">Sources and further reading</h2>'))).toBe(
      true,
    );
    expect(
      isFurnitureElement(element('<h2 class="share-title" id="share-this-story-now">Share this story now</h2>')),
    ).toBe(true);
  });
});

describe('isTextSlugId on Confluence headings', () => {
  it("should read Confluence's page-title-and-heading id as a slug", () => {
    expect(
      isTextSlugId(element('<h1 id="CommunityNewsletterNovember2026-Pelican4.2released">Pelican 4.2 released</h1>')),
    ).toBe(true);
    expect(isTextSlugId(element('<h2 id="CommunityNewsletter-Events">Events</h2>'))).toBe(true);
  });

  it('should not read an id naming something else', () => {
    expect(isTextSlugId(element('<h2 id="Community-Comments">Events</h2>'))).toBe(false);
    expect(isTextSlugId(element('<h2 id="comments-title">Comments</h2>'))).toBe(false);
  });
});

describe('isTextSlugId on shortened slugs', () => {
  it.each([
    ['<h2 id="pros-cons">Pros and cons of a CD ladder</h2>'],
    ['<h2 id="how-to-build">How to build a CD ladder</h2>'],
    ['<h3 id="what-is">What is a CD ladder?</h3>'],
  ])('should read %s, its first word and others in order, as a slug', (html) => {
    expect(isTextSlugId(element(html))).toBe(true);
  });

  it.each([
    ['one word', '<h2 id="pros">Pros and cons of a CD ladder</h2>'],
    ['words out of order', '<h2 id="cons-pros">Pros and cons of a CD ladder</h2>'],
    ['not opening on its first word', '<h2 id="sidebar-categories">Split it into categories</h2>'],
    ['a template name over a short heading', '<h2 id="pros-cons">Pros and cons</h2>'],
  ])('should not read %s as a slug', (_case, html) => {
    expect(isTextSlugId(element(html))).toBe(false);
  });

  it.each([
    ['a subheading under its shortened anchor', '<h2 id="pros-cons">Pros and cons of a CD ladder</h2>', false],
    [
      'a furniture heading under its shortened anchor',
      '<h2 id="related-stories">Related stories from the desk</h2>',
      true,
    ],
  ])('should read %s by its words, not its id', (_case, html, furniture) => {
    expect(isFurnitureElement(element(html))).toBe(furniture);
  });
});
