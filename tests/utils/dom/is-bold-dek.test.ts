import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isBoldDek } from '../../../utils/dom/is-bold-dek';

const DEK = 'Door de zware storm zijn vandaag meer dan 400 vluchten van en naar Schiphol geannuleerd.';
const OTHER = 'Reizigers op Schiphol moeten zich ook morgen voorbereiden op een chaotische dag door de storm.';

/** The page's first `p`, the story's first paragraph. */
function first(html: string): Element {
  const { document } = parseHTML(`<html><body><div>${html}</div></body></html>`);
  return document.querySelector('p') as unknown as Element;
}

describe('isBoldDek', () => {
  it.each([
    ['in <strong>', `<p><strong>${DEK}</strong></p>`, DEK],
    ['in <b>, the description spaced otherwise', `<p>\n  <b>${DEK}</b>\n</p>`, `  ${DEK.replace(' de ', '  de ')} `],
  ])(
    'should read a wholly bold first paragraph the description repeats (%s) as the dek',
    (_case, html, description) => {
      expect(isBoldDek(first(html), description)).toBe(true);
    },
  );

  it.each([
    ['the description says something else', `<p><strong>${DEK}</strong></p>`, OTHER],
    ['no description', `<p><strong>${DEK}</strong></p>`, undefined],
    ['not bold', `<p>${DEK}</p>`, DEK],
    ['only partly bold', `<p><strong>Schiphol:</strong> ${DEK}</p>`, `Schiphol: ${DEK}`],
    ['in italics', `<p><em>${DEK}</em></p>`, DEK],
    ['a bold link', `<p><strong><a href="/x">${DEK}</a></strong></p>`, DEK],
    ['a bold label, not prose', '<p><strong>Lees ook:</strong></p>', 'Lees ook:'],
  ])('should keep the first paragraph in the story when %s', (_case, html, description) => {
    expect(isBoldDek(first(html), description)).toBe(false);
  });
});
