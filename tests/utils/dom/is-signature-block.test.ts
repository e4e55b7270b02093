import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isSignatureBlock } from '../../../utils/dom/is-signature-block';

/** Whether the page's `#box` is read as a forum post's signature. */
function box(html: string): boolean {
  const { document } = parseHTML(`<html><body><div>${html}</div></body></html>`);
  const element = document.getElementById('box');
  if (!element) throw new Error('no #box');
  return isSignatureBlock(element as unknown as Element);
}

describe('isSignatureBlock', () => {
  it.each([
    [
      "vBulletin 3's signature under a post",
      '<div id="box">__________________<br /><i>Northshore Anglers news desk. Got a tip? Send a PM to the staff.</i></div>',
    ],
    [
      'a phpBB-style delimiter over a link and a motto',
      '<div id="box">\n_________________\n<br /><a href="http://example.org">My boat blog</a><br />Tight lines!</div>',
    ],
  ])('should find %s', (_case, html) => {
    expect(box(html)).toBe(true);
  });

  it.each([
    ['a form blank with a label before it', '<div id="box">Name: ______________<br />Address: ______________</div>'],
    ['a short rule of underscores', '<div id="box">_____<br />The limit changes on May 1.</div>'],
    [
      'underscores run into the text with no line break (a rule drawn in text, then the story)',
      '<div id="box">__________________ The limit changes on May 1.</div>',
    ],
    [
      'a long post after the line (more than a signature)',
      `<div id="box">__________________<br />${'The district will take written comments on the change until April 6, and copies of the survey are at its office. '.repeat(4)}</div>`,
    ],
    ['a paragraph of the story', '<p id="box">Anglers may keep four walleye a day from May 1.</p>'],
  ])('should leave %s', (_case, html) => {
    expect(box(html)).toBe(false);
  });
});
