import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { itemsNamedAlike } from '../../../../utils/dom/comments/items-named-alike';

const isNote = (token: string): boolean => /^note$/i.test(token);
const inList = (parent: Element): boolean => parent.classList.contains('list');

const itemsIn = (html: string, minSiblings = 2): string[] => {
  const { document } = parseHTML(`<html><body>${html}</body></html>`);
  const candidates = [...document.querySelectorAll('*')] as unknown as Element[];
  return [...itemsNamedAlike(candidates, isNote, inList, minSiblings)].map((element) => element.textContent ?? '');
};

describe('itemsNamedAlike', () => {
  it('should take the elements sharing an accepted token under one accepted parent', () => {
    expect(
      itemsIn('<ul class="list"><li class="note">A</li><li class="other">B</li><li class="note">C</li></ul>'),
    ).toEqual(['A', 'C']);
  });

  it('should compare tokens in lower case', () => {
    expect(itemsIn('<ul class="list"><li class="Note">A</li><li class="note">B</li></ul>')).toEqual(['A', 'B']);
  });

  it('should leave fewer than the least number of siblings', () => {
    expect(itemsIn('<ul class="list"><li class="note">A</li></ul>')).toEqual([]);
    expect(itemsIn('<ul class="list"><li class="note">A</li><li class="note">B</li></ul>', 3)).toEqual([]);
  });

  it('should leave siblings the section test refuses, and count siblings per parent', () => {
    expect(itemsIn('<ul class="aside"><li class="note">A</li><li class="note">B</li></ul>')).toEqual([]);
    expect(
      itemsIn('<div class="list"><p class="note">A</p></div><div class="list"><p class="note">B</p></div>'),
    ).toEqual([]);
  });

  it.each([
    [
      'a lone reply nested in an accepted item',
      '<ul class="list"><li class="note">A<div class="replies"><p class="note">A1</p></div></li><li class="note">B</li></ul>',
      ['AA1', 'B', 'A1'],
    ],
    [
      "a reply's reply, nested two deep",
      '<ul class="list"><li class="note">A<div><p class="note">A1<span><b class="note">A2</b></span></p></div></li><li class="note">B</li></ul>',
      ['AA1A2', 'B', 'A1A2', 'A2'],
    ],
  ])('should take %s, named as the accepted list', (_case, html, items) => {
    expect(itemsIn(html)).toEqual(items);
  });

  it.each([
    [
      'a lone element named so outside any accepted item',
      '<ul class="list"><li class="note">A</li><li class="note">B</li></ul><div><p class="note">C</p></div>',
    ],
    [
      'a lone element nested in an item of a list the section test refused',
      '<ul class="aside"><li class="note">A<p class="note">A1</p></li><li class="note">B</li></ul>',
    ],
  ])('should leave %s', (_case, html) => {
    expect(itemsIn(html).filter((text) => text === 'C' || text.startsWith('A1'))).toEqual([]);
  });
});
