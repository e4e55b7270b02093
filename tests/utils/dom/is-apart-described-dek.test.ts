import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isApartDescribedDek } from '../../../utils/dom/is-apart-described-dek';

const DEK =
  'Senegal launched a tender for its first offshore wind farm, aiming to add 300 megawatts to its grid by 2031 as coastal states look to the ocean.';
const STORY =
  'Energy Minister Aminata Sarr told reporters the government expected to pick a winner by the end of next year and to sign a power purchase agreement.';
const MORE =
  'The wind off the coast is among the most regular in Africa, and the grid needs cheaper power than diesel gives it.';

/** The page's `#dek` and its `<h1>`. */
function parts(html: string): { element: Element; headline: Element } {
  const doc = parseHTML(`<html><body>${html}</body></html>`).document as unknown as Document;
  const element = doc.getElementById('dek');
  const headline = doc.querySelector('h1');
  if (!element || !headline) throw new Error('no dek or headline');
  return { element, headline };
}

describe('isApartDescribedDek', () => {
  it.each([
    [
      'between the lead picture and the story block',
      `<article><h1>Title</h1><div class="c1"><time>28/11/2026</time></div><figure><img src="a.jpg"><figcaption>Boats on the beach</figcaption></figure><p class="c2" id="dek">${DEK}</p><div class="c3"><p>${STORY}</p><p>${MORE}</p></div></article>`,
      DEK,
    ],
    [
      'right under the headline in the header, followed by a byline and a disclosure paragraph',
      `<div class="h"><h1>Title</h1><p id="dek">${DEK}</p><div>by Ann Lee</div><p>If you buy something from a link, we may earn a commission.</p></div><div class="b"><div class="w"><p>${STORY}</p></div><div class="w"><p>${MORE}</p></div></div>`,
      DEK,
    ],
    [
      'set as a subheading under the headline',
      `<article><h1>Title</h1><h2 id="dek">${DEK}</h2><figure><img src="a.jpg"></figure><div><p>${STORY}</p><p>${MORE}</p></div></article>`,
      DEK,
    ],
    [
      'in a wrapper of its own, when the description gives its first sentence only',
      `<article><h1>Title</h1><div class="s"><div class="d"><p id="dek">${DEK} Workers say the notices go to those without connections.</p></div><figure><img src="a.jpg"></figure><p>${STORY}</p><p>${MORE}</p></div></article>`,
      DEK,
    ],
    [
      'when the description is cut short and closed on a full stop',
      `<article><h1>Title</h1><p id="dek">${DEK}</p><div><p>${STORY}</p></div></article>`,
      'Senegal launched a tender for its first offshore wind farm, aiming to add 300 megawatts to its grid by 2031.',
    ],
  ])('should read a paragraph the description repeats %s as the dek', (_case, html, description) => {
    const { element, headline } = parts(html);
    expect(isApartDescribedDek(element, headline, description)).toBe(true);
  });

  it.each([
    [
      'a lede running on with the story in one block (an auto-filled description)',
      `<article><h1>Title</h1><div><p id="dek">${DEK}</p><p>${STORY}</p><p>${MORE}</p></div></article>`,
      DEK,
    ],
    [
      'a lede in a run of wrappers of one class, one per paragraph',
      `<article><h1>Title</h1><div class="b"><div class="w"><p id="dek">${DEK}</p></div><div class="w"><p>${STORY}</p></div></div></article>`,
      DEK,
    ],
    [
      'a paragraph after the story began',
      `<article><h1>Title</h1><div><p>${STORY}</p></div><p id="dek">${DEK}</p><div><p>${MORE}</p></div></article>`,
      DEK,
    ],
    [
      'a paragraph the description does not repeat',
      `<article><h1>Title</h1><p id="dek">${DEK}</p><div><p>${STORY}</p></div></article>`,
      'A different summary of the same story, written for search engines and sharing.',
    ],
    [
      'a paragraph whose words run on past a description cut mid-word',
      `<article><h1>Title</h1><p id="dek">${DEK}</p><div><p>${STORY}</p></div></article>`,
      'Senegal launched a tender for its first offshore wind farm, aiming to add 300 mega',
    ],
    ['a paragraph with no story after it', `<article><h1>Title</h1><p id="dek">${DEK}</p></article>`, DEK],
  ])('should not read %s as the dek', (_case, html, description) => {
    const { element, headline } = parts(html);
    expect(isApartDescribedDek(element, headline, description)).toBe(false);
  });
});

describe('isApartDescribedDek under a label', () => {
  it("should not read a summary box's paragraph under its heading as the dek", () => {
    const { element, headline } = parts(
      `<article><h1>Title</h1><div class="in-brief"><h2>In summary</h2><p id="dek">${DEK}</p></div><div><p>${STORY}</p><p>${MORE}</p></div></article>`,
    );
    expect(isApartDescribedDek(element, headline, DEK)).toBe(false);
  });
});

describe('isApartDescribedDek on a dek set in a <div> of text', () => {
  it.each([
    [
      'under the headline, before the byline (Brightspot)',
      `<main><h1>Title</h1><div id="dek">${DEK}</div><div><div>By <a href="/p">Ann Lee</a></div></div><div><p>${STORY}</p><p>${MORE}</p></div></main>`,
    ],
    [
      'over the story block (France 24)',
      `<article><h1>Title</h1><div><time>28/11/2026</time></div><div id="dek">${DEK}</div><div><p>${STORY}</p><p>${MORE}</p></div></article>`,
    ],
    [
      'over a story block of wrapped paragraphs, in a block of another shape',
      `<article><h1>Title</h1><div class="dek-box"><div><div id="dek">${DEK}</div></div></div><div class="text-block"><div><div>${STORY}</div></div></div></article>`,
    ],
    [
      'over a story block whose paragraphs are <div>s of text too',
      `<article><h1>Title</h1><div id="dek">${DEK}</div><div class="body"><div>${STORY}</div><div>${MORE}</div></div></article>`,
    ],
  ])('should find it %s', (_case, html) => {
    const { element, headline } = parts(html);
    expect(isApartDescribedDek(element, headline, DEK)).toBe(true);
  });

  it.each([
    [
      'a <div> holding the story paragraphs (a wrapper, not a dek)',
      `<article><h1>Title</h1><div id="dek"><p>${DEK}</p><p>${STORY}</p></div></article>`,
    ],
    [
      'a <div> lede in a run of one-paragraph wrappers',
      `<article><h1>Title</h1><div class="w" id="dek">${DEK}</div><div class="w">${STORY}</div><div class="w">${MORE}</div></article>`,
    ],
    [
      "a block editor's lede, each paragraph a few wrappers deep in a run of blocks of one shape (Notion)",
      `<h1>Title</h1><div class="props"><div>Published</div><div>November 24, 2026</div></div><div class="page"><div class="text-block" data-id="1"><div><div><div id="dek">${DEK}</div></div></div></div><div class="text-block" data-id="2"><div><div><div>${STORY}</div></div></div></div></div>`,
    ],
    [
      "a Blogger post's lede <div> of <br>-run paragraphs, the post set in <div>s with no <p> and comments in <p>s below",
      `<h1>Title</h1><div class="post-body"><div dir="ltr"><div style="text-align: justify;" id="dek"><span>${DEK}<br />\n<br />\n${MORE}</span></div><div style="text-align: justify;"><span><b>A subheading</b></span></div><div style="text-align: justify;"><span>${STORY}</span></div></div></div><div class="comments"><p class="comment-content">${STORY}</p></div>`,
    ],
    [
      'a short report set as <br><br> runs in a <div> of its own, over a facts box of <div>s (a match centre)',
      `<article><h1>Title</h1><div class="meta"><time>28/11/2026</time></div><div class="report" id="dek">${DEK}<br><br>${MORE}<br><br></div><div class="facts"><div>${STORY}</div></div></article>`,
    ],
    [
      'a <p> of two paragraphs set with <br><br>, over the story block',
      `<article><h1>Title</h1><p id="dek">${DEK}<br>\n<br>${MORE}</p><div class="b"><p>${STORY}</p><p>${MORE}</p></div></article>`,
    ],
  ])('should not find %s', (_case, html) => {
    const { element, headline } = parts(html);
    expect(isApartDescribedDek(element, headline, DEK)).toBe(false);
  });
});

describe('isApartDescribedDek: a CMS intro text over its full text (Joomla K2)', () => {
  const page = (introClass: string, fullClass: string): string =>
    `<div class="itemView"><h1>Title</h1><span class="itemAuthor">Author: Ann Lee</span><div class="itemBody"><div class="${introClass}"><p id="dek">${DEK}</p></div><div class="${fullClass}"><p>${STORY}</p><p>${MORE}</p></div></div></div>`;

  it.each([
    ['itemIntroText', 'itemFullText'],
    ['intro-text', 'full-text'],
  ])('should read the intro (%s over %s) as the story, not a dek', (introClass, fullClass) => {
    const { element, headline } = parts(page(introClass, fullClass));
    expect(isApartDescribedDek(element, headline, DEK)).toBe(false);
  });

  it('should still read a dek in a block of its own over a story block of another name', () => {
    const { element, headline } = parts(page('itemSubtitle', 'itemFullText'));
    expect(isApartDescribedDek(element, headline, DEK)).toBe(true);
  });
});

describe('isApartDescribedDek: a lede leading into a quoted passage (link blogs)', () => {
  const LEDE = `${DEK.slice(0, -1)}, and the ministry's notice is worth reading:`;
  /** The description an editor cut from the lede at a word's end. */
  const CUT =
    'Senegal launched a tender for its first offshore wind farm, aiming to add 300 megawatts to its grid by 2031.';

  it('should not read a lede that runs on into a blockquote of its block as the dek', () => {
    const { element, headline } = parts(
      `<div class="post"><h1><a href="/p">Title</a></h1><div class="post-body"><p id="dek">${LEDE}</p><blockquote><p>${STORY}</p></blockquote><p>${MORE}</p></div></div>`,
    );
    expect(isApartDescribedDek(element, headline, CUT)).toBe(false);
  });

  it('should still read a dek set apart from a story block that opens on a quote', () => {
    const { element, headline } = parts(
      `<article><h1>Title</h1><p class="c2" id="dek">${LEDE}</p><div class="c3"><blockquote><p>${STORY}</p></blockquote><p>${MORE}</p></div></article>`,
    );
    expect(isApartDescribedDek(element, headline, CUT)).toBe(true);
  });
});
