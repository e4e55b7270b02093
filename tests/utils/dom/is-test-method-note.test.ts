import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isTestMethodNote } from '../../../utils/dom/is-test-method-note';

/** The element marked `data-probe` in a page fragment, and whether it is a site's standing note on its testing. */
const probe = (html: string): boolean => {
  const doc = parseHTML(`<html><body><article>${html}</article></body></html>`).document as unknown as Document;
  const element = doc.querySelector('[data-probe]');
  if (!element) throw new Error('no probe');
  return isTestMethodNote(element);
};

describe('isTestMethodNote', () => {
  it.each([
    [
      'a "How we test air fryers" box closing on a link to the methods page',
      '<section data-probe><h3>How we test air fryers</h3><p>We buy every air fryer we test and cook chips in each one.</p><a href="/how-we-test-air-fryers">Find out more about how we test</a></section>',
    ],
    [
      'the same box with its link in a paragraph and a methodology address',
      '<div data-probe><h4>How we test</h4><p>Every blender runs our ice-crush test.</p><p><a href="/about/methodology">Read more</a></p></div>',
    ],
  ])('should read %s as the site’s note', (_case, html) => {
    expect(probe(html)).toBe(true);
  });

  it.each([
    [
      "a guide's own 'How we test' section with no link away",
      '<div data-probe><h2>How we test</h2><p>We cooked chips, wings and frozen pizza in each air fryer over three weeks.</p><p>The quietest models scored best on noise.</p></div>',
    ],
    [
      'a box under another label closing on such a link',
      '<div data-probe><h3>Our verdict</h3><p>A fine air fryer.</p><a href="/how-we-test">Find out more about how we test</a></div>',
    ],
    [
      'a long section under the label',
      `<div data-probe><h2>How we test</h2>${'<p>We cooked chips, wings and frozen pizza in each air fryer over three weeks, weighing each batch.</p>'.repeat(8)}<a href="/how-we-test">How we test</a></div>`,
    ],
  ])('should keep %s', (_case, html) => {
    expect(probe(html)).toBe(false);
  });
});
