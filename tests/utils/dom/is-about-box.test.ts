import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isAboutBox } from '../../../utils/dom/is-about-box';

const STORY = '<p>The unit will be staffed around the clock by a psychiatrist, nurses and social workers.</p>';
const BOILERPLATE =
  '<p>Harrow Valley Health is a nonprofit academic health system serving more than 1.2 million people.</p><p>It is the largest employer in the region.</p>';

/** Whether the element `#box` on the page is an organisation's about box. */
function about(html: string): boolean {
  const element = parseHTML(`<html><body>${html}</body></html>`).document.getElementById('box');
  if (!element) throw new Error('no #box');
  return isAboutBox(element as unknown as Element);
}

describe('isAboutBox', () => {
  it.each([
    [
      'a release field under the story, before the media contact',
      `<div>${STORY}<div id="box"><div>About Harrow Valley Health</div><div>${BOILERPLATE}</div></div><div><div>Media Contact</div><div>Tessa Brandvold</div></div></div>`,
    ],
    [
      "a newsletter's box after the story's section",
      `<div><div>${STORY}${STORY}</div><div id="box"><h3>About The Tideline</h3>${BOILERPLATE}</div><div><h2>Sign up for more like this.</h2></div></div>`,
    ],
    [
      'a company with its legal form',
      `<div>${STORY}<section id="box"><h2>About Acme Co., Ltd.</h2>${BOILERPLATE}</section></div>`,
    ],
  ])('should take %s', (_case, html) => {
    expect(about(html)).toBe(true);
  });

  it.each([
    [
      'a boxed section the story goes on after',
      `<div>${STORY}<div id="box"><h3>About Harrow Valley</h3>${BOILERPLATE}</div>${STORY}</div>`,
    ],
    ['a label in lower case', `<div>${STORY}<div id="box"><h3>About the data</h3>${BOILERPLATE}</div></div>`],
    ['a question', `<div>${STORY}<div id="box"><h3>About Time We Paid Up?</h3>${BOILERPLATE}</div></div>`],
    [
      'a long section of the story',
      `<div>${STORY}<div id="box"><h3>About Harrow Valley</h3>${BOILERPLATE.repeat(20)}</div></div>`,
    ],
    ['a label opening no box', `<div>${STORY}<p id="box">About Harrow Valley Health</p>${BOILERPLATE}</div>`],
  ])('should leave %s', (_case, html) => {
    expect(about(html)).toBe(false);
  });
});
