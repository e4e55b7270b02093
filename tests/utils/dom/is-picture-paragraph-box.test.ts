import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isPictureParagraphBox } from '../../../utils/dom/is-picture-paragraph-box';

const STORY =
  'The council voted 7-2 on Tuesday to close the branch library in March, citing a fall in visits and the cost of repairing its roof, which has leaked since 2019.';

/** Whether the page's `#box` is read as a picture with its caption paragraph. */
function box(html: string): boolean {
  const { document } = parseHTML(`<html><body><main>${html}</main></body></html>`);
  const element = document.getElementById('box');
  if (!element) throw new Error('no #box');
  return isPictureParagraphBox(element as unknown as Element);
}

describe('isPictureParagraphBox', () => {
  it.each([
    [
      'a wrapped picture, its caption paragraph and a credit',
      '<div id="box" class="css-ed"><div class="css-b1"><img src="/pier.jpg" alt=""></div><p class="css-f1">The pier pictured from the promenade last week</p><span class="css-26">Alamy</span></div>',
    ],
    [
      'a picture and a caption with its credit inside',
      '<div id="box"><img src="/m.jpg" alt=""><p>A librarian sets up an air sensor. <span>Marcus Hill/NPR</span></p></div>',
    ],
    [
      'a linked picture over its caption',
      '<div id="box" style="width: 460px"><a href="/tower.jpg"><img src="/tower-450.jpg" alt=""></a><p>The view south from the parapet.</p></div>',
    ],
  ])('should find %s', (_case, html) => {
    expect(box(html)).toBe(true);
  });

  it.each([
    ['a picture with a story paragraph above it', `<div id="box"><p>${STORY}</p><img src="/a.jpg"></div>`],
    [
      'a picture with two paragraphs under it',
      '<div id="box"><img src="/a.jpg"><p>The branch opened in 1962.</p><p>It will close in March.</p></div>',
    ],
    ['a picture with a long paragraph under it', `<div id="box"><img src="/a.jpg"><p>${STORY} ${STORY}</p></div>`],
    ["an author's photo over the byline", '<div id="box"><img src="/ann.jpg"><p>By Ann Lee, staff writer</p></div>'],
    ['a paragraph with a picture in it', '<p id="box"><img src="/a.jpg"> The branch opened in 1962.</p>'],
    [
      // WordPress wraps a picture put in the post's flow in a paragraph; a photo post's one line is its story.
      'a post of a picture in a paragraph and its one line',
      '<div id="box"><p><img src="/max.jpg"></p><p>Max Jacob, born on Tuesday. Our newest reader.</p><p></p></div>',
    ],
    [
      'a block with text of its own',
      '<div id="box"><img src="/a.jpg"> We walked on. <p>The branch opened in 1962.</p></div>',
    ],
  ])('should not find %s', (_case, html) => {
    expect(box(html)).toBe(false);
  });
});

describe('isPictureParagraphBox: a figure holding only its credit, over the caption in a slot of its own', () => {
  it.each([
    [
      'a credited figure over a description slot holding the caption (BuzzFeed News subbuzz-image)',
      '<div id="box" class="subbuzz subbuzz-image"><figure class="subbuzz__media"><img src="/garage.jpg" alt=""><figcaption class="subbuzz__attribution">Lena Ortiz for BuzzFeed News</figcaption></figure><div class="subbuzz__description"><p>The company’s garage in Redfield, where drivers waited for calls.</p></div></div>',
    ],
    [
      'a credited figure over a bare caption paragraph',
      '<div id="box"><figure><img src="/pier.jpg" alt=""><figcaption>Halfpoint / Getty Images</figcaption></figure><p>The pier pictured from the promenade last week</p></div>',
    ],
  ])('should find %s', (_case, html) => {
    expect(box(html)).toBe(true);
  });

  it.each([
    [
      'a list item: a heading over the credited figure and its description',
      '<div id="box" class="subbuzz subbuzz-image"><h2>1. Open the curtains first.</h2><figure><img src="/a.jpg" alt=""><figcaption>Halfpoint / Getty Images</figcaption></figure><div class="subbuzz__description"><p>Even weak winter daylight is brighter than a lamp.</p></div></div>',
    ],
    [
      'a figure with a caption sentence of its own, over a paragraph of the story',
      '<div id="box"><figure><img src="/pier.jpg" alt=""><figcaption>The pier at dusk.</figcaption></figure><p>The pier closed on Monday.</p></div>',
    ],
    [
      'a bare picture over a caption slot (only a credited figure has its caption set apart so)',
      '<div id="box"><img src="/pier.jpg" alt=""><div><p>The pier pictured from the promenade last week.</p></div></div>',
    ],
    [
      'a credited figure over a slot of two paragraphs',
      `<div id="box"><figure><img src="/pier.jpg" alt=""><figcaption>Ann Lee for The Paper</figcaption></figure><div><p>The pier closed.</p><p>${STORY}</p></div></div>`,
    ],
    [
      'a credited figure over a long paragraph of the story',
      `<div id="box"><figure><img src="/pier.jpg" alt=""><figcaption>Ann Lee for The Paper</figcaption></figure><div><p>${STORY} ${STORY}</p></div></div>`,
    ],
  ])('should leave %s', (_case, html) => {
    expect(box(html)).toBe(false);
  });
});

describe('isPictureParagraphBox: a bare picture over a caption slot, the credit closing the box', () => {
  it.each([
    [
      "CNN's 2012 story image: the caption's paragraph in a slot beside an empty rule, the credit's block under it",
      '<div id="box" class="c1"><img src="/trail.jpg" alt=""><div class="c2"><div class="c3"></div><p>Volunteers clear brush from the old rail bed in April.</p></div><div class="c4"><span>Courtesy Trail Association</span></div></div>',
    ],
    [
      'a caption slot and a credit span',
      '<div id="box"><a href="/pier.jpg"><img src="/pier-300.jpg" alt=""></a><div><p>The pier pictured from the promenade last week.</p></div><span>Ann Lee/The Paper</span></div>',
    ],
  ])('should find %s', (_case, html) => {
    expect(box(html)).toBe(true);
  });

  it.each([
    [
      "a caption slot with no credit under it (a header's lead picture is left to the header's reader)",
      '<div id="box"><img src="/pier.jpg" alt=""><div><div></div><p>The pier pictured from the promenade last week.</p></div></div>',
    ],
    [
      'a slot of two paragraphs over a credit',
      '<div id="box"><img src="/pier.jpg" alt=""><div><p>The pier closed.</p><p>It reopens on Monday.</p></div><span>Ann Lee</span></div>',
    ],
    [
      'a caption slot over a second slot of story text',
      '<div id="box"><img src="/pier.jpg" alt=""><div><p>The pier closed.</p></div><div><p>It reopens on Monday, the council said.</p></div></div>',
    ],
  ])('should leave %s', (_case, html) => {
    expect(box(html)).toBe(false);
  });
});

describe('isPictureParagraphBox: a credit paragraph under the caption', () => {
  it.each([
    [
      'a photographer and agency after a slash',
      '<div id="box"><div><img src="/biber.jpg" alt=""></div><p>Biberburg am Elbufer bei Bleckede: Die Tiere graben ihre Baue bis tief in den alten Deich</p><p>Philipp Schulze/ dpa</p></div>',
    ],
    [
      'a labelled credit',
      '<div id="box"><img src="/pier.jpg" alt=""><p>The pier pictured from the promenade last week</p><p>Photo: Ann Lee</p></div>',
    ],
  ])('should read %s as the picture’s', (_case, html) => {
    expect(box(html)).toBe(true);
  });

  it.each([
    [
      'a second short paragraph of another shape',
      '<div id="box"><img src="/pier.jpg" alt=""><p>The pier pictured from the promenade last week</p><p>It reopens on Monday</p></div>',
    ],
    [
      'a slash-shaped paragraph above a second paragraph (two paragraphs of the story)',
      '<div id="box"><img src="/pier.jpg" alt=""><p>Ferry and/or bus</p><p>The pier reopens on Monday, the council said.</p></div>',
    ],
  ])('should leave %s to the story', (_case, html) => {
    expect(box(html)).toBe(false);
  });
});
