import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isBoldDek, leadingBoldDek } from '../../../utils/dom/is-bold-dek';

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

describe('leadingBoldDek', () => {
  /** The page's paragraphs, as the blocks above the story. */
  const leading = (html: string): Element[] => {
    const { document } = parseHTML(`<html><body><div>${html}</div></body></html>`);
    return [...document.querySelectorAll('p')] as unknown as Element[];
  };
  const SHORT = 'A survey of members finds yields down by a third in the upper valley.';

  it('should read the first paragraph above the story as the dek when it is bold and the description', () => {
    expect(leadingBoldDek(leading(`<p><strong>${SHORT}</strong></p>`), (element) => element, SHORT)).toBe(SHORT);
  });

  it.each([
    ['a bold first paragraph the description does not repeat', `<p><strong>${SHORT}</strong></p>`, OTHER],
    ['a plain first paragraph', `<p>${SHORT}</p>`, SHORT],
    [
      'a bold paragraph after another paragraph',
      `<p><em>Photo: Ann Lee</em></p><p><strong>${SHORT}</strong></p>`,
      SHORT,
    ],
  ])('should not read %s', (_case, html, description) => {
    expect(leadingBoldDek(leading(html), (element) => element, description)).toBeUndefined();
  });
});

describe('isBoldDek on a <div> paragraph', () => {
  const PL_DEK =
    'Zarząd Dróg Wojewódzkich zamyka przeprawę od poniedziałku. Ekspertyza wykazała pęknięcia dwóch dźwigarów.';
  /** The element with id `lead`. */
  const lead = (html: string): Element => {
    const { document } = parseHTML(`<html><body><div>${html}</div></body></html>`);
    return document.querySelector('#lead') as unknown as Element;
  };

  it('should read a wholly bold div the description repeats as the dek', () => {
    expect(isBoldDek(lead(`<div id="lead"><strong>${PL_DEK}</strong></div>`), PL_DEK)).toBe(true);
  });

  it.each([
    ['a div holding a bold paragraph and more', `<div id="lead"><strong>${PL_DEK}</strong><p>Więcej.</p></div>`],
    ['a div with text beside the bold part', `<div id="lead"><strong>Most zamknięty.</strong> ${PL_DEK}</div>`],
    ['a section, not a paragraph', `<section id="lead"><strong>${PL_DEK}</strong></section>`],
  ])('should not read %s as the dek', (_case, html) => {
    expect(isBoldDek(lead(html), PL_DEK)).toBe(false);
  });
});
