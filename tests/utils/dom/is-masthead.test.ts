import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isMasthead } from '../../../utils/dom/is-masthead';

/** Whether the page's `#box` is read as the site's masthead. */
function masthead(html: string): boolean {
  const { document } = parseHTML(`<html><body>${html}</body></html>`);
  const element = document.getElementById('box');
  if (!element) throw new Error('no #box');
  return isMasthead(element as unknown as Element);
}

describe('isMasthead', () => {
  it.each([
    [
      'a header around the site name, its menu and its buttons',
      '<header id="box" class="css-f8"><a href="/">Jeune Afrique</a><nav><ul><li><a href="/politique/">Politique</a></li></ul></nav><a href="/abonnements/">Je m\'abonne</a> <a href="/connexion/">Connexion</a></header>',
    ],
    [
      'the banner landmark',
      '<div id="box" role="banner"><a href="/">The Paper</a> <a href="/subscribe">Subscribe</a></div>',
    ],
  ])('should find %s', (_case, html) => {
    expect(masthead(html)).toBe(true);
  });

  it.each([
    [
      "the story's header with its headline and breadcrumb",
      '<header id="box"><nav aria-label="Breadcrumb"><a href="/news">News</a></nav><h1>Council approves budget</h1><p>By Ann Lee</p></header>',
    ],
    ['a header without a menu', '<header id="box"><h2>Update 14:05</h2><p>By Ann Lee</p></header>'],
    [
      'a long header',
      `<header id="box"><nav><a href="/">Home</a></nav><p>${'The plant will open in March and employ 120 people, the company said. '.repeat(14)}</p></header>`,
    ],
  ])('should not find %s', (_case, html) => {
    expect(masthead(html)).toBe(false);
  });
});
