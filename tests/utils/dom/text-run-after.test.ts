import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { textRunAfter } from '../../../utils/dom/text-run-after';

/** The run after the card's `<h3>`. */
const runAfterTitle = (card: string) => {
  const { document } = parseHTML(`<html><body><article>${card}</article></body></html>`);
  return textRunAfter(document.querySelector('h3') as Element);
};

describe('textRunAfter', () => {
  it.each([
    [
      'text up to a line break',
      '<h3>Title</h3> Parents packed the board meeting. <br><br><span>4 hours ago</span>',
      'Parents packed the board meeting.',
      0,
    ],
    [
      'text with inline markup',
      '<h3>Title</h3>Parents <em>packed</em> the <a href="/b">board</a> meeting.<p>Next</p>',
      'Parents packed the board meeting.',
      5,
    ],
    ['nothing when a block follows the title', '<h3>Title</h3><p>Parents packed the board meeting.</p>', '', 0],
    ['nothing at the end of the card', '<p>Parents packed the board meeting.</p><h3>Title</h3>', '', 0],
  ])('should read %s', (_case, card, text, linkChars) => {
    const run = runAfterTitle(card);
    expect(run.text).toBe(text);
    expect(run.linkChars).toBe(linkChars);
  });
});
