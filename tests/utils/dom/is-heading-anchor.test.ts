import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isHeadingAnchor } from '../../../utils/dom/is-heading-anchor';

/** The element with `id="x"` in a small page. */
const elementOf = (html: string): Element => {
  const doc = parseHTML(`<html><body>${html}</body></html>`).document as unknown as Document;
  const element = doc.getElementById('x');
  if (!element) throw new Error('no element');
  return element;
};

describe('isHeadingAnchor', () => {
  it.each([
    [
      'a self-link repeating the heading for screen readers',
      '<h2 id="r">Results<a id="x" href="#r"><span class="sr-only">Results</span></a></h2>',
    ],
    ['a pilcrow permalink (Sphinx)', '<h3>Faster builds<a id="x" class="headerlink" href="#faster">¶</a></h3>'],
    ['a "#" permalink before the words', '<h2><a id="x" href="#setup">#</a> The setup</h2>'],
    ['an empty anchor (dev.to)', '<h2><a id="x" name="the-reader" href="#the-reader"></a> The reader</h2>'],
  ])('should find %s', (_case, html) => {
    expect(isHeadingAnchor(elementOf(html))).toBe(true);
  });

  it.each([
    ['a heading that is wholly a link to its section', '<h2><a id="x" href="#results">Results</a></h2>'],
    ['a heading linking to another page', '<h2>Results<a id="x" href="/results">Results</a></h2>'],
    ['a link in a paragraph', '<p>See <a id="x" href="#results">Results</a> below.</p>'],
    ['a heading with a linked part of its words', '<h3>What is new in <a id="x" href="#v24">version 2.4</a></h3>'],
  ])('should keep %s', (_case, html) => {
    expect(isHeadingAnchor(elementOf(html))).toBe(false);
  });
});

describe('isHeadingAnchor on a zero-width permalink', () => {
  it('should find Docusaurus’s hash link, whose only text is a zero-width space', () => {
    const html =
      '<h2 id="setup">The setup<a id="x" href="#setup" class="hash-link" aria-label="Direct link">\u200B</a></h2>';
    expect(isHeadingAnchor(elementOf(html))).toBe(true);
  });

  it('should keep a link in a heading that holds words beside a zero-width space', () => {
    const html = '<h2>What is new in <a id="x" href="#v5">version 5\u200B</a></h2>';
    expect(isHeadingAnchor(elementOf(html))).toBe(false);
  });
});
