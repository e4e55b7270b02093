import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isCodeTitle } from '../../../utils/dom/is-code-title';

/** The element with `id="x"` in a small page. */
const elementOf = (html: string): Element => {
  const doc = parseHTML(`<html><body>${html}</body></html>`).document as unknown as Document;
  const element = doc.getElementById('x');
  if (!element) throw new Error('no element');
  return element;
};

describe('isCodeTitle', () => {
  it.each([
    [
      'a Docusaurus code block title',
      '<div class="codeBlockContent_biex"><div id="x" class="codeBlockTitle_Ktv7">.github/workflows/ci.yml</div><pre><code>steps:</code></pre></div>',
    ],
    ['a file name in a span', '<div><span id="x">src/retry.ts</span><pre><code>const base = 200;</code></pre></div>'],
  ])('should find %s', (_case, html) => {
    expect(isCodeTitle(elementOf(html))).toBe(true);
  });

  it.each([
    ['a paragraph naming the file', '<div><p id="x">config.yml</p><pre><code>steps:</code></pre></div>'],
    [
      'a sentence before the code',
      '<div><div id="x">Add this to your config.yml file:</div><pre><code>steps:</code></pre></div>',
    ],
    ['a path not followed by code', '<div><div id="x">src/retry.ts</div><p>More.</p></div>'],
    ['a word without a dot or slash', '<div><div id="x">Dockerfile</div><pre><code>FROM node</code></pre></div>'],
  ])('should keep %s', (_case, html) => {
    expect(isCodeTitle(elementOf(html))).toBe(false);
  });
});
