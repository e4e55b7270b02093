import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { clearLongerWordNames } from '../../../utils/dom/clear-longer-word-names';
import { readPage } from '../../../utils/dom/read-page';
import { fixtureHtml } from './load-fixture';

/** The class and id of the page's `[data-box]` after `clearLongerWordNames`. */
function namesAfter(html: string): [string | null, string | null] {
  const { document } = parseHTML(`<html><body>${html}</body></html>`);
  clearLongerWordNames(document as unknown as Document);
  const box = document.querySelector('[data-box]');
  return [box?.getAttribute('class') ?? null, box?.getAttribute('id') ?? null];
}

describe('clearLongerWordNames', () => {
  it.each([
    ['BBC News’s share-row wrapper', 'with-extracted-share-icons', ''],
    ['a longer word among other names', 'story extraction-notes', 'story'],
    ['an adjective', 'remarkable-story', ''],
  ])('should take %s off', (_case, names, kept) => {
    expect(namesAfter(`<div data-box class="${names}"><p>Text</p></div>`)[0]).toBe(kept);
  });

  it('should take an id that holds only such a word off', () => {
    expect(namesAfter('<div data-box id="extraordinary-measures"><p>Text</p></div>')[1]).toBeNull();
  });

  it.each([
    ['an extras box', 'extra-links'],
    ['a remarks box', 'remarks'],
    ['a longer word beside a sidebar word', 'extracted-sidebar'],
    ['a compound meaning the unlikely word', 'sitefooter'],
    ['a name with no unlikely word', 'story-body__inner'],
  ])('should keep the names of %s', (_case, names) => {
    expect(namesAfter(`<div data-box class="${names}"><p>Text</p></div>`)[0]).toBe(names);
  });
});

describe('clearLongerWordNames in the article reader', () => {
  it('should read the BBC page of 2019 whole without the body its markup declares', () => {
    // The page as a template without RDFa would serve it: the wrapper's "extracted" alone then decides.
    const html = fixtureHtml('modern-bignews19-bbc-story-body-inner').replaceAll('property="articleBody"', '');
    const { text } = readPage(parseHTML(html).document as unknown as Document);
    expect(text).toContain('Residents of a Cambridgeshire village flooded twice');
    expect(text).toContain('A 1.2-mile (2km) earth and concrete wall');
  });
});
