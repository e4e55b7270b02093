import { describe, expect, it } from 'vitest';
import { boxLabel } from '../../../utils/dom/box-label';
import { elementOf } from './element-of';

describe('boxLabel', () => {
  it.each([
    ['a heading over the box', '<section><h3>Cite this work</h3><p>Lee (2026).</p></section>', 'Cite this work'],
    ['a bold label', '<div><p><strong>Media contact:</strong></p><p>Ann Lee</p></div>', 'Media contact:'],
    [
      'a label past a logo',
      '<aside><img src="/l.svg" alt=""><h3>Reuse this work</h3><p>Open.</p></aside>',
      'Reuse this work',
    ],
  ])('should read %s', (_case, html, label) => {
    expect(boxLabel(elementOf(html))).toBe(label);
  });

  it.each([
    ['a paragraph', '<p>Cite this work</p>'],
    ['a box holding only its label', '<div><h3>Cite this work</h3></div>'],
    ['a box opening on a long line', `<div><p>${'The council met on Monday. '.repeat(5)}</p><p>More.</p></div>`],
  ])('should find no label in %s', (_case, html) => {
    expect(boxLabel(elementOf(html))).toBeUndefined();
  });
});
