import { describe, expect, it } from 'vitest';
import { isProsConsBox } from '../../../utils/dom/is-pros-cons-box';
import { elementOf } from './element-of';

describe('isProsConsBox', () => {
  it.each([
    [
      'HIGHS/LOWS/VERDICT lines',
      '<div class="css-x1"><p><strong>HIGHS:</strong> Brisk, roomy.</p><p><strong>LOWS:</strong> Short range.</p>' +
        '<p><strong>VERDICT:</strong> Quick but thirsty.</p></div>',
    ],
    [
      'headed Pros and Cons lists',
      '<div><div><h4>Pros</h4><ul><li>Fast reads</li></ul></div><div><h4>Cons</h4><ul><li>Runs hot</li></ul></div></div>',
    ],
    [
      "Like and Don't Like lists",
      "<div><div><h4>Like</h4><ul><li>Quiet</li></ul></div><div><h4>Don't Like</h4><ul><li>Clunky app</li></ul></div></div>",
    ],
  ])('should find %s', (_case, html) => {
    expect(isProsConsBox(elementOf(html))).toBe(true);
  });

  it.each([
    ['only good points', '<div><div><h4>Pros</h4><ul><li>Fast reads</li></ul></div><p>It runs hot.</p></div>'],
    [
      'prose that opens with the words',
      '<div><p><em>Like</em> many towns, Marlow has a bypass.</p><p><em>Cons</em>ervation groups objected.</p></div>',
    ],
    [
      'a label word inside a sentence',
      '<div><p>The <strong>pros</strong> outweigh the rest.</p><p>The <strong>cons</strong> are few.</p></div>',
    ],
    [
      "a review's long prose sections under the labels",
      `<section><h2>Pros</h2><p>${'The drive is fast. '.repeat(40)}</p><h2>Cons</h2><p>${'It runs hot. '.repeat(40)}</p></section>`,
    ],
    ['a paragraph', '<p><strong>Pros:</strong> fast. <strong>Cons:</strong> hot.</p>'],
  ])('should keep %s', (_case, html) => {
    expect(isProsConsBox(elementOf(html))).toBe(false);
  });
});
