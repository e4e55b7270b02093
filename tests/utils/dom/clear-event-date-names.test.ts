import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { clearEventDateNames } from '../../../utils/dom/clear-event-date-names';
import { readPage } from '../../../utils/dom/read-page';

const PROSE = [
  'The board asks staff to draw up a closure plan after a long night of public comment in the library.',
  'Voters reject the repair bond by four points, and supporters blame a low turnout in the spring.',
  'The boiler fails during a cold snap and classes move to the high school gym for eight days.',
  'After four hours of comment the board votes to close the school at the end of the next year.',
];

/** A timeline of `dates.length` entries, each date in a block of class `dateClass`, over `texts` (prose by default). */
function timeline(dates: readonly string[], dateClass = 'timeline-meta', texts: readonly string[] = PROSE): string {
  const entries = dates.map(
    (date, i) =>
      `<div class="timeline-post"><div class="${dateClass}"><div class="meta-details">${date}</div></div>` +
      `<div class="timeline-content"><h2 class="content-title">Event ${i + 1}</h2>` +
      `<div class="content-details"><p>${texts[i % texts.length] ?? ''}</p></div></div></div>`,
  );
  return `<div class="cooltimeline_cont">${entries.join('')}</div>`;
}

/** The class names of the page's date blocks after `clearEventDateNames`. */
function dateNamesAfter(html: string, selector = '.timeline-post > div:first-child'): string[] {
  const { document } = parseHTML(`<html><body><main>${html}</main></body></html>`);
  clearEventDateNames(document as unknown as Document);
  return [...document.querySelectorAll(selector)].map((element) => element.getAttribute('class') ?? '');
}

describe('clearEventDateNames', () => {
  it('should take "meta" off the date block of each entry of a timeline', () => {
    const names = dateNamesAfter(timeline(['March 9, 2017', 'October 24, 2017', 'May 15, 2018', 'February 2, 2019']));
    expect(names).toEqual(['', '', '', '']);
  });

  it.each([
    ['day-first dates', ['9 March 2017', '24 October 2017', '15 May 2018']],
    ['a month and year', ['March 2017', 'October 2017', 'May 2018']],
    ['ISO dates', ['2017-03-09', '2017-10-24', '2018-05-15']],
  ])('should read %s as event dates', (_case, dates) => {
    expect(dateNamesAfter(timeline(dates))).toEqual(['', '', '']);
  });

  it('should keep the other names of the date block', () => {
    const names = dateNamesAfter(
      timeline(['March 9, 2017', 'May 15, 2018', 'June 16, 2020'], 'event-date timeline-meta'),
    );
    expect(names).toEqual(['event-date', 'event-date', 'event-date']);
  });

  it('should leave two dated boxes alone: a pair of cards, not a chronology', () => {
    expect(dateNamesAfter(timeline(['March 9, 2017', 'May 15, 2018']))).toEqual(['timeline-meta', 'timeline-meta']);
  });

  it('should leave stamps with a clock time alone (a live blog’s posts, comments)', () => {
    const dates = ['June 17, 2020 at 6:12 pm', 'June 17, 2020 at 8:40 pm', 'June 18, 2020 at 7:05 am'];
    expect(dateNamesAfter(timeline(dates))).toEqual(['timeline-meta', 'timeline-meta', 'timeline-meta']);
  });

  it('should leave the dates of cards without a sentence alone (a related-posts row)', () => {
    const html = timeline(['March 9, 2017', 'May 15, 2018', 'June 16, 2020'], 'timeline-meta', ['Read more']);
    expect(dateNamesAfter(html)).toEqual(['timeline-meta', 'timeline-meta', 'timeline-meta']);
  });

  it('should leave a meta row that holds more than a date alone (a byline row)', () => {
    const dates = ['By Ann Lee / March 9, 2017', 'By Ann Lee / May 15, 2018', 'By Ann Lee / June 16, 2020'];
    expect(dateNamesAfter(timeline(dates))).toEqual(['timeline-meta', 'timeline-meta', 'timeline-meta']);
  });

  it("should leave a post's single meta date alone", () => {
    const html =
      '<article><div class="entry-meta">June 17, 2020</div>' +
      `<div class="entry-content"><p>${PROSE.join(' ')}</p></div></article>`;
    expect(dateNamesAfter(html, '.entry-meta')).toEqual(['entry-meta']);
  });
});

describe('clearEventDateNames in the article reader', () => {
  it("should keep each event's date of a Cool Timeline post", () => {
    const html =
      '<html><head><title>Timeline</title></head><body><article><h1>How the school fight unfolded</h1>' +
      '<div class="entry-content"><p>The school board voted on Tuesday night to close the elementary school at the ' +
      'end of the coming year, ending a debate of three years. Here is how it unfolded.</p>' +
      timeline(['March 9, 2017', 'May 15, 2018', 'February 2, 2019', 'June 16, 2020']) +
      '</div></article></body></html>';
    const { text } = readPage(parseHTML(html).document as unknown as Document);
    for (const date of ['March 9, 2017', 'May 15, 2018', 'February 2, 2019', 'June 16, 2020'])
      expect(text).toContain(date);
  });
});
