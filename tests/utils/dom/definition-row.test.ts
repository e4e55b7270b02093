import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isDefinitionRow } from '../../../utils/dom/definition-row';

/** The element marked `data-probe` in a page fragment, and whether it is a row of a grouped definition list. */
const probe = (html: string): boolean => {
  const doc = parseHTML(`<html><body>${html}</body></html>`).document as unknown as Document;
  const element = doc.querySelector('[data-probe]');
  if (!element) throw new Error('no probe');
  return isDefinitionRow(element);
};

describe('isDefinitionRow', () => {
  it.each([
    ['a <div> row with a term and its value', '<dl><div data-probe><dt>Power</dt><dd>1700W</dd></div></dl>'],
    ['a row with a term and two values', '<dl><div data-probe><dt>Colours</dt><dd>Grey</dd><dd>Sage</dd></div></dl>'],
    ['the row as Readability rewrites it (<p>)', '<dl><p data-probe><dt>Power</dt><dd>1700W</dd></p></dl>'],
  ])('should read %s as a row', (_case, html) => {
    expect(probe(html)).toBe(true);
  });

  it.each([
    ['a <div> outside a definition list', '<div data-probe><dt>Power</dt><dd>1700W</dd></div>'],
    ['a row with two terms', '<dl><div data-probe><dt>Power</dt><dt>Watts</dt><dd>1700W</dd></div></dl>'],
    ['a row with a paragraph', '<dl><div data-probe><dt>Power</dt><p>1700W</p></div></dl>'],
    [
      'a row whose value is prose',
      '<dl><div data-probe><dt>Refit</dt><dd>The harbour office said on Friday that the ferry to the north quay would run again from Monday, after a winter refit.</dd></div></dl>',
    ],
  ])('should not read %s as a row', (_case, html) => {
    expect(probe(html)).toBe(false);
  });
});
