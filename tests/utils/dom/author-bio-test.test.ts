import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { authorBioTest } from '../../../utils/dom/author-bio-test';
import { readMeta } from '../../../utils/dom/read-meta';

const STORY =
  'The council voted 7-2 on Tuesday to close the branch library in March, citing a fall in visits and the cost of repairing its roof.';
const HEAD =
  '<head><script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Library to close","author":{"@type":"Person","name":"Priya Natarajan"}}</script></head>';

/** Whether the page's `#box` is read as the writer's bio or its box. */
function bio(body: string, head = HEAD): boolean {
  const doc = parseHTML(`<html>${head}<body>${body}</body></html>`).document as unknown as Document;
  const element = doc.getElementById('box');
  if (!element) throw new Error('no #box');
  // The writers the page declares, as the furniture test reads them.
  return authorBioTest(readMeta(doc).bylines ?? [])(element);
}

describe('authorBioTest', () => {
  it.each([
    [
      'the bio under the name',
      `<article><p>${STORY}</p><p>${STORY}</p></article><div class="css-aa"><p class="css-11">Priya Natarajan</p><p id="box" class="css-21">Priya Natarajan is a staff writer at the Gazette covering schools and libraries.</p></div>`,
    ],
    [
      'the box around the name and the bio',
      `<article><p>${STORY}</p></article><section id="box"><h3>Priya Natarajan</h3><p>Priya Natarajan covers county government for the Gazette. Send tips to the newsroom.</p></section>`,
    ],
    [
      'a bio by the first name under the full one',
      `<article><p>${STORY}</p></article><div id="box"><h3><a href="/author/p">Priya Natarajan</a></h3><p>Priya is a senior engineer on the platform team.</p></div>`,
    ],
  ])('should find %s', (_case, html) => {
    expect(bio(html)).toBe(true);
  });

  it.each([
    [
      'a paragraph of the story naming the writer (a closing tagline in plain type)',
      `<article><p>${STORY}</p><p>${STORY}</p><p id="box">Priya Natarajan is a staff writer at the Gazette covering schools and libraries.</p></article>`,
    ],
    [
      'a bio of someone else, in a box',
      `<div id="box"><p>Ann Lee is a retired teacher who volunteers at the library.</p></div>`,
    ],
    [
      'a bio by a first name the box does not name in full',
      `<div><p id="box">Priya is a senior engineer on the platform team.</p></div>`,
    ],
    [
      'a bio on a page that declares no writer',
      `<div><p id="box">Priya Natarajan is a staff writer at the Gazette.</p></div>`,
      '<head></head>',
    ],
  ])('should not find %s', (_case, html, head?: string) => {
    expect(bio(html, head)).toBe(false);
  });
});

describe('authorBioTest on a company blog’s author card', () => {
  it.each([
    [
      'a career told with "ran"',
      `<article><p>${STORY}</p></article><div class="x1"><img src="a.jpg" alt=""><div><h3>Priya Natarajan</h3><p id="box">Priya ran dispatch for a 30-truck HVAC company before joining Crewpath, where she now leads customer education.</p></div></div>`,
    ],
    [
      'a founder told with "started" (a small publisher’s or studio’s card)',
      `<article><p>${STORY}</p></article><div class="x1"><img src="a.jpg" alt=""><div><a href="/journal?author=1">Priya Natarajan</a><p id="box">Priya started the studio in a rented garage in 2014 and keeps its glaze notebook.</p></div></div>`,
    ],
    [
      'a career told with "has spent"',
      `<article><p>${STORY}</p></article><div class="x1"><h3>Priya Natarajan</h3><p id="box">Priya Natarajan has spent ten years building payment systems.</p></div>`,
    ],
  ])('should find %s', (_case, body) => {
    expect(bio(body)).toBe(true);
  });

  it('should keep a story paragraph opening on the writer’s first name among the story’s paragraphs', () => {
    const body = `<article><p>${STORY}</p><p id="box">Priya ran the numbers again the next morning.</p><p>${STORY}</p></article>`;
    expect(bio(body)).toBe(false);
  });
});

describe('authorBioTest: a declared name carrying the writer’s role after a comma', () => {
  const head = (name: string) =>
    `<head><script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Saying no","author":{"@type":"Person","name":"${name}"}}</script></head>`;
  const box = `<article><p>${STORY}</p><p>${STORY}</p></article><div id="box"><div>Ruth Lee, Contributor</div><div>Family therapist, author of ‘The Quiet Table’</div><p>Ruth Lee is a family therapist in Duluth, Minnesota, and writes about boundaries and caregiving.</p></div>`;

  it('should read the bio box when the page declares "Ruth Lee, Contributor" (HuffPost’s contributor pages)', () => {
    expect(bio(box, head('Ruth Lee, Contributor'))).toBe(true);
  });

  it('should not cut a name at a comma when what follows is no job title', () => {
    expect(bio(box, head('Ruth Lee, Duluth'))).toBe(false);
  });
});
