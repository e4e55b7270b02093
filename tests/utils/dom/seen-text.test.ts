import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { seenText } from '../../../utils/dom/seen-text';

function textOf(html: string): string {
  const doc = parseHTML(`<html><body><div id="box">${html}</div></body></html>`).document as unknown as Document;
  const box = doc.getElementById('box');
  return box ? seenText(box).trim() : '';
}

describe('seenText', () => {
  it.each([
    [
      "Drupal's Media module box with the file name for screen readers",
      '<div class="file"><h2 class="element-invisible"><a href="/file/x">rehearsal.jpg</a></h2><img src="x.jpg"></div>',
      '',
    ],
    ['a label for screen readers before a name', '<span class="sr-only">Posted by</span> Ann Lee', 'Ann Lee'],
    ['text with no hidden part', '<p>The council met <em>on Tuesday</em>.</p>', 'The council met on Tuesday.'],
    ['a class that only contains a hiding word', '<p class="overflow-hidden">Kept text</p>', 'Kept text'],
  ])('should read %s as a reader sees it', (_case, html, expected) => {
    expect(textOf(html)).toBe(expected);
  });
});
