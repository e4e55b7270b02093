import { describe, expect, it } from 'vitest';
import { isPagerWordHeading } from '../../../utils/dom/is-pager-word-heading';
import { elementOf } from './element-of';

describe('isPagerWordHeading', () => {
  it.each([
    ['<h2 id="next">Next</h2>', 'Next'],
    ['<h3 id="previous">Previous</h3>', 'Previous'],
    ['<h2 id="Next">Next</h2>', 'Next'],
  ])("should read %s as the writer's subheading", (html, line) => {
    expect(isPagerWordHeading(elementOf(html), line)).toBe(true);
  });

  it.each([
    ['<h2>Next</h2>', 'Next'],
    ['<h4 id="nav-next">Next</h4>', 'Next'],
    ['<h2 id="next"><a href="/2019/05/26/pea-sticks.html">Next</a></h2>', 'Next'],
    ['<span id="next">Next</span>', 'Next'],
    ['<h1 id="next">Next</h1>', 'Next'],
    ['<h2 id="share-this">Share this:</h2>', 'Share this:'],
  ])('should leave %s to the line tables', (html, line) => {
    expect(isPagerWordHeading(elementOf(html), line)).toBe(false);
  });

  it('should leave a line with no block to the line tables', () => {
    expect(isPagerWordHeading(undefined, 'Next')).toBe(false);
  });
});
