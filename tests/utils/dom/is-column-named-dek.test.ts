import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isColumnNamedDek } from '../../../utils/dom/is-column-named-dek';

const DEK = 'Активисты получат старые дома на набережной за символический рубль';

/** Whether the page's `#dek` is read as the dek its layout column's name marks. */
function dek(html: string): boolean {
  const doc = parseHTML(`<html><body>${html}</body></html>`).document as unknown as Document;
  const element = doc.getElementById('dek');
  if (!element) throw new Error('no #dek');
  return isColumnNamedDek(element, doc.querySelector('h1') ?? undefined);
}

describe('isColumnNamedDek', () => {
  it.each([
    ['Lenta.ru’s subtitle', `<div><h1>Заголовок</h1><h2 class="b-topic__rightcol" id="dek">${DEK}</h2></div>`],
    [
      'a paragraph named for its column',
      '<div><h1>Title</h1><p class="right-column" id="dek">The council will hand three old houses to a local trust for a rouble a year.</p></div>',
    ],
  ])('should read %s as the dek', (_, html) => {
    expect(dek(html)).toBe(true);
  });

  it.each([
    [
      'a side rail of links beside the headline',
      `<div><h1>Title</h1><div class="rightcol" id="dek"><a href="/a">${DEK}</a><a href="/b">Другая новость дня</a></div></div>`,
    ],
    ['a label in the column', '<div><h1>Title</h1><h2 class="b-topic__rightcol" id="dek">Главное за день</h2></div>'],
    ['a line further down', `<div><h1>Title</h1><p>Автор</p><h2 class="b-topic__rightcol" id="dek">${DEK}</h2></div>`],
    ['a line under a subheading', `<div><h2>Title</h2><h3 class="b-topic__rightcol" id="dek">${DEK}</h3></div>`],
    ['a line with no column name', `<div><h1>Title</h1><h2 class="b-topic__widget" id="dek">${DEK}</h2></div>`],
  ])('should not read %s as the dek', (_, html) => {
    expect(dek(html)).toBe(false);
  });
});
