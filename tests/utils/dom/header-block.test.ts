import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { headerBlock } from '../../../utils/dom/header-block';

const STORY =
  '<p id="story">The ferry crossed the bay for the last time on Sunday, sixty years after its first sailing.</p>';

/** `headerBlock` for the page's `h1` and `#story`, as the id of the block found (or undefined). */
function blockId(body: string): string | undefined {
  const doc = parseHTML(`<html><body>${body}</body></html>`).document as unknown as Document;
  const headline = doc.querySelector('h1');
  if (!headline) throw new Error('no headline');
  return headerBlock(headline, doc.getElementById('story') ?? undefined)?.id;
}

describe('headerBlock', () => {
  it.each([
    ['a <header> element', `<div><header id="b"><h1>Last crossing</h1><p>By Ann Lee</p></header>${STORY}</div>`],
    [
      'a block named header, a level up',
      `<div><div id="b" class="article-header"><div class="wrap"><h1>Last crossing</h1></div></div>${STORY}</div>`,
    ],
    ['a camel-case header name', `<div><div id="b" class="articleHeader"><h1>Last crossing</h1></div>${STORY}</div>`],
    [
      'a header test id',
      `<div><div id="b" data-testid="SplitScreenContentHeaderWrapper"><h1>Last crossing</h1></div>${STORY}</div>`,
    ],
    [
      'a block named for the headline that also holds byline and share row',
      `<div><div id="b" class="article-headline"><h1>Last crossing</h1><p>By Ann Lee</p><a href="#">Share</a></div>${STORY}</div>`,
    ],
    [
      'a block named head',
      `<div><div id="b" class="post-head"><h1>Last crossing</h1><p>By Ann Lee</p></div>${STORY}</div>`,
    ],
  ])('should find %s around the headline', (_case, body) => {
    expect(blockId(body)).toBe('b');
  });

  it.each([
    ['a header that also holds the story', `<header id="b"><h1>Last crossing</h1>${STORY}</header>`],
    ['an article around the headline', `<article id="b"><h1>Last crossing</h1>${STORY}</article>`],
    [
      'a block named for something else',
      `<div><div id="b" class="headline-wrap"><h1>Last crossing</h1></div>${STORY}</div>`,
    ],
    ['a page without a story paragraph', '<div><header id="b"><h1>Last crossing</h1></header></div>'],
  ])('should find nothing for %s', (_case, body) => {
    expect(blockId(body)).toBeUndefined();
  });
});
