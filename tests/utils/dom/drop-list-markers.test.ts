import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { dropListMarkers } from '../../../utils/dom/drop-list-markers';

const STEP = '<div class="step"><b>Water the plant a day before you repot it.</b> Moist soil slides out easily.</div>';
const STEP2 = '<div class="step"><b>Choose a pot only a little wider.</b> A bigger pot stays soggy for days.</div>';

/** The body's text after dropping, items joined by "|". */
function items(html: string): string {
  const doc = parseHTML(`<html><body>${html}</body></html>`).document as unknown as Document;
  dropListMarkers(doc);
  return [...doc.querySelectorAll('li')].map((item) => (item.textContent ?? '').trim()).join('|');
}

describe('dropListMarkers', () => {
  it("should drop the step numbers a how-to prints as its items' markers", () => {
    expect(
      items(
        `<ol><li><div class="mwimg"><img src="1.jpg"></div><div class="step_num">1</div>${STEP}</li><li><div class="step_num">2</div>${STEP2}</li></ol>`,
      ),
    ).toBe(
      'Water the plant a day before you repot it. Moist soil slides out easily.|Choose a pot only a little wider. A bigger pot stays soggy for days.',
    );
  });

  it.each([
    [
      "a rank that is not the item's place",
      `<ol><li><span>10</span>${STEP}</li></ol>`,
      '10Water the plant a day before you repot it. Moist soil slides out easily.',
    ],
    [
      'an ingredient list whose fourth item happens to start with 4',
      '<ul><li><span>1 lb</span> potato gnocchi, shelf-stable</li><li><span>2</span> tbsp olive oil, divided in two</li><li><span>12</span> oz cherry tomatoes, left whole</li><li><span>4</span> cloves garlic, thinly sliced</li></ul>',
      '1 lb potato gnocchi, shelf-stable|2 tbsp olive oil, divided in two|12 oz cherry tomatoes, left whole|4 cloves garlic, thinly sliced',
    ],
    [
      'a recipe\'s "Step 1" labels',
      `<ol><li><h3>Step 1</h3>${STEP}</li><li><h3>Step 2</h3>${STEP2}</li></ol>`,
      'Step 1Water the plant a day before you repot it. Moist soil slides out easily.|Step 2Choose a pot only a little wider. A bigger pot stays soggy for days.',
    ],
    ['a quantity in a short row', '<ul><li><span>1</span><span>cup flour</span></li></ul>', '1cup flour'],
    [
      "a number that starts the item's own sentence",
      '<ol><li>1 in 5 adults said they had repotted a plant this year, the survey found.</li></ol>',
      '1 in 5 adults said they had repotted a plant this year, the survey found.',
    ],
  ])('should keep %s', (_case, html, expected) => {
    expect(items(html)).toBe(expected);
  });
});

/** Word's list paragraph: the bullet in a `mso-list:Ignore` span, as "Save as Web Page" and pastes from Word keep it. */
const wordItem = (marker: string, words: string): string =>
  `<p class="MsoListParagraph"><span style="font-family:Symbol"><span style="mso-list:Ignore">${marker}<span style="font:7.0pt 'Times New Roman'">&nbsp;&nbsp;&nbsp; </span></span></span><span>${words}</span></p>`;

/** The paragraphs' text after dropping, joined by "|". */
function paragraphs(html: string): string {
  const doc = parseHTML(`<html><body>${html}</body></html>`).document as unknown as Document;
  dropListMarkers(doc);
  return [...doc.querySelectorAll('p')].map((item) => (item.textContent ?? '').trim()).join('|');
}

describe('dropListMarkers on Word list paragraphs', () => {
  it.each([
    ["Symbol's dot", '&#183;'],
    ["Wingdings' square", '&#167;'],
    ["Courier's second-level 'o'", 'o'],
  ])('should drop a bullet set as %s', (_case, marker) => {
    expect(paragraphs(wordItem(marker, 'the bells are rehung and tested'))).toBe('the bells are rehung and tested');
  });

  it.each([
    ['a numbered item', '1.', '1.\u00a0\u00a0\u00a0 the bells are rehung and tested'],
    ['a lettered item', 'a)', 'a)\u00a0\u00a0\u00a0 the bells are rehung and tested'],
  ])("should keep %s's number", (_case, marker, expected) => {
    expect(paragraphs(wordItem(marker, 'the bells are rehung and tested'))).toBe(expected);
  });

  it('should keep a bullet-like span Word does not mark to ignore', () => {
    expect(paragraphs('<p><span style="font-family:Symbol">&#183;</span> one <span>item</span></p>')).toBe(
      '· one item',
    );
  });
});
