import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isCalloutLabel } from '../../../utils/dom/is-callout-label';

/** The element with `id="x"` in a small page. */
const elementOf = (html: string): Element => {
  const doc = parseHTML(`<html><body>${html}</body></html>`).document as unknown as Document;
  const element = doc.getElementById('x');
  if (!element) throw new Error('no element');
  return element;
};

describe('isCalloutLabel', () => {
  it.each([
    [
      'a Docusaurus admonition heading',
      '<div class="theme-admonition theme-admonition-tip admonition_xJq3 alert alert--success"><div id="x" class="admonitionHeading_Gvgb"><span><svg></svg></span>tip</div><div class="admonitionContent_BuS1"><p>Start in read-only mode.</p></div></div>',
    ],
    [
      'an MkDocs admonition title',
      '<div class="admonition note"><p id="x" class="admonition-title">Note</p><p>The cache is shared.</p></div>',
    ],
    [
      'a GitHub Markdown alert title',
      '<div class="markdown-alert markdown-alert-warning"><p id="x" class="markdown-alert-title"><svg></svg>Warning</p><p>This deletes the branch.</p></div>',
    ],
    [
      'a label one wrapper down in a role="note" aside, after an icon',
      '<aside role="note"><svg></svg><div><p id="x" class="font-semibold">Note</p><p>A budget of ten percent is a good start.</p></div></aside>',
    ],
  ])('should find %s', (_case, html) => {
    expect(isCalloutLabel(elementOf(html))).toBe(true);
  });

  it.each([
    ['a "Note" subheading in the story', '<div class="prose"><h3 id="x">Note</h3><p>The cache is shared.</p></div>'],
    [
      'a callout line that is more than a label',
      '<div class="admonition note"><p id="x">Note that the cache is shared.</p><p>More.</p></div>',
    ],
    [
      'a label word after the callout’s text',
      '<div class="callout"><p>The cache is shared.</p><p id="x">Tip</p><p>More.</p></div>',
    ],
    ['a label alone in its box', '<div class="callout"><p id="x">Warning</p></div>'],
    [
      'a label set as a heading (Dotdash’s callout)',
      '<div class="mntl-sc-block-callout theme-important"><div id="x" class="mntl-sc-block-callout-heading"><h3>Important</h3></div><div class="mntl-sc-block-callout-body"><p>Bonds sold early can lose value.</p></div></div>',
    ],
  ])('should keep %s', (_case, html) => {
    expect(isCalloutLabel(elementOf(html))).toBe(false);
  });
});
