import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isCollapsedStoryPart, revealCollapsedStoryParts } from '../../../utils/dom/is-collapsed-story-part';

const PROSE =
  '<p>The county expects to close on the purchase in January, and design work for the park would begin next spring.</p><p>The first section could open in 2029 at the earliest, the county engineer said.</p>';

/** The page's document. */
function page(html: string): Document {
  return parseHTML(`<html><body>${html}</body></html>`).document as unknown as Document;
}

/** Whether the element with id `target` is a collapsed story part. */
function collapsed(html: string, target = 'rest'): boolean {
  const element = page(html).getElementById(target);
  if (!element) throw new Error('no target');
  return isCollapsedStoryPart(element);
}

describe('isCollapsedStoryPart', () => {
  it('should take the hidden rest of a story named by its "Continue reading" toggle', () => {
    expect(
      collapsed(`<button aria-controls="rest">Continue reading</button><div id="rest" hidden>${PROSE}</div>`),
    ).toBe(true);
    expect(
      collapsed(`<button data-toggle="rest">Lire la suite</button><div id="rest" style="display:none">${PROSE}</div>`),
    ).toBe(true);
    expect(collapsed(`<a href="#rest">More</a><div id="rest" aria-hidden="true">${PROSE}</div>`)).toBe(true);
  });

  /** `PROSE` as an old CMS sets it: each paragraph's text closed by two line breaks, beside a subheading. */
  const RUNS = `<h2>What comes next</h2>${PROSE.replaceAll('<p>', '').replaceAll('</p>', '<br><br>')}`;

  it.each([
    ['a toggle naming it', `<button data-toggle="rest">Lire la suite</button><div id="rest" hidden>${RUNS}</div>`],
    [
      'a collapsed accordion heading',
      `<h2><button aria-expanded="false">Why?</button></h2><div id="rest" hidden>${RUNS}</div>`,
    ],
  ])('should take a hidden rest set with line breaks under %s', (_case, html) => {
    expect(collapsed(html)).toBe(true);
  });

  it.each([
    ['no toggle names it', `<div id="rest" hidden>${RUNS}</div>`],
    [
      'its lines are short (a menu set with line breaks)',
      `<button aria-controls="rest">Menu</button><div id="rest" hidden><h2>Sections</h2>News<br>Sport<br>Weather<br>Opinion<br></div>`,
    ],
  ])('should leave a hidden block set with line breaks when %s', (_case, html) => {
    expect(collapsed(html)).toBe(false);
  });

  it("should take an accordion's hidden answer under its heading toggle", () => {
    expect(
      collapsed(`<h2><button aria-expanded="false">Who pays more?</button></h2><div id="rest" hidden>${PROSE}</div>`),
    ).toBe(true);
  });

  /** An accordion item: a head block holding only its toggle, over its panel (`id` on the panel). */
  const item = (question: string, expanded: boolean, id: string): string =>
    `<div><div><button aria-expanded="${expanded}">${question}</button></div><div id="${id}"${expanded ? '' : ' hidden'}>${PROSE}</div></div>`;

  it.each([
    [
      'under the second of two',
      `<div>${item('What changes?', true, 'a')}${item('Who pays more?', false, 'rest')}</div>`,
    ],
    [
      'whose heads hold statements',
      `<div>${item('The new fares', false, 'a')}${item('Season tickets', false, 'rest')}${item('Refunds', false, 'b')}</div>`,
    ],
  ])("should take an accordion's hidden answer under a toggle in a styled head block, %s", (_case, html) => {
    expect(collapsed(html)).toBe(true);
  });

  it.each([
    ['a lone head block', `<div>${item('How we did this', false, 'rest')}</div>`],
    [
      'a head block holding more than its toggle',
      `<div><div><div><button aria-expanded="false">Methodology</button> <span>2 min read</span></div><div id="rest" hidden>${PROSE}</div></div>${item('Sources', false, 'a')}</div>`,
    ],
    [
      'a head block not opening its item',
      `<div><div><p>Note</p><div><button aria-expanded="false">More</button></div><div id="rest" hidden>${PROSE}</div></div>${item('Sources', false, 'a')}</div>`,
    ],
  ])('should leave a hidden box under %s', (_case, html) => {
    expect(collapsed(html)).toBe(false);
  });

  it('should leave hidden elements no toggle names, menus, share sheets and boxed notes hidden', () => {
    expect(collapsed(`<div id="rest" hidden>${PROSE}</div>`)).toBe(false);
    expect(
      collapsed(
        '<button aria-controls="rest">Menu</button><nav id="rest" hidden><ul><li><a href="/news">News</a></li><li><a href="/sports">Sports</a></li></ul></nav>',
      ),
    ).toBe(false);
    expect(
      collapsed(
        `<button aria-controls="rest">Share</button><div id="rest" hidden><p><a href="#">Copy link</a> <a href="#">Facebook</a> <a href="#">Email</a></p></div>`,
      ),
    ).toBe(false);
    // A bare button over a hidden box ("How we did this") is a boxed note, not a section of the story.
    expect(
      collapsed(`<button aria-expanded="false">How we did this</button><div id="rest" hidden>${PROSE}</div>`),
    ).toBe(false);
  });

  it('should not count a shown element', () => {
    expect(collapsed(`<button aria-controls="rest">Continue reading</button><div id="rest">${PROSE}</div>`)).toBe(
      false,
    );
  });
});

describe('revealCollapsedStoryParts', () => {
  it('should show collapsed story parts in the copy and leave other hidden elements hidden', () => {
    const doc = page(
      `<button aria-controls="rest">Continue reading</button><div id="rest" style="color:red; display: none">${PROSE}</div><div id="other" hidden>${PROSE}</div>`,
    );
    revealCollapsedStoryParts(doc);
    expect(doc.getElementById('rest')?.getAttribute('style')).not.toMatch(/none/);
    expect(doc.getElementById('other')?.hasAttribute('hidden')).toBe(true);
  });
});
