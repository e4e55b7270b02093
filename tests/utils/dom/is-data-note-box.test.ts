import { describe, expect, it } from 'vitest';
import { isDataNoteBox } from '../../../utils/dom/is-data-note-box';
import { elementOf } from './element-of';

const PROSE = '<p>Asking rents rose faster for larger apartments, up 5.6% nationally for three-bedroom units.</p>';
const NOTE = '<p>Data are compiled from listings on online rental platforms. Short-term rentals are excluded.</p>';

/** `isDataNoteBox` for the page's `#b`. */
function noteBoxAt(body: string): boolean {
  const element = elementOf(`<div>${body}</div>`).querySelector('#b');
  if (!element) throw new Error('fixture needs #b');
  return isDataNoteBox(element);
}

describe('isDataNoteBox', () => {
  it.each([
    [
      'a "Note to readers" panel between paragraphs',
      `${PROSE}<div id="b" class="panel"><header class="panel-heading"><h2>Note to readers</h2></header><div class="panel-body">${NOTE}</div></div>${PROSE}`,
    ],
    [
      'an "About the data" aside after the last paragraph',
      `${PROSE}<aside id="b"><h4>About the data</h4>${NOTE}<p><a href="/data.csv">Download the data</a></p></aside>`,
    ],
    ['a "How we did this" box', `<section id="b"><h3>How we did this</h3>${NOTE}</section>${PROSE}`],
  ])('should read %s as a data note box', (_case, body) => {
    expect(noteBoxAt(body)).toBe(true);
  });

  it.each([
    [
      'a "Methods" section among the story’s sections',
      `<section>${PROSE}</section><section id="b"><h2>Methods</h2>${NOTE}</section>`,
    ],
    [
      'a "Methodology" section among sections',
      `<section>${PROSE}</section><section id="b"><h2>Methodology</h2>${NOTE}${NOTE}</section><section>${PROSE}</section>`,
    ],
    ['a box under another label', `${PROSE}<div id="b"><h2>What renters say</h2>${NOTE}</div>${PROSE}`],
    ['a labelled box holding a long report', `${PROSE}<div id="b"><h2>About the data</h2>${NOTE.repeat(40)}</div>`],
  ])('should not read %s as a data note box', (_case, body) => {
    expect(noteBoxAt(body)).toBe(false);
  });
});
