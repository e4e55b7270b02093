import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isDescriptionDek } from '../../../utils/dom/is-description-dek';

const DEK = 'At 74, the repairer has found someone to take over the bench where he has worked for half a century.';
const STORY = 'The repairer keeps a drawer of springs sorted by size in old film canisters, each labeled in pencil.';

/** The page's `<p id="p">` and its `<h1>`. */
function parts(html: string): { paragraph: Element; headline: Element } {
  const doc = parseHTML(`<html><body>${html}</body></html>`).document as unknown as Document;
  const paragraph = doc.getElementById('p');
  const headline = doc.querySelector('h1');
  if (!paragraph || !headline) throw new Error('no paragraph or headline');
  return { paragraph, headline };
}

describe('isDescriptionDek', () => {
  it.each([
    [
      'right under the headline',
      `<article><h1>Title</h1><p id="p" class="mt-4 text-xl">${DEK}</p><div><p>${STORY}</p></div></article>`,
    ],
    [
      'under the title row holding the headline',
      `<article><div class="flex"><a>People</a><h1>Title</h1></div><p id="p">${DEK}</p><figure></figure><div class="prose"><p>${STORY}</p></div></article>`,
    ],
  ])('should read a paragraph the description repeats %s, the story in its own block, as the dek', (_case, html) => {
    const { paragraph, headline } = parts(html);
    expect(isDescriptionDek(paragraph, headline, DEK)).toBe(true);
  });

  it.each([
    ['a lede with the story beside it', `<article><h1>Title</h1><p id="p">${DEK}</p><p>${STORY}</p></article>`, DEK],
    [
      'a paragraph the description does not repeat',
      `<article><h1>Title</h1><p id="p">${DEK}</p><div><p>${STORY}</p></div></article>`,
      STORY,
    ],
    [
      'a paragraph not under the headline',
      `<article><h1>Title</h1><div></div><p id="p">${DEK}</p><div><p>${STORY}</p></div></article>`,
      DEK,
    ],
    [
      'a short label',
      `<article><h1>Title</h1><p id="p">Words by Ann Lee</p><div><p>${STORY}</p></div></article>`,
      'Words by Ann Lee',
    ],
  ])('should keep %s', (_case, html, description) => {
    const { paragraph, headline } = parts(html);
    expect(isDescriptionDek(paragraph, headline, description)).toBe(false);
  });

  it('should read nothing without a description or headline', () => {
    const { paragraph, headline } = parts(`<h1>Title</h1><p id="p">${DEK}</p>`);
    expect(isDescriptionDek(paragraph, headline, undefined)).toBe(false);
    expect(isDescriptionDek(paragraph, undefined, DEK)).toBe(false);
  });
});
