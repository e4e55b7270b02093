import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { subheadingTexts } from '../../../utils/dom/subheading-texts';

/** The subheading texts of an invented story block. */
function texts(html: string): string[] {
  const { document } = parseHTML(`<html><body><div id="story">${html}</div></body></html>`);
  return [...subheadingTexts(document.getElementById('story')!)];
}

describe('subheadingTexts', () => {
  it('should read the section headings of a story, spaces squeezed', () => {
    const html =
      '<p>Storms crossed the state overnight.</p><h2>What  happens\n next</h2><p>More storms are due Friday.</p>' +
      '<h3>Where to <em>shelter</em></h3><p>Find an inside room.</p>';
    expect(texts(html)).toEqual(['What happens next', 'Where to shelter']);
  });

  it.each([
    ['a teaser title (a heading with a link)', '<h3><a href="/story">Tornado sirens: what to know</a></h3>'],
    ['an empty heading', '<h2> </h2>'],
    [
      'a paragraph styled as a heading (too long for a label)',
      `<h2>${'A long line set as a heading. '.repeat(5)}</h2>`,
    ],
    ['a paragraph', '<p>Cleanup crews cleared fallen trees.</p>'],
  ])('should leave out %s', (_label, html) => {
    expect(texts(html)).toEqual([]);
  });
});
