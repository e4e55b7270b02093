import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { paragraphProseChars, proseChars } from '../../../utils/dom/prose-chars';

const SENTENCE =
  'The council voted on Monday night to repair the pool rather than close it, after two hours of comment.';

/** The `<div>` of a small page. */
const blockOf = (html: string): Element => {
  const doc = parseHTML(`<html><body><div>${html}</div></body></html>`).document as unknown as Document;
  const element = doc.querySelector('div');
  if (!element) throw new Error('no block');
  return element;
};

describe('proseChars', () => {
  it.each([
    ['one prose paragraph', `<p>${SENTENCE}</p>`, SENTENCE.length],
    ['two prose paragraphs in wrappers', `<div><p>${SENTENCE}</p></div><p> ${SENTENCE} </p>`, 2 * SENTENCE.length],
    [
      'a prose paragraph beside a caption and a button label',
      `<p>Photo: Ann Lee</p><p>${SENTENCE}</p><p>Subscribe</p>`,
      SENTENCE.length,
    ],
    ['only short lines', '<p>Upcoming events</p><p>Download the bulletin</p>', 0],
    ['prose outside paragraphs', `<span>${SENTENCE}</span>`, 0],
    [
      'prose in divs set as paragraphs, as CNN set its story',
      `<div class="zn-body__paragraph">${SENTENCE}</div><div class="zn-body__paragraph"><em>${SENTENCE}</em></div>`,
      2 * SENTENCE.length,
    ],
    ['a sign-up box whose text sits beside its form', `<div>${SENTENCE}<form><input></form></div>`, 0],
    [
      'prose runs set with <br> beside a subheading, as line-break stories print them',
      `<div class="post-text">${SENTENCE}<br><br><em>${SENTENCE}</em> <br><br><h2>Getting there</h2>${SENTENCE}</div>`,
      3 * SENTENCE.length,
    ],
    ['short lines set with <br> beside a list', `<div>Opening hours<br>Mon–Fri<br><ul><li>Pool</li></ul></div>`, 0],
    [
      'a text block of runs, counted once as its paragraph',
      `<div>${SENTENCE}<br><br>${SENTENCE}</div>`,
      2 * SENTENCE.length,
    ],
    [
      "a builder's text box that is itself a text block of runs, no <p> in it",
      `<span>${SENTENCE}</span><br><br><span>${SENTENCE}</span><br><br>`,
      2 * SENTENCE.length,
    ],
    ['a text box of short lines set with <br> (an address)', 'St. Columba Parish<br>14 Abbey Lane<br>Fenwick', 0],
  ])('should count %s', (_case, html, chars) => {
    expect(proseChars(blockOf(html))).toBe(chars);
  });
});

describe('paragraphProseChars', () => {
  it("should give a prose paragraph's length and nothing for a short one", () => {
    const block = blockOf(`<p>  ${SENTENCE}  </p><p>Photo: Ann Lee</p>`);
    const [prose, caption] = [...block.querySelectorAll('p')];
    if (!prose || !caption) throw new Error('no paragraphs');
    expect(paragraphProseChars(prose)).toBe(SENTENCE.length);
    expect(paragraphProseChars(caption)).toBe(0);
  });
});
