import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isBoxedPitch } from '../../../utils/dom/is-boxed-pitch';

const STORY =
  'The council voted 7-2 on Tuesday to close the branch library in March, citing a fall in visits and the cost of repairing its roof.';
const MORE = 'Opponents said they would take the question to the county board, which meets again in January.';

/** Whether the page's `#box`, set between two paragraphs of a story, is read as a boxed pitch. */
function box(html: string, around = `<p>${STORY}</p>`, after = `<p>${MORE}</p>`): boolean {
  const { document } = parseHTML(`<html><body><main><article>${around}${html}${after}</article></main></body></html>`);
  const element = document.getElementById('box');
  if (!element) throw new Error('no #box');
  return isBoxedPitch(element as unknown as Element);
}

describe('isBoxedPitch', () => {
  it.each([
    [
      'a newsletter line in a box of its own',
      '<div id="box"><p><strong>Fortune CEO Daily</strong> is the essential read for leaders. <a href="/newsletters/ceo-daily">Sign up here</a> to get it in your inbox.</p></div>',
    ],
    [
      'a weekly roundup offered for the inbox',
      '<div id="box"><p><em>Don’t have time to read about climate change as much as you’d like?</em><br><strong><a href="/nl/imagine">Get a weekly roundup in your inbox instead.</a></strong></p></div>',
    ],
    [
      'a trial offer wrapped twice',
      '<div id="box"><div><p>For more insights like these, <a href="https://example.com/bv/">click here</a> to try Breakingviews for free.</p></div></div>',
    ],
    [
      'a line and a button into the subscribe page',
      '<div id="box"><span>Find out what\'s happening in Maplewood with free, real-time updates from Patch.</span><a href="/subscribe">Let\'s go!</a></div>',
    ],
    [
      'a label over a subscription offer',
      '<div id="box"><p>Billboard VIP Pass</p><p>Get exclusive chart analysis and behind-the-scenes stories. <a href="/vip/">Subscribe now</a></p></div>',
    ],
    [
      'a channel pitch with no link',
      '<div id="box"><p>Subscribe to the Gadget Deals YouTube Channel for all of the latest videos, reviews, and more!</p></div>',
    ],
    [
      'a recruitment line closing on its register button',
      '<div id="box"><p>Want to write? Write an article and join a growing community of more than 200,000 academics. <a href="/become-an-author">Register now</a></p></div>',
    ],
  ])('should find %s', (_case, html) => {
    expect(box(html)).toBe(true);
  });

  it.each([
    [
      'a story paragraph on a sign-up, in a box like its neighbours',
      '<div id="box"><p>Residents can sign up here for the county’s flood alerts, which went out late on Tuesday.</p></div>',
      `<div><p>${STORY}</p></div>`,
      `<div><p>${MORE}</p></div>`,
    ],
    [
      'a boxed sentence of the story that names no newsletter, inbox or trial',
      '<div id="box"><p>More than 300 residents signed up to volunteer at the food bank after the appeal.</p></div>',
    ],
    [
      'a boxed sentence of the story on signing up to help',
      '<div id="box"><p>Residents who want to help can sign up to volunteer at the food bank on Main Street.</p></div>',
    ],
    [
      'a boxed quote with a heading',
      '<div id="box"><h3>Sign up now</h3><p>The clinic takes walk-ins for the vaccine on Saturdays, the health officer said.</p></div>',
    ],
    [
      'a box of the story longer than a pitch',
      `<div id="box"><p>${STORY} ${STORY} ${STORY} Subscribers to the county newsletter were told first.</p></div>`,
    ],
    ['a paragraph, which the line rules judge', '<p id="box">Sign up here to get it in your inbox.</p>'],
    [
      'a related list with a newsletter link among others',
      '<div id="box"><ul><li><a href="/newsletters">Newsletters</a></li><li><a href="/a">Another story</a></li></ul></div>',
    ],
  ])('should not find %s', (_case, html, around?: string, after?: string) => {
    expect(box(html, around, after)).toBe(false);
  });
});
