import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { liftTrailingBreaks } from '../../../utils/dom/lift-trailing-breaks';

/** The body's markup after the pass, white space between tags and before closing tags dropped. */
function lifted(html: string): string {
  const { document } = parseHTML(`<html><body>${html}</body></html>`);
  liftTrailingBreaks(document as unknown as Document);
  return document.body.innerHTML.replace(/>\s+</g, '><').replace(/\s+<\//g, '</');
}

describe('liftTrailingBreaks', () => {
  it.each([
    [
      'a lead run in a span of its own',
      '<span id="t"><span class="lead">First.<br><br></span>Second.<br><br>Third.</span>',
      '<span id="t"><span class="lead">First.</span><br><br>Second.<br><br>Third.</span>',
    ],
    [
      'breaks with white space between them',
      '<div><font size="2">First.<br>\n<br>\n</font>Second.</div>',
      '<div><font size="2">First.</font><br><br>Second.</div>',
    ],
    [
      'nested inline elements the breaks close',
      '<div><font><b>First.<br><br></b></font>Second.</div>',
      '<div><font><b>First.</b></font><br><br>Second.</div>',
    ],
    [
      'a span holding a line break inside and a paragraph break at its end',
      '<div><span>Line one<br>line two.<br><br></span>Next.</div>',
      '<div><span>Line one<br>line two.</span><br><br>Next.</div>',
    ],
  ])('should move the breaks closing %s to after it', (_, html, expected) => {
    expect(lifted(html)).toBe(expected);
  });

  it.each([
    ['one line break closing a span', '<div><span>Line one<br></span>line two.</div>'],
    ['breaks inside a span, text after them', '<div><span>First.<br><br>Second.</span> Third.</div>'],
    ['breaks closing a block', '<div><p>First.<br><br></p>Second.</div>'],
    ['breaks closing a list item', '<ul><li>First.<br><br></li><li>Second.</li></ul>'],
  ])('should leave %s', (_, html) => {
    expect(lifted(html)).toBe(html);
  });
});
