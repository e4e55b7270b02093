import { describe, expect, it } from 'vitest';
import { isGlossaryBox } from '../../../utils/dom/is-glossary-box';
import { elementOf } from './element-of';

const PROSE = '<p>The strike group’s escorts returned to Norfolk and Mayport earlier in the week.</p>';
const TERMS =
  '<dl><dt>CSG</dt><dd>Carrier strike group: a carrier, its air wing and escorts.</dd><dt>Sortie</dt><dd>A single flight by a single aircraft.</dd></dl>';

/** `isGlossaryBox` for the page's `#b`. */
function glossaryBoxAt(body: string): boolean {
  const element = elementOf(`<div>${body}</div>`).querySelector('#b');
  if (!element) throw new Error('fixture needs #b');
  return isGlossaryBox(element);
}

describe('isGlossaryBox', () => {
  it.each([
    ['a "Key terms" box between paragraphs', `${PROSE}<div id="b"><h3>Key terms</h3>${TERMS}</div>${PROSE}`],
    ['an "Acronyms in this story" aside', `${PROSE}<aside id="b"><h4>Acronyms in this story</h4>${TERMS}</aside>`],
    ['a "Glossary:" box with a bold label', `<section id="b"><p><strong>Glossary:</strong></p>${TERMS}</section>`],
  ])('should read %s as a glossary box', (_case, body) => {
    expect(glossaryBoxAt(body)).toBe(true);
  });

  it.each([
    ['a "Glossary" subheading in the story’s own flow', `<div id="b">${PROSE}<h2>Glossary</h2>${TERMS}${PROSE}</div>`],
    ['a "Key terms" box holding paragraphs', `<div id="b"><h3>Key terms</h3>${PROSE}${PROSE}</div>`],
    ['a "Key terms" box with a paragraph after the list', `<div id="b"><h3>Key terms</h3>${TERMS}${PROSE}</div>`],
    ['a box under another label', `<div id="b"><h3>Who was aboard</h3>${TERMS}</div>`],
    [
      'a labelled box holding a long list',
      `<div id="b"><h3>Glossary</h3><dl>${'<dt>CSG</dt><dd>Carrier strike group: a carrier, its air wing and escorts.</dd>'.repeat(40)}</dl></div>`,
    ],
  ])('should leave %s', (_case, body) => {
    expect(glossaryBoxAt(body)).toBe(false);
  });
});
