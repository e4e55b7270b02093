import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isSourcesSection } from '../../../utils/dom/is-sources-section';

const STORY = '<p>The tax rose by 3 cents a gallon on July 1, an increase of about 10%, under a 2019 law.</p>';
const CITES =
  '<p>Department of Revenue, Motor fuel tax rates 2020-2026, accessed Nov. 22, 2026</p>' +
  '<p>Phone interview, Department of Revenue spokesperson, Nov. 22, 2026</p>';

/** Whether each element of the page's `<main>` marked `data-t` is a sources section, in document order. */
function marked(html: string): boolean[] {
  const { document } = parseHTML(`<html><body><main>${html}</main></body></html>`);
  return Array.from(document.querySelectorAll('[data-t]')).map((element) =>
    isSourcesSection(element as unknown as Element),
  );
}

describe('isSourcesSection', () => {
  it.each([
    [
      'a "Sources" heading and its citations',
      `${STORY}<h5 data-t>Sources</h5>${CITES.replaceAll('<p>', '<p data-t>')}`,
    ],
    [
      'an "Our Sources" heading in its own wrapper over a block of citations',
      `${STORY}<section><header data-t><h4>Our Sources</h4></header><article data-t>${CITES}</article></section>`,
    ],
    [
      'a "Sources:" label over a list',
      `${STORY}<p data-t><strong>Sources:</strong></p><ul data-t><li>Interview, Nov. 22</li></ul>`,
    ],
    [
      'a bold "Studies cited:" label over citation paragraphs (Bustle Digital Group)',
      `${STORY}<p data-t><strong>Studies cited:</strong></p>${CITES.replaceAll('<p>', '<p data-t>')}`,
    ],
    [
      'a "Sources interviewed:" label over a list',
      `${STORY}<p data-t><strong>Sources interviewed:</strong></p><ul data-t><li>Ann Lee, revenue analyst</li></ul>`,
    ],
    [
      'a "References" label set as a div over citation divs (a template with no paragraphs)',
      `${STORY}<div data-t><strong>References</strong></div>${CITES.replaceAll('<p>', '<div data-t>').replaceAll('</p>', '</div>')}`,
    ],
  ])('should find %s', (_case, html) => {
    expect(marked(html).every(Boolean)).toBe(true);
  });

  it.each([
    [
      'a "Sources" subheading over the story’s paragraphs and a picture',
      `<h2 data-t>Sources</h2>${STORY}<figure><img src="a.jpg" alt=""></figure>`,
    ],
    [
      'a "Sources" subheading over a further section',
      `<h2 data-t>Sources</h2>${STORY}<h2>What comes next</h2>${STORY}`,
    ],
    [
      'a story paragraph before the heading',
      `<p data-t>The tax rose by 3 cents a gallon on July 1, an increase of about 10%.</p><h5>Sources</h5>${CITES}`,
    ],
    ['a "Sources" heading with nothing after it', `${STORY}<h5 data-t>Sources</h5>`],
    ['a sentence about sources', `<p data-t>Sources said the tax will rise again.</p>${CITES}`],
    [
      'a "Sources" div over a box of the story’s sections',
      `<div data-t>Sources</div><div><h3>What comes next</h3>${STORY}</div>`,
    ],
    [
      'a story line opening on the words',
      `<p data-t>Studies cited by the council showed the tax fell hardest on rural drivers.</p>${CITES}`,
    ],
    [
      'a "Studies cited" subheading over the story’s paragraphs',
      `<h2 data-t>Studies cited</h2>${STORY}<h2>Next</h2>${STORY}`,
    ],
  ])('should keep %s', (_case, html) => {
    expect(marked(html).some(Boolean)).toBe(false);
  });
});

describe('isSourcesSection on wiki pages', () => {
  it.each([
    [
      'a MediaWiki heading with its edit link (legacy skins), in German',
      '<p data-t>Der Rat hat den Bau beschlossen.</p><h2 data-t><span class="mw-headline" id="Quellen">Quellen</span><span class="mw-editsection">[<a>Bearbeiten</a>]</span></h2><ul data-t><li>weserau-kurier.example: „Hollstedt bekommt ein neues Hallenbad“ (27.11.2026)</li></ul>',
      [false, true, true],
    ],
    [
      'a wrapped MediaWiki heading, a navigation box after the list',
      '<p data-t>Services were suspended.</p><div data-t class="mw-heading mw-heading2"><h2 id="Sources">Sources</h2><span class="mw-editsection">[<a>edit</a>]</span></div><ul data-t><li>"Line closed after flooding" — Westmarch Railways, November 27, 2026</li></ul><table class="navbox"><tr><td><a>Transport</a></td></tr></table>',
      [false, true, true],
    ],
  ])('should read %s', (_case, html, expected) => {
    expect(marked(`<div class="mw-parser-output">${html}</div>`)).toEqual(expected);
  });

  it('should keep a section of story under a wiki heading named "Quellen"', () => {
    expect(
      marked(
        `<h2 data-t><span class="mw-headline">Quellen</span><span class="mw-editsection">[<a>Bearbeiten</a>]</span></h2><h3>Die Quellen am Hang</h3>${STORY}`,
      ),
    ).toEqual([false]);
  });
});
