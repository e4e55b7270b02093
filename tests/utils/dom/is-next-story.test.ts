import { describe, expect, it } from 'vitest';
import { isNextStory } from '../../../utils/dom/is-next-story';
import { elementOf } from './element-of';

const STORY =
  '<article><h1>Christmas market stalls to stay open an hour later</h1><p>By Callum Doig</p>' +
  '<p>Stallholders will be allowed to trade until 10pm on weekdays after organisers agreed a late licence.</p></article>';
const TEASER =
  '<article><h2><a href="/arcade">Boardwalk arcade owner retires after 52 years</a></h2>' +
  '<p>When Sal Benedetto opened his arcade in 1974, a game of Skee-Ball cost a dime.</p><a href="/arcade">Continue reading</a></article>';

/** The element at `selector` in a page body holding `html`. */
const find = (html: string, selector: string): Element => {
  const element = elementOf(`<div>${html}</div>`).querySelector(selector);
  if (!element) throw new Error(`no ${selector}`);
  return element;
};

describe('isNextStory', () => {
  it.each([
    ['an "UP NEXT" box over a teaser (Arc XP)', `<section id="t"><div>UP NEXT</div>${TEASER}</section>`],
    ['a "Read next:" heading over a full story', `<div id="t"><h3>Read next:</h3>${STORY}</div>`],
    [
      'a "Next article" box whose story is a plain block',
      `<div id="t"><span>Next article</span><div>${STORY.replace(/article>/g, 'div>')}</div></div>`,
    ],
  ])('should take %s as the appended story', (_, html) => {
    expect(isNextStory(find(html, '#t'))).toBe(true);
  });

  it.each([
    [
      'an <article> after a "Next article" divider',
      `<article><p>Own story.</p></article><div><span>Next article</span></div>${STORY.replace('<article>', '<article id="t">')}`,
    ],
    ['a story block after an "Up Next" heading', `<h3>Up Next</h3><div id="t">${STORY}</div>`],
    [
      'a post after a "Next story" divider',
      `<div class="divider">Next story</div>${STORY.replace('<article>', '<article id="t">')}`,
    ],
  ])('should take %s as the appended story', (_, html) => {
    expect(isNextStory(find(html, '#t'))).toBe(true);
  });

  it.each([
    [
      'a "Read next" label over links (a related list, read by its own rules)',
      '<div id="t"><h3>Read next</h3><ul><li><a href="/a">Ferry fares rise</a></li></ul></div>',
    ],
    [
      'the post after a blog\'s "Next post »" link',
      `<nav><a href="/next">Next post »</a></nav>${STORY.replace('<article>', '<article id="t">')}`,
    ],
    [
      'a subheading of the story that says "What comes next"',
      `<div id="t"><h2>What comes next</h2><p>The council votes in January.</p></div>`,
    ],
    [
      'a paragraph naming the next story in a sentence',
      `<p>Up next for the council is the budget.</p><div id="t"><h2>Budget</h2><p>It is due in March.</p></div>`,
    ],
    ['a box whose label is all it holds', '<div id="t"><span>Up next</span></div>'],
  ])('should keep %s', (_, html) => {
    expect(isNextStory(find(html, '#t'))).toBe(false);
  });
});
