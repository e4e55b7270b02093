import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../utils/dom/extract-article';
import { cloneRegion } from '../../../utils/dom/read-clone';
import { TextBuilder } from '../../../utils/dom/text-builder';
import { widenSplitTextBox } from '../../../utils/dom/widen-split-text-box';

const LEAD =
  'After eleven years in the basement of the parish hall, the food pantry will reopen on Saturday in the gymnasium of the former school.';
const OPENING = [
  LEAD,
  'The move gives the pantry almost three times the floor space it has now, a loading door for the weekly delivery and a room without stairs.',
  'The school closed in 2019, and the gym has been used since then only for the fish fry and the youth basketball league on winter evenings.',
];
const REST = [
  'The pantry will keep its Saturday hours, nine to noon, and add a Wednesday evening for families who work on weekends and cannot come earlier.',
  'The coordinator said the pantry needs volunteers for the move itself and for the new Wednesday shift, and asks for canned fish and peanut butter.',
  'Donations can be left in the bins at the back of the church after every service, or brought to the office during its opening hours in the week.',
  'Last year the pantry served 312 households and gave out about 41,000 pounds of food, almost all of it donated by parishioners and the food bank.',
  'Volunteers for moving day should meet at the parish hall at eight in the morning, and bring gloves, since the boxes are heavy and the floor is rough.',
];

/**
 * A text box of the builder's one shape, in its tile and grid wrappers, as deep as Google Sites nests them: the column
 * is six levels above the paragraphs, beyond the ancestors Readability scores, so it never weighs the boxes together.
 */
const textTile = (inner: string): string =>
  `<div class="tile"><div class="grid"><div class="cell"><div class="cell-inner"><div class="tyJCtd mGzaTb Depvyb baZpAe">${inner}</div></div></div></div></div>`;
const paragraphs = (texts: readonly string[]): string =>
  texts.map((text) => `<p class="zfr3Q CDt4Ke">${text}</p>`).join('');
const PICTURE_TILE = '<div class="tile"><div class="cell"><img src="gym.jpg" alt=""></div></div>';

/** A page whose column holds `column`, under a banner with the headline. */
function page(column: string, footer = ''): Document {
  const html = `<html><body><section class="banner"><h1>Food pantry moves to the old school gym</h1></section>
    <div role="main"><section><div class="column">${column}</div></section></div>${footer}</body></html>`;
  return parseHTML(html).document as unknown as Document;
}

/** The article text of `doc`. */
function read(doc: Document): string {
  const builder = new TextBuilder();
  extractArticle(doc, builder, [], doc.querySelector('h1') ?? undefined);
  return builder.toString();
}

describe('extractArticle on a story split over a site builder’s text boxes', () => {
  it('should read the opening box and the longer box after the picture', () => {
    const text = read(page(`${textTile(paragraphs(OPENING))}${PICTURE_TILE}${textTile(paragraphs(REST))}`));
    expect(text).toContain(LEAD);
    expect(text).toContain(REST[4]);
  });
});

/** What `widenSplitTextBox` reads when Readability kept only `box` (in a wrapper of its own, as it returns it). */
function widenedFrom(doc: Document, box: Element | undefined): string {
  if (!box?.parentElement) throw new Error('no box');
  const reading = widenSplitTextBox(doc, cloneRegion(doc, box.parentElement, [], undefined), [], undefined);
  return reading.content?.textContent ?? '';
}

/** The same, from the page's last text box. */
const widenedFromLastBox = (doc: Document): string => widenedFrom(doc, [...doc.querySelectorAll('.tyJCtd')].pop());

describe('widenSplitTextBox', () => {
  it('should widen to the column when the other box sets its paragraphs as <br> runs, no <p> in it', () => {
    const runs = OPENING.map((text) => `<span class="C9DxTc">${text}</span><br><br>`).join('');
    const text = widenedFromLastBox(page(`${textTile(runs)}${PICTURE_TILE}${textTile(paragraphs(REST))}`));
    expect(text).toContain(LEAD);
  });

  it('should widen to the column when another box of the same shape there holds prose', () => {
    const text = widenedFromLastBox(
      page(`${textTile(paragraphs(OPENING))}${PICTURE_TILE}${textTile(paragraphs(REST))}`),
    );
    expect(text).toContain(LEAD);
  });

  it('should keep to the one box when the other boxes of its shape hold no prose (labels, a button)', () => {
    const labels = textTile(
      '<p class="zfr3Q CDt4Ke">Upcoming events</p><p class="zfr3Q CDt4Ke">Download the bulletin</p>',
    );
    const text = widenedFromLastBox(page(`${labels}${PICTURE_TILE}${textTile(paragraphs([...OPENING, ...REST]))}`));
    expect(text).not.toContain('Upcoming events');
    expect(text).toContain(LEAD);
  });

  it('should keep to the one box when the other box is of another shape', () => {
    const other = `<div class="tile"><div class="prose-block">${paragraphs(OPENING)}</div></div>`;
    const text = widenedFromLastBox(page(`${other}${PICTURE_TILE}${textTile(paragraphs(REST))}`));
    expect(text).not.toContain(LEAD);
  });

  it('should not reach a box of the same shape far outside the story’s column', () => {
    const footer = `<footer><div class="a"><div class="b"><div class="c"><div class="d"><div class="e"><div class="f">${textTile(
      paragraphs(OPENING),
    )}</div></div></div></div></div></div></footer>`;
    const doc = page('', footer);
    const story = doc.querySelector('.column');
    if (!story) throw new Error('no column');
    story.innerHTML = textTile(paragraphs(REST));
    expect(widenedFrom(doc, story.querySelector('.tyJCtd') ?? undefined)).not.toContain(LEAD);
  });

  it('should keep to the one box when its shape is a single class and the other box comes after it', () => {
    const box = (inner: string): string =>
      `<div class="tile"><div class="grid"><div class="cell"><div class="container">${inner}</div></div></div></div>`;
    const bio = paragraphs(OPENING); // a guest's bio or the next story: prose, after the kept box
    const doc = page(`${box(paragraphs(REST))}${PICTURE_TILE}${box(bio)}`);
    expect(widenedFrom(doc, doc.querySelector('.container') ?? undefined)).not.toContain(LEAD);
  });

  it('should keep to the one box when the column holds more than the boxes (a rail of teasers)', () => {
    const teasers = Array.from(
      { length: 12 },
      (_, n) =>
        `<div class="teaser"><a href="/s/${n}">Another story from the parish archive, number ${n}, with its summary line</a></div>`,
    ).join('');
    const text = widenedFromLastBox(page(`${textTile(paragraphs(OPENING))}${teasers}${textTile(paragraphs(REST))}`));
    expect(text).not.toContain(LEAD);
  });
});

/** A text box of one class (a CSS-in-JS build's one generated name per box, or Divi's `et_pb_text_inner`). */
const oneClassBox = (inner: string): string =>
  `<div class="tile"><div class="grid"><div class="cell"><div class="css-1x2y3z">${inner}</div></div></div></div>`;

describe('widenSplitTextBox on boxes of a single class', () => {
  it('should widen over the shorter opening box before the kept one', () => {
    const doc = page(`${oneClassBox(paragraphs(OPENING))}${PICTURE_TILE}${oneClassBox(paragraphs(REST))}`);
    expect(widenedFrom(doc, [...doc.querySelectorAll('.css-1x2y3z')].pop())).toContain(LEAD);
  });

  it('should keep to the kept box when the box before it is the longer one', () => {
    const doc = page(
      `${oneClassBox(paragraphs([...OPENING, ...REST]))}${PICTURE_TILE}${oneClassBox(paragraphs(OPENING.slice(1)))}`,
    );
    expect(widenedFrom(doc, [...doc.querySelectorAll('.css-1x2y3z')].pop())).not.toContain(REST[4]);
  });
});

/** A text box as Umbraco's grid sets one: an unnamed `<div>` alone in the builder's named tile. */
const gridBox = (inner: string, beside = ''): string =>
  `<div class="row clearfix"><div class="col-md-8 column"><div>${inner}</div>${beside}</div></div>`;

describe('widenSplitTextBox on an unnamed box in a named tile', () => {
  /** What is read when Readability kept the unnamed `<div>` in the last tile. */
  const widenedFromBare = (doc: Document): string =>
    widenedFrom(doc, [...doc.querySelectorAll('.row > div > div')].pop());

  it('should read the tile’s name as the box’s shape and widen to the column', () => {
    const doc = page(`${gridBox(paragraphs(OPENING))}${PICTURE_TILE}${gridBox(paragraphs(REST))}`);
    expect(widenedFromBare(doc)).toContain(LEAD);
  });

  it.each([
    ['not alone in its tile (a caption beside it)', gridBox(paragraphs(REST), '<p>Photo: parish office</p>')],
    [
      'alone in a tile of another shape',
      `<div class="row clearfix"><div class="col-md-4 aside"><div>${paragraphs(REST)}</div></div></div>`,
    ],
  ])('should keep to the box when it is %s', (_case, kept) => {
    const doc = page(`${gridBox(paragraphs(OPENING))}${PICTURE_TILE}${kept}`);
    expect(widenedFromBare(doc)).not.toContain(LEAD);
  });
});
