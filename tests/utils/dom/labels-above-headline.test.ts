import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { elementsBefore } from '../../../utils/dom/first-paragraph';
import { labelsAboveHeadline } from '../../../utils/dom/labels-above-headline';
import { pairNodes } from '../../../utils/dom/pair-nodes';
import { textOf } from '../../../utils/dom/text-of';
import { articleLines } from './article-lines';
import { modernHtml } from './modern-pages/modern-page';

const STORY =
  '<div class="story-body"><p>Regional airlines have warned passengers in dozens of country towns to expect higher fares next year.</p>' +
  '<p>The chief executives of three regional operators told a Senate inquiry that they had lost more than 120 pilots.</p>' +
  '<p>“We train them, we give them their hours, and the day they qualify for a jet they are gone,” one of them said.</p></div>';

/** The label texts found above the `<h1>` of a page whose story block starts with `top`. */
function labels(top: string): string[] {
  const { document } = parseHTML(`<html><body><div id="story">${top}${STORY}</div></body></html>`);
  const root = document.querySelector('#story');
  const headline = document.querySelector('h1') ?? undefined;
  if (!root) return [];
  const clone = root.cloneNode(true) as Element;
  const pairs = pairNodes(root, clone);
  const first = clone.querySelector('.story-body p') ?? undefined;
  return [...labelsAboveHeadline(elementsBefore(clone, first), pairs, headline)].map(textOf);
}

describe('labelsAboveHeadline', () => {
  it.each([
    ['a badge right above the headline', '<span class="badge">Exclusive</span><h1>Airlines warn of fare rises</h1>'],
    ['a kicker of two words', '<p><span>Breaking news</span></p><h1>Airlines warn of fare rises</h1>'],
    [
      "a Word newsletter's title and issue line",
      '<p class=MsoTitle><span>The Messenger</span></p><p class=MsoSubtitle><span>Newsletter of St Ann’s Church, Westerleigh – April 2019</span></p><div style="border-bottom:solid 1pt"><p class=MsoNormal>&nbsp;</p></div><h1>Airlines warn of fare rises</h1>',
    ],
  ])('should find %s', (_case, top) => {
    expect(labels(top).length).toBeGreaterThan(0);
  });

  it.each([
    ['a date line', '<p>November 26, 2026</p><h1>Airlines warn of fare rises</h1>'],
    ['a byline', '<p>By Ann Lee</p><h1>Airlines warn of fare rises</h1>'],
    [
      'a word inside a longer line',
      '<p><a href="/old">« Older post</a> | <a href="/">Main</a></p><h1>Airlines warn of fare rises</h1>',
    ],
    [
      'a label with other text between it and the headline',
      '<div><p>Editors’ notes</p><p>This article has been reviewed according to our editorial process.</p></div>' +
        '<h1>Airlines warn of fare rises</h1>',
    ],
    ['a label under the headline', '<h1>Airlines warn of fare rises</h1><span>Exclusive</span>'],
    ['a sentence above the headline', '<p>Fares rise.</p><h1>Airlines warn of fare rises</h1>'],
    [
      "a Word document's title under the headline",
      '<h1>Airlines warn of fare rises</h1><p class=MsoSubtitle>Regional operators tell the Senate they lost 120 pilots</p>',
    ],
    [
      'a dek above the headline in a plain Word paragraph',
      '<p class=MsoNormal>Regional operators tell the Senate inquiry they lost 120 pilots</p><h1>Airlines warn of fare rises</h1>',
    ],
  ])('should not find %s', (_case, top) => {
    expect(labels(top)).toEqual([]);
  });

  it('should find nothing when there is no headline', () => {
    const { document } = parseHTML(`<html><body><div id="story"><span>Exclusive</span>${STORY}</div></body></html>`);
    const root = document.querySelector('#story');
    expect(root ? labelsAboveHeadline(new Set([root]), new Map(), undefined).size : 0).toBe(0);
  });
});

describe('extractArticle with a label over the headline', () => {
  it('should leave a badge over the headline out of the body when Readability keeps it and drops the headline', () => {
    // News Corp shape: `span.exclusive-badge` over the h1 in the headline block, kept by Readability with the dek.
    const html = modernHtml('modern-oceania-theaustralian-subscribe-conversation');
    const lines = articleLines(parseHTML(html).document as unknown as Document);
    expect(lines).not.toContain('Exclusive');
    expect(lines[0]).toBe('Regional airlines warn of fare rises as pilot shortage deepens');
  });
});
