import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { lineWithin, textWithin } from '../../../utils/dom/text-within';
import { readUnchanging, whileMutating } from '../../../utils/dom/unchanging-reads';

const boxOf = (html: string): Element => {
  const doc = parseHTML(`<html><body>${html}</body></html>`).document as unknown as Document;
  const element = doc.body.firstElementChild;
  if (!element) throw new Error('no element');
  return element;
};

describe('textWithin', () => {
  it('should give the text of a short box, as textContent does', () => {
    const box = boxOf('<div><h3>Stay in the loop</h3>\n  <p>Sign up for our <a href="/n">newsletter</a>.</p></div>');
    expect(textWithin(box, 100)).toBe(box.textContent);
  });

  it('should count characters other than spaces against the budget', () => {
    const box = boxOf(`<div>${'   \n'.repeat(50)}<p>ten chars!</p></div>`);
    expect(textWithin(box, 10)).toBe(box.textContent);
  });

  it.each([
    ['a long paragraph', `<div><p>${'word '.repeat(100)}</p></div>`],
    ['text spread over many blocks', `<div>${'<p>Short line.</p>'.repeat(40)}</div>`],
  ])('should give undefined for %s past the budget', (_case, html) => {
    expect(textWithin(boxOf(html), 300)).toBeUndefined();
  });

  it('should not read past the element into its siblings', () => {
    const doc = parseHTML('<html><body><div id="a"><p>One</p></div><div id="b">Two</div></body></html>')
      .document as unknown as Document;
    const first = doc.getElementById('a');
    if (!first) throw new Error('no element');
    expect(textWithin(first, 100)).toBe('One');
  });

  it.each([
    ['an SVG skipped, its labels outside the budget', new Set(['SVG']), 'Title Source: census'],
    ['nothing skipped, the labels spending the budget', undefined, undefined],
  ])('should read past the tags it is told to skip: %s', (_case, skip, text) => {
    const box = boxOf(
      '<div><h3>Title</h3><svg><text>2010</text><text>Large cities</text></svg> <p>Source: census</p></div>',
    );
    expect(textWithin(box, 24, skip)).toBe(text);
  });

  it('should give an empty string for an empty element', () => {
    expect(textWithin(boxOf('<div></div>'), 10)).toBe('');
  });
});

describe('lineWithin', () => {
  it('should read a short label as one line, its spacing squeezed', () => {
    expect(lineWithin(boxOf('<p>\n  <strong>Our</strong>\n  pick: </p>'), 24)).toBe('Our pick:');
  });

  it('should give nothing past the budget', () => {
    expect(lineWithin(boxOf('<p>A label far longer than any badge would be.</p>'), 24)).toBeUndefined();
  });
});

describe('textWithin and lineWithin, cached while reading', () => {
  const html = `<div><h3>Title</h3>\n <svg><text>2010</text></svg> <p>Source:   census</p>${'<p>More words.</p>'.repeat(3)}</div>`;
  // Budgets below, at and above the box's count, and budgets asked after a smaller or larger one was walked.
  const budgets = [-1, 0, 5, 20, 27, 28, 29, 40, 1000, 10, 60, 27];
  const skips = [undefined, new Set(['SVG'])];

  it.each(skips)('should answer every budget as the uncached walk does (skipping %o)', (skip) => {
    const box = boxOf(html);
    const uncached = budgets.map((budget) => [textWithin(box, budget, skip), lineWithin(box, budget, skip)]);
    const cached = readUnchanging(() =>
      budgets.map((budget) => [textWithin(box, budget, skip), lineWithin(box, budget, skip)]),
    );
    expect(cached).toEqual(uncached);
  });

  it.each([-1, 0, 10])('should give an empty element its empty text at budget %d, as uncached', (budget) => {
    const box = boxOf('<div><span></span></div>');
    expect(readUnchanging(() => [textWithin(box, 100), textWithin(box, budget)])).toEqual([
      '',
      textWithin(box, budget),
    ]);
  });

  it('should read an edit made in a mutating scope afresh', () => {
    const box = boxOf('<div><p>Short</p></div>');
    readUnchanging(() => {
      expect(textWithin(box, 10)).toBe('Short');
      whileMutating(() => box.append('er still'));
      expect(textWithin(box, 10)).toBeUndefined();
      expect(lineWithin(box, 100)).toBe('Shorter still');
    });
  });
});
