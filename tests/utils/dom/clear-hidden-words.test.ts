import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { clearHiddenWords } from '../../../utils/dom/clear-hidden-words';

/** The class attribute of the page's one `<div>` after `clearHiddenWords`. */
function classAfter(names: string): string | null {
  const { document } = parseHTML(`<html><body><div class="${names}"><p>Text</p></div></body></html>`);
  clearHiddenWords(document as unknown as Document);
  return document.querySelector('div')?.getAttribute('class') ?? null;
}

describe('clearHiddenWords', () => {
  it.each([
    [
      'a Drupal field whose label is not printed',
      'field field--name-field-text field--label-hidden',
      'field field--name-field-text',
    ],
    ['a Drupal 7 body field', 'field field-name-body field-label-hidden', 'field field-name-body'],
    ['a box clipping its overflow', 'relative overflow-hidden rounded', 'relative rounded'],
    ['a box clipping its horizontal overflow', 'story overflow-x-hidden', 'story'],
  ])('should take the word out of %s', (_case, names, expected) => {
    expect(classAfter(names)).toBe(expected);
  });

  it.each([
    ['a visually hidden skip link', 'visually-hidden focusable skip-link'],
    ['a block hidden on small screens', 'hidden md:block'],
    ['a hidden block', 'promo is-hidden'],
    ['a block with no such word', 'article-body'],
  ])('should keep the names of %s', (_case, names) => {
    expect(classAfter(names)).toBe(names);
  });
});
