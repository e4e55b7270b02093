import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isContentsList } from '../../../utils/dom/is-contents-list';

/** The element marked `data-probe` in a page fragment, and whether it is a table of contents. */
const probe = (html: string): boolean => {
  const doc = parseHTML(`<html><body><article>${html}</article></body></html>`).document as unknown as Document;
  const element = doc.querySelector('[data-probe]');
  if (!element) throw new Error('no probe');
  return isContentsList(element);
};

describe('isContentsList', () => {
  it.each([
    [
      'a "Jump to" list of links to the sections',
      '<p><strong>Jump to:</strong></p><ul data-probe><li><a href="#tools">What you need</a></li><li><a href="#steps">Step by step</a></li><li><a href="#faq">FAQs</a></li></ul>',
    ],
    [
      'a numbered contents list with a nested list of sub-sections',
      '<ol data-probe><li><a href="#one">Before you start</a><ul><li><a href="#one-a">Tools</a></li></ul></li><li><a href="#two">The repair</a></li></ol>',
    ],
  ])('should read %s as a table of contents', (_case, html) => {
    expect(probe(html)).toBe(true);
  });

  it.each([
    [
      'a list of facts',
      '<ul data-probe><li>Topped up loft insulation to 270mm.</li><li>Replaced two radiators.</li></ul>',
    ],
    [
      'a list of links to other pages',
      '<ul data-probe><li><a href="/tides">Tide tables for May</a></li><li><a href="/dues">Harbour dues rise</a></li></ul>',
    ],
    [
      'a list of items with an in-page link inside their prose',
      '<ul data-probe><li>The council vote, covered <a href="#vote">below</a>, is on Monday.</li><li>The ferry sails at nine, <a href="#times">see times</a>.</li></ul>',
    ],
    ['a single in-page link', '<ul data-probe><li><a href="#top">Back to top</a></li></ul>'],
    [
      'a list of bare "#" links (script buttons)',
      '<ul data-probe><li><a href="#">Facebook</a></li><li><a href="#">Email</a></li></ul>',
    ],
  ])('should not read %s as a table of contents', (_case, html) => {
    expect(probe(html)).toBe(false);
  });
});
