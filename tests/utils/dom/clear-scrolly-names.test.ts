import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { clearScrollyNames } from '../../../utils/dom/clear-scrolly-names';
import { readPage } from '../../../utils/dom/read-page';

const STEP = '<p>In 1999 the river ran through eleven weirs between the moors and the sea.</p>';

/** The class and id of the page's `[data-box]` after `clearScrollyNames`. */
function namesAfter(html: string): [string | null, string | null] {
  const { document } = parseHTML(`<html><body>${html}</body></html>`);
  clearScrollyNames(document as unknown as Document);
  const box = document.querySelector('[data-box]');
  return [box?.getAttribute('class') ?? null, box?.getAttribute('id') ?? null];
}

describe('clearScrollyNames', () => {
  it.each([
    ['a graphics desk’s scrolly section', 'scrolly story-section', 'story-section'],
    ['a scrollama container', 'scrollama-container', ''],
    ['Shorthand’s scrollmation section', 'Theme-Section Theme-ScrollmationSection', 'Theme-Section'],
    ['a step box', 'scroll-step is-active', 'is-active'],
    ['a scrollytelling wrapper', 'scrollytelling', ''],
  ])('should take the names of %s off', (_case, names, kept) => {
    expect(namesAfter(`<div data-box class="${names}"><div class="step">${STEP}</div></div>`)[0]).toBe(kept);
  });

  it.each([
    [
      'a <div>',
      '<div class="step"><div>In 1999 the river ran through eleven weirs between the moors and the sea.</div></div>',
    ],
    [
      'text closed by line breaks',
      '<div class="step">In 1999 the river ran through eleven weirs between the moors and the sea.<br><br></div>',
    ],
  ])('should take the names off a section whose step paragraph is %s', (_case, step) => {
    expect(namesAfter(`<div data-box class="scrolly">${step}</div>`)[0]).toBe('');
  });

  it.each([
    ['short labels in divs', '<div class="scrolly-graphic"><div>1999</div><div>Weirs removed</div></div>'],
    [
      'a div of labels over its paragraphs',
      '<div class="scrolly-graphic"><div><p>1999</p><p>Weirs removed</p></div></div>',
    ],
  ])('should keep the names of a scrolly graphic of %s', (_case, html) => {
    expect(namesAfter(html.replace('<div class', '<div data-box class'))[0]).toBe('scrolly-graphic');
  });

  it('should take a scrolly id off', () => {
    expect(namesAfter(`<div data-box id="scrolly"><div class="step">${STEP}</div></div>`)[1]).toBeNull();
  });

  it.each([
    ['an infinite-scroll wrapper', 'infinite-scroll-posts'],
    ['a scroll hint', 'scroll-indicator'],
    ['a back-to-top button', 'scroll-to-top'],
  ])('should keep the names of %s', (_case, names) => {
    expect(namesAfter(`<div data-box class="${names}">${STEP}</div>`)[0]).toBe(names);
  });

  it('should keep the names of a scrolly graphic without the story’s text', () => {
    const html = '<div data-box class="scrolly-graphic"><p>1999</p><p>Weirs removed</p></div>';
    expect(namesAfter(html)[0]).toBe('scrolly-graphic');
  });
});

describe('clearScrollyNames in the article reader', () => {
  it('should keep the step texts of a scrollytelling section built of divs', () => {
    const steps = [
      'In 1999 the river ran through eleven weirs between the moors and the sea, most built for old mills.',
      'Each one was a wall to a fish swimming upstream, and surveys found almost no young salmon above them.',
      'Between 2004 and 2012, volunteers removed seven of the weirs and cut fish passes into three more.',
    ];
    const html =
      '<html><head><title>The river that came back</title></head><body><main><h1>The river that came back</h1>' +
      '<div class="prose"><p>On a grey morning in October, Pat Ellery stands on the bank below the bridge and ' +
      'counts salmon, as she has every autumn since 2003.</p><p>For the first ten years, she rarely needed the ' +
      'clicker. This year she stopped counting at two hundred.</p></div>' +
      '<div id="scrolly" class="scrolly"><figure class="sticky"><img src="map.png" alt=""></figure>' +
      '<div class="scroll-steps">' +
      steps.map((step, i) => `<div class="step" data-step="${i + 1}"><p>${step}</p></div>`).join('') +
      '</div></div><div class="prose"><p>The work is not finished: run-off from the farms still turns the water ' +
      'brown after heavy rain, and the trust wants to plant more trees along the bank.</p></div></main></body></html>';
    const { text } = readPage(parseHTML(html).document as unknown as Document);
    for (const step of steps) expect(text).toContain(step);
  });
});
