import { describe, expect, it } from 'vitest';
import { labelledBoxText } from '../../../utils/dom/labelled-box-text';
import { elementOf } from './element-of';

const isLabel = (label: string): boolean => label === 'Media Contact';

describe('labelledBoxText', () => {
  it.each([
    ['a div under a heading label', '<div><h2>Media Contact</h2><p>Ann Lee</p></div>', 'Media ContactAnn Lee'],
    [
      'an aside under a bold label',
      '<aside><p><strong>Media Contact</strong></p><p>Ann Lee</p></aside>',
      'Media ContactAnn Lee',
    ],
  ])('should read %s', (_case, html, text) => {
    expect(labelledBoxText(elementOf(html), isLabel, 40, 100)).toBe(text);
  });

  it.each([
    ['a paragraph', '<p><strong>Media Contact</strong> Ann Lee</p>'],
    ['the label alone', '<div><h2>Media Contact</h2></div>'],
    ['another label', '<div><h2>Contact us</h2><p>Ann Lee</p></div>'],
    ['a box past its budget', `<div><h2>Media Contact</h2><p>${'Ann Lee '.repeat(30)}</p></div>`],
    [
      'a wrapper whose first child holds more than a label',
      '<div><div><h2>Media Contact</h2><p>a</p><p>b</p></div><p>c</p></div>',
    ],
  ])('should read nothing from %s', (_case, html) => {
    expect(labelledBoxText(elementOf(html), isLabel, 40, 100)).toBeUndefined();
  });
});
