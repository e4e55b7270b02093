import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { proseParagraphs } from '../../../utils/dom/prose-paragraphs';

/** The paragraph texts read under the page's `#root`. */
function paragraphs(html: string): string[] {
  const { document } = parseHTML(`<html><body><div id="root">${html}</div></body></html>`);
  const root = document.getElementById('root') as unknown as Element;
  return [...proseParagraphs(root)].map(({ text }) => text);
}

describe('proseParagraphs', () => {
  it.each([
    ['paragraphs', '<p>One line.</p><p>Two <a href="/x">lines</a>.</p>', ['One line.', 'Two lines.']],
    ['divs set as paragraphs', '<div>One line.</div><div>Two lines.</div>', ['One line.', 'Two lines.']],
    ['runs closed by line breaks', 'One line.<br><br>Two <b>lines</b>.<br><br>', ['One line.', 'Two lines.']],
    ['runs beside a subheading', '<h2>Head</h2>One line.<br><br>Two lines.', ['One line.', 'Two lines.']],
    ['a paragraph split by a line break', '<p>One line.<br>Two lines.</p>', ['One line.', 'Two lines.']],
  ])('should read %s', (_case, html, expected) => {
    expect(paragraphs(html)).toEqual(expected);
  });

  it.each([
    ['a heading or a list item', '<h2>Head</h2><ul><li>Item</li></ul>'],
    ["a container's own text with no line break (a label beside a box)", 'Label <div><img src="a.jpg"></div>'],
    ['empty blocks', '<p> </p><div></div>'],
  ])('should read no paragraph in %s', (_case, html) => {
    expect(paragraphs(html)).toEqual([]);
  });
});
