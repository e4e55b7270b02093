import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isTeaserCard } from '../../../utils/dom/is-teaser-card';

const elementOf = (html: string): Element => {
  const doc = parseHTML(`<html><body>${html}</body></html>`).document as unknown as Document;
  const element = doc.body.firstElementChild;
  if (!element) throw new Error('no element');
  return element;
};

const card = (title: string, dek: string): string =>
  `<li><h3><a href="/s/${title.length}">${title}</a></h3><p>${dek}</p></li>`;

describe('isTeaserCard', () => {
  it.each([
    [
      'a list of headed story cards',
      `<ul>${card('Ferry fares rise in June', 'Operators blame fuel costs.')}${card('Harbour wall repaired', 'Work ends a month early.')}</ul>`,
    ],
    [
      'a link wrapping a title and a dek',
      '<a href="/s/1"><p class="headline">Ferry fares rise in June</p><p class="dek">Operators blame fuel costs.</p></a>',
    ],
  ])('should read %s as teaser cards', (_case, html) => {
    expect(isTeaserCard(elementOf(html))).toBe(true);
  });

  it.each([
    [
      'a list of plain links (a round-up)',
      '<ul><li><a href="/a">Ferry fares</a></li><li><a href="/b">Harbour wall</a></li></ul>',
    ],
    ['a list of prose items', '<ol><li>Pour the water.</li><li>Wait ten minutes.</li><li>Stir.</li></ol>'],
    [
      'a list with one linked heading among many items',
      `<ul>${card('Ferry fares rise in June', 'Operators blame fuel costs.')}<li>Pour the water.</li><li>Stir.</li></ul>`,
    ],
    ['a link inside a sentence', '<a href="/report">the council report</a>'],
    ['a named anchor around blocks', '<a name="part-2"><p>The second part of the story.</p></a>'],
    ['a paragraph', '<p>The ferry runs twice a day.</p>'],
  ])('should not read %s as teaser cards', (_case, html) => {
    expect(isTeaserCard(elementOf(html))).toBe(false);
  });
});
