import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { countLabelHeadings } from '../../../../utils/dom/comments/count-label-headings';

const labelsIn = (body: string): string[] =>
  countLabelHeadings(parseHTML(`<html><body>${body}</body></html>`).document as unknown as Document).map(
    (label) => label.textContent ?? '',
  );

describe('countLabelHeadings', () => {
  it.each([
    ['a count in a styled div', '<div dir="auto" class="css-901oao r-b88u0q">Comments (4)</div>', 'Comments (4)'],
    ['a number-first count in a span', '<div><span class="x1">12 comments</span></div>', '12 comments'],
  ])('should find %s', (_case, body, label) => {
    expect(labelsIn(body)).toEqual([label]);
  });

  it.each([
    [
      'a bare "Comments" label (a top bar\'s, over the whole page)',
      '<div class="wrapper"><span>comments</span><div>Story</div></div>',
    ],
    ['a count on a button', '<div role="button" tabindex="0"><div dir="auto">Comments (4)</div></div>'],
    ['a count on a real button', '<button><span>3 comments</span></button>'],
    ['a count in a link', '<a href="#comments"><span>3 comments</span></a>'],
    ['a count that is part of a longer line', '<div>Comments (4) <b>closed</b></div>'],
    ['a sentence mentioning comments', '<div>The council read 400 comments from residents before the vote.</div>'],
  ])('should not find %s', (_case, body) => {
    expect(labelsIn(body)).toEqual([]);
  });
});
