import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { houseBoxTest } from '../../../utils/dom/house-box-test';

/** The element marked `data-probe` in a page fragment on a site named "Harbour Daily", and whether it is a house box. */
const probe = (html: string, site = '<meta property="og:site_name" content="Harbour Daily">'): boolean => {
  const doc = parseHTML(`<html><head>${site}</head><body><article>${html}</article></body></html>`)
    .document as unknown as Document;
  const element = doc.querySelector('[data-probe]');
  if (!element) throw new Error('no probe');
  return houseBoxTest(doc)(element);
};

describe('houseBoxTest', () => {
  it.each([
    [
      'a mission box naming the site over a "Learn more" link',
      '<p>The ferry sails at nine.</p><div data-probe class="my-8 rounded bg-gray-100 p-6"><p class="font-bold">Harbour Daily has covered the coast since 1998.</p><p>Our mission is to tell the stories of the towns along it.</p><a href="/about">Learn more</a></div>',
    ],
    [
      'a membership box closing on "Find out more"',
      '<section data-probe><p>Harbour Daily is a nonprofit newsroom funded by readers like you.</p><p><a href="/members">Find out more</a></p></section>',
    ],
  ])('should read %s as a house box', (_case, html) => {
    expect(probe(html)).toBe(true);
  });

  it.each([
    [
      'a paragraph of the story naming the site, with a "Learn more" link in its prose',
      '<div data-probe><p>Harbour Daily asked readers about the ferry. <a href="/survey">Learn more</a> about the survey we ran.</p></div>',
    ],
    [
      'a box naming the site whose link is not the last thing in it',
      '<div data-probe><p>Harbour Daily has covered the coast since 1998.</p><a href="/about">Learn more</a><p>Tickets cost £4 and are sold on board.</p></div>',
    ],
    [
      'a box closing on "Learn more" that does not name the site',
      '<div data-probe><p>The ferry company has run the route since 1998.</p><a href="/ferry">Learn more</a></div>',
    ],
    [
      'a long section of the story about the site',
      `<div data-probe><p>Harbour Daily ${'was founded by three reporters who had lost their jobs at the old county paper, '.repeat(4)}</p><a href="/about">Learn more</a></div>`,
    ],
    ['a lone "About us" link in a menu', '<div data-probe><a href="/about">About us</a></div>'],
  ])('should not read %s as a house box', (_case, html) => {
    expect(probe(html)).toBe(false);
  });

  it('should find none on a page without a declared site name', () => {
    expect(
      probe(
        '<div data-probe><p>Harbour Daily has covered the coast since 1998.</p><a href="/about">Learn more</a></div>',
        '',
      ),
    ).toBe(false);
  });
});

describe("houseBoxTest on a site's ad for its own event, closing on a 'here' link", () => {
  it('should read a box naming the site over "Find out all about our tracks here." as a house box', () => {
    expect(
      probe(
        '<p>The ferry sails at nine.</p><div data-probe class="post-notice"><p>Harbour Daily\'s 2017 conference is a few months away. Find out all about our tracks <a href="/conf">here</a>.</p></div>',
      ),
    ).toBe(true);
  });

  it.each([
    [
      'a box of the story whose "here" link closes another sentence',
      '<div data-probe><p>Harbour Daily asked readers about the ferry. The full results are <a href="/survey">here</a>.</p></div>',
    ],
    [
      'a "here" prompt in a box that does not name the site',
      '<div data-probe><p>The festival is a few months away. Find out all about the line-up <a href="/fest">here</a>.</p></div>',
    ],
  ])('should not read %s as a house box', (_case, html) => {
    expect(probe(html)).toBe(false);
  });
});
