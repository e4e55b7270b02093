import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { unlinkedNoteTest } from '../../../utils/dom/unlinked-note-test';

const NOTE = 'Adjusted EBITDA is a non-IFRS measure. See "Non-IFRS Measures" below.';

/** The page's test, with its first `sup` and the block opening on a mark (its last `p`). */
function read(html: string) {
  const document = parseHTML(`<html><body>${html}</body></html>`).document as unknown as Document;
  const test = unlinkedNoteTest(document);
  const paragraphs = document.querySelectorAll('p');
  return { test, sup: document.querySelector('sup'), note: paragraphs[paragraphs.length - 1] };
}

describe('unlinkedNoteTest', () => {
  it.each([
    ['a bracketed number', '(1)'],
    ['a number in square brackets', '[2]'],
    ['an asterisk', '*'],
  ])('should find the mark and its note for %s', (_, mark) => {
    const { test, sup, note } = read(
      `<p>Adjusted EBITDA<sup>${mark}</sup> of $0.6 million was positive.</p><p><i>${mark} ${NOTE}</i></p>`,
    );
    expect(sup && test(sup)).toBe(true);
    expect(note && test(note)).toBe(true);
  });

  it('should keep a mark whose note the page does not print', () => {
    const { test, sup } = read('<p>Adjusted EBITDA<sup>(1)</sup> of $0.6 million was positive.</p><p>Next.</p>');
    expect(sup && test(sup)).toBe(false);
  });

  it('should keep a paragraph opening on "(1)" when no mark points at it', () => {
    const { test, note } = read('<p>The bill sets two rules.</p><p>(1) Every school must publish its budget.</p>');
    expect(note && test(note)).toBe(false);
  });

  it('should keep an exponent and a numbered paragraph beside it', () => {
    const { test, sup, note } = read('<p>The site covers 40 km<sup>2</sup>.</p><p>2 more sites are planned.</p>');
    expect(sup && test(sup)).toBe(false);
    expect(note && test(note)).toBe(false);
  });

  it('should keep a long numbered paragraph under a mark', () => {
    const long = `(1) ${'The council will review every contract signed since 2020 and publish its findings. '.repeat(6)}`;
    const { test, note } = read(`<p>The review<sup>(1)</sup> starts in May.</p><p>${long}</p>`);
    expect(note && test(note)).toBe(false);
  });
});
