import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isCustomElementRow } from '../../../utils/dom/is-custom-element-row';

/** The element marked `data-x` in `html`. */
function markedIn(html: string): Element {
  const doc = parseHTML(`<html><body>${html}</body></html>`).document as unknown as Document;
  const element = doc.querySelector('[data-x]');
  if (!element) throw new Error('no marked element');
  return element;
}

describe('isCustomElementRow', () => {
  it.each([
    [
      'the first <ion-item> of a list',
      '<ion-list><ion-item data-x>One</ion-item>\n  <ion-item>Two</ion-item></ion-list>',
    ],
    ['the last <ion-item> of a list', '<ion-list><ion-item>One</ion-item><ion-item data-x>Two</ion-item></ion-list>'],
    [
      'a <mat-list-item> in a plain div',
      '<div><mat-list-item>A</mat-list-item><mat-list-item data-x>B</mat-list-item></div>',
    ],
  ])('should find %s', (_case, html) => {
    expect(isCustomElementRow(markedIn(html))).toBe(true);
  });

  it.each([
    ['a lone custom element', '<ion-list><ion-item data-x>One</ion-item></ion-list>'],
    ['a custom element beside one of another tag', '<div><x-label data-x>Tags</x-label><x-tag>Climate</x-tag></div>'],
    ['built-in elements side by side', '<div><span data-x>A</span><span>B</span></div>'],
    [
      'custom elements in running text',
      '<p>Shares of <fin-ticker data-x>ACME</fin-ticker> <fin-ticker>BOLT</fin-ticker> rose.</p>',
    ],
    ['custom elements with words between them', '<div><x-term data-x>A</x-term> and <x-term>B</x-term></div>'],
  ])('should not find %s', (_case, html) => {
    expect(isCustomElementRow(markedIn(html))).toBe(false);
  });
});
