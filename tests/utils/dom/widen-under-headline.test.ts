import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { articleLines } from './article-lines';

const OPENING = [
  'High school classes in the district will begin at 8:30 a.m. next fall, fifty minutes later than now, after a vote.',
  'The decision follows eighteen months of surveys, a pilot at one high school and three forums that drew many parents.',
];
const MIDDLE = [
  'During the pilot year, first-period absences fell by seventeen percent and the number of students marked tardy fell.',
  'The later start required reworking the bus routes, which share drivers between the high schools and the elementary schools.',
  'Athletic directors said most practices will move back by about forty minutes, and games against other districts stay.',
];
const CLOSING = [
  'The district will publish the new bell schedules and bus routes by April 1, and will hold a question night in January.',
  'Families can send their questions to the transportation office, which will answer them in a list on its own web page.',
];

/** A text box of an unknown builder: a module with a generated class of its own, in its column and row wrappers. */
const box = (id: string, paragraphs: readonly string[]): string =>
  `<div class="row r${id}"><div class="row-inner"><div class="col c${id}"><div class="col-inner">` +
  `<div class="tb_${id}"><div class="wrap">${paragraphs.map((text) => `<p>${text}</p>`).join('')}</div></div>` +
  `</div></div></div></div>`;

/** A post whose story is split over `boxes`, under the headline in the post's own block; `aside` beside the post. */
function page(boxes: string, aside = ''): Document {
  const html =
    '<html><head><title>Later start</title></head><body><div class="layout"><main><article>' +
    `<h1>Board approves later high school start time</h1><div class="entry-content">${boxes}</div></article></main>` +
    `${aside}</div></body></html>`;
  return parseHTML(html).document as unknown as Document;
}

describe('extractArticle on a story split over an unknown builder’s text boxes (widenUnderHeadline)', () => {
  it('should read every box under the headline, not only the longest', () => {
    const lines = articleLines(page(`${box('a1', OPENING)}${box('b2', MIDDLE)}${box('c3', CLOSING)}`));
    for (const paragraph of [...OPENING, ...MIDDLE, ...CLOSING]) expect(lines).toContain(paragraph);
  });

  it('should leave out a sidebar beside the post, outside the block the headline and the story share', () => {
    const aside =
      '<aside class="rail"><p>The district office is open Monday through Friday, from eight in the morning to four thirty in the afternoon.</p></aside>';
    const lines = articleLines(page(`${box('a1', OPENING)}${box('b2', MIDDLE)}${box('c3', CLOSING)}`, aside));
    expect(lines.join('\n')).not.toContain('The district office is open');
  });

  it('should keep a story Readability read whole as it is', () => {
    const lines = articleLines(page(box('a1', [...OPENING, ...MIDDLE, ...CLOSING])));
    expect(lines).toEqual(['Board approves later high school start time', ...OPENING, ...MIDDLE, ...CLOSING]);
  });
});

describe('widenUnderHeadline and the parts after a short story that Readability drops', () => {
  const NOTE =
    'The Courier is a member of the press standards body and follows its code of practice; complaints go to the editor.';
  const REPLY =
    'I walked my daughter to the bus at seven every morning this year, and a later start would change our whole day.';

  it.each([
    ['footer notes', (text: string) => `<div class="footer-note"><p>${text}</p></div>`],
    ['a discussion no comment finder knows', (text: string) => `<div class="replies-entry"><p>${text}</p></div>`],
    ['boxes in an aside', (text: string) => `<aside><p>${text}</p></aside>`],
  ])('should not read %s under a story kept whole as the story', (_name, part) => {
    const trailing = [NOTE, REPLY, `${NOTE} ${REPLY}`, `${REPLY} ${NOTE}`].map(part).join('');
    const lines = articleLines(page(`${box('a1', OPENING)}${trailing}`));
    expect(lines).toEqual(['Board approves later high school start time', ...OPENING]);
  });
});

describe('widenUnderHeadline beside a form', () => {
  const signUp =
    '<div class="sub"><p>Get new posts by e-mail.</p><form action="/subscribe"><input type="email" name="email">' +
    '<button>Subscribe</button></form></div>';

  it('should still read every box when a sign-up form sits under the story in the same block', () => {
    const lines = articleLines(page(`${box('a1', OPENING)}${box('b2', MIDDLE)}${box('c3', CLOSING)}${signUp}`));
    for (const paragraph of [...OPENING, ...MIDDLE, ...CLOSING]) expect(lines).toContain(paragraph);
  });
});
