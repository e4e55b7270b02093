import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isNoteMarkup } from '../../../utils/dom/is-note-markup';

/** The element marked `data-probe` in a small page. */
const probeOf = (html: string): Element => {
  const doc = parseHTML(`<html><body>${html}</body></html>`).document as unknown as Document;
  const element = doc.querySelector('[data-probe]');
  if (!element) throw new Error('no probe');
  return element;
};

describe('isNoteMarkup', () => {
  it.each([
    ['a superscript reference', '<p>Held in 2021.<sup data-probe><a href="#footnote-1">1</a></sup> Next.</p>'],
    ['a bracketed Word reference', '<p>The statute.<sup><a data-probe href="#_ftn1" id="_ftnref1">[1]</a></sup></p>'],
    ['a link around the superscript', '<p>It began<a data-probe href="#footnote1"><sup>1</sup></a> at 1:10.</p>'],
    ['a starred note link', '<p>Two votes<a data-probe href="#note-star">*</a> were cast.</p>'],
    [
      'an endnote opening with its back-link',
      '<p data-probe><a href="#_ftnref1" id="_ftn1">[1]</a> 50 U.S.C. § 1622(d).</p>',
    ],
    [
      'an endnote with its mark in a superscript',
      '<p data-probe><sup><a href="#ref-2">2</a></sup> Authors’ calculations from the 2022 wave.</p>',
    ],
    [
      'a list item closing with a back-link',
      '<ol><li data-probe>County census, 2019–2021. <a href="#fnref1">↩</a></li></ol>',
    ],
    [
      'a notes heading over endnotes',
      '<div><h2 data-probe>Footnotes</h2><ol><li>County census, 2019–2021. <a href="#fnref1">↩︎</a></li></ol></div>',
    ],
    [
      'a footnote whose text sits in a wrapper after its mark',
      '<div data-probe class="footnote"><a href="#footnote-anchor-1" class="footnote-number">1</a>' +
        '<div class="footnote-content"><p>The memo is on the council’s website.</p><p>So are the minutes.</p></div></div>',
    ],
    [
      'a list item a note mark in the text links to',
      '<p>It fell.<a class="ref" href="#note-1"><sup>1</sup></a></p><ol><li data-probe id="note-1"><p>Survey data.</p></li></ol>',
    ],
    [
      'the notes heading over such items',
      '<p>It fell.<a href="#note-1"><sup>1</sup></a></p><h3 data-probe>Endnotes</h3><ol><li id="note-1"><p>Survey data.</p></li></ol>',
    ],
  ])('should read %s as note markup', (_case, html) => {
    expect(isNoteMarkup(probeOf(html))).toBe(true);
  });

  it.each([
    ['a number linking to another page', '<p>See <sup data-probe><a href="/part/2">2</a></sup> for more.</p>'],
    ['a year linking into the page', '<p>Back in <a data-probe href="#timeline">2019</a>, the ferry ran.</p>'],
    ['a superscript without a link', '<p>The area is 40 km<sup data-probe>2</sup>.</p>'],
    [
      'a paragraph citing a note in its middle',
      '<p data-probe>The statute<a href="#_ftn1">[1]</a> says so, the court held.</p>',
    ],
    [
      'a paragraph opening with a section link',
      '<p data-probe><a href="#part-two">Part two</a> tells how the harbour was rebuilt after the storm.</p>',
    ],
    [
      'a story column whose notes sit at its end',
      '<div data-probe><p>The council met.</p><p><a href="#r1">[1]</a> Minutes, 2024.</p></div>',
    ],
    [
      'a notes heading over other notes',
      '<div><h3 data-probe>Footnotes:</h3><ol><li><a href="#en-9">Colossians 1:9</a> Or all wisdom</li></ol></div>',
    ],
    [
      'a column opening with a note link and holding several paragraphs',
      '<div data-probe><a href="#r1">1</a><p>The council met.</p><p>The vote was close.</p></div>',
    ],
    [
      'a wrapper opening with a section link',
      '<div data-probe><a href="#part-two">Part two</a><div><p>The harbour was rebuilt after the storm.</p></div></div>',
    ],
    [
      'a list item a contents link points at',
      '<a href="#part-2">Part two</a><ol><li data-probe id="part-2">The harbour was rebuilt after the storm.</li></ol>',
    ],
    ['a heading named notes over prose', '<div><h2 data-probe>Notes</h2><p>The council met on Monday.</p></div>'],
  ])('should keep %s', (_case, html) => {
    expect(isNoteMarkup(probeOf(html))).toBe(false);
  });
});

describe('isNoteMarkup: back-links with words for screen readers', () => {
  it.each([
    [
      'a WordPress footnote whose back-link reads "Back to content"',
      '<ol><li data-probe id="fn-1">We used the 2023 survey. <a href="#fn-1-link" aria-label="Jump to footnote reference 1">↩︎<span class="a1">Back to content</span></a></li><li id="fn-2">Two. <a href="#fn-2-link">↩︎</a></li></ol>',
    ],
    [
      'a note whose back-link reads "Jump back to footnote 1 in the text"',
      '<ol><li data-probe id="n1">The audit is online. <a href="#r1">↩ Jump back to footnote 1 in the text</a></li></ol>',
    ],
  ])('should find %s', (_case, html) => {
    expect(isNoteMarkup(probeOf(html))).toBe(true);
  });

  it.each([
    [
      'a list item closing with an in-page link that is a sentence',
      '<ol><li data-probe>Read the methods first, then <a href="#methods">go back to the survey results</a></li></ol>',
    ],
    [
      'a list item closing with a "Back to top" link',
      '<ul><li data-probe>Contents of the report. <a href="#top">Back to top of the page</a></li></ul>',
    ],
  ])('should leave %s', (_case, html) => {
    expect(isNoteMarkup(probeOf(html))).toBe(false);
  });
});

describe('isNoteMarkup on DokuWiki notes', () => {
  it.each([
    [
      "DokuWiki's reference mark",
      '<p>The federation<sup data-probe><a href="#fn__1" id="fnt__1" class="fn_top">1)</a></sup>, who judged.</p>',
    ],
    [
      "DokuWiki's footnote",
      '<div class="footnotes"><div class="fn" data-probe><sup><a href="#fnt__1" id="fn__1" class="fn_bot">1)</a></sup> <div class="content">Judges give their time for free.</div></div></div>',
    ],
  ])('should read %s as a note', (_case, html) => {
    expect(isNoteMarkup(probeOf(html))).toBe(true);
  });

  it.each([
    [
      'a paragraph numbering its points in plain text',
      '<p data-probe>Two changes: 1) entries close on Thursday; 2) a new class.</p>',
    ],
    ['a link to a section of the page', '<p>See <a data-probe href="#changes">changes 1)</a> below.</p>'],
  ])('should keep %s', (_case, html) => {
    expect(isNoteMarkup(probeOf(html))).toBe(false);
  });
});
