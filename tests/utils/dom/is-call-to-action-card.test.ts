import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isCallToActionCard } from '../../../utils/dom/is-call-to-action-card';

const STORY =
  'The council voted 7-2 on Tuesday to close the branch library in March, citing a fall in visits and the cost of repairing its roof, which has leaked since 2019.';

/** Whether the page's `#box` is read as a call-to-action card. */
function card(html: string): boolean {
  const { document } = parseHTML(`<html><body><main>${html}</main></body></html>`);
  const element = document.getElementById('box');
  if (!element) throw new Error('no #box');
  return isCallToActionCard(element as unknown as Element);
}

describe('isCallToActionCard', () => {
  it.each([
    [
      "a health site's tool card",
      '<div id="box" class="css-d5"><p class="css-de">Are you experiencing symptoms?</p><p>Use the Symptom Checker to find out what might be causing them.</p><a class="css-be" href="/symptom-checker/">Check Your Symptoms</a></div>',
    ],
    [
      "a software site's template card",
      '<div id="box"><p>Free template</p><p>Sprint Retrospective Template</p><p>Columns, voting and action items, ready to use with your team.</p><a href="/templates/retro">Get the template</a></div>',
    ],
    [
      'a product card with its button in a block of its own',
      '<aside id="box"><div>Looking for a telescope?</div><p>We recommend the Astro Fi 102 for beginners.</p><div><a href="#">View at Amazon</a></div></aside>',
    ],
  ])('should find %s', (_case, html) => {
    expect(card(html)).toBe(true);
  });

  it.each([
    [
      'a section of the story closing on a link',
      `<div id="box"><h3>The vote</h3><p>${STORY}</p><a href="/report">Read the report</a></div>`,
    ],
    [
      'a box with links in its text',
      '<div id="box"><p>Read <a href="/a">the plan</a> online.</p><a href="/b">Get the plan</a></div>',
    ],
    ['a box without a button', '<div id="box"><p>Free template</p><p>Columns and voting, ready to use.</p></div>'],
    [
      'a box whose last link is a sentence',
      '<div id="box"><p>Free template</p><a href="/t">Download it here.</a></div>',
    ],
    [
      'a box of titles only over a button',
      '<div id="box"><p>Free template</p><p>Sprint Template</p><a href="/t">Get it</a></div>',
    ],
  ])('should not find %s', (_case, html) => {
    expect(card(html)).toBe(false);
  });
});
