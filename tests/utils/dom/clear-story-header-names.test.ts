import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { clearStoryHeaderNames } from '../../../utils/dom/clear-story-header-names';

const PROSE =
  'A cozy mystery is a murder story with the murder kept politely offstage. The detective is usually an amateur with a day job, and the setting is a small town where everyone knows everyone and the worst violence is a burnt batch of scones.';
const MORE =
  'The genre has grown from a handful of paperback series into a shelf of its own. These are the series readers return to when they want a puzzle, a good meal described in detail and a guaranteed happy ending.';

/** The class of `#box` after clearing. */
function classAfter(html: string): string | null {
  const doc = parseHTML(`<html><body>${html}</body></html>`).document as unknown as Document;
  clearStoryHeaderNames(doc);
  return doc.getElementById('box')?.getAttribute('class') ?? null;
}

describe('clearStoryHeaderNames', () => {
  it('should take the header words off a list header holding the introduction', () => {
    expect(
      classAfter(
        `<div id="box" class="listHeader_root__V1m3c"><h1>The Best Cozy Mystery Series</h1><div class="meta">4.3K voters</div><div class="listDescription_root"><p>${PROSE}</p><p>${MORE}</p></div></div>`,
      ),
    ).toBe('');
  });

  it.each([
    [
      'a page header with a headline and a short dek',
      `<div id="box" class="article-header"><h1>The Best Cozy Mystery Series</h1><p class="dek">${PROSE}</p></div>`,
    ],
    [
      'a masthead with a menu',
      '<div id="box" class="site-header"><a href="/">Ranker</a><ul><li><a href="/film">Film</a></li><li><a href="/tv">TV</a></li></ul></div>',
    ],
  ])('should leave %s', (_case, html) => {
    expect(classAfter(html)).toMatch(/header/i);
  });

  it('should leave a <header> element as it is', () => {
    expect(
      classAfter(`<header id="box" class="entry-header"><h1>Title</h1><p>${PROSE}</p><p>${MORE}</p></header>`),
    ).toBe('entry-header');
  });
});

describe('clearStoryHeaderNames on the page’s own elements', () => {
  it('should leave the classes of <html> and <body>, which name the page’s layout, however much prose they hold', () => {
    const doc = parseHTML(
      `<html class="avada-html-header-position-top"><body class="fusion-header-layout-v3">` +
        `<div id="box" class="story-header-block"><p>${PROSE}</p><p>${MORE}</p></div></body></html>`,
    ).document as unknown as Document;
    clearStoryHeaderNames(doc);
    expect(doc.documentElement.getAttribute('class')).toBe('avada-html-header-position-top');
    expect(doc.body.getAttribute('class')).toBe('fusion-header-layout-v3');
    expect(doc.getElementById('box')?.getAttribute('class')).toBe('');
  });
});
