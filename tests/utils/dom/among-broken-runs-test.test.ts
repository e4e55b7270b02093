import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { amongBrokenRunsTest } from '../../../utils/dom/among-broken-runs-test';
import { readClone } from '../../../utils/dom/read-clone';

const STORY = [
  'The county board voted on Tuesday to rebuild the Mill Street bridge, closed since the spring floods damaged its piers.',
  'Work will start in May and is expected to take eighteen months, with a temporary crossing open to walkers and cyclists.',
  'The board will pay for most of the rebuild with a state grant, and the rest from its road fund, the clerk said.',
];

/** The block of Readability's copy whose text is `text`, with the test's verdict on it. */
function verdict(body: string, text: string): boolean {
  const { document } = parseHTML(
    `<html><body><h1>Bridge to be rebuilt</h1><div class="story">${body}</div></body></html>`,
  );
  const doc = document as unknown as Document;
  const { content, pairs } = readClone(doc, [], doc.querySelector('h1') ?? undefined, 1);
  const block = [...(content?.querySelectorAll('*') ?? [])].find((element) => element.textContent?.trim() === text);
  if (!block) throw new Error(`no block reads "${text}"`);
  return amongBrokenRunsTest(pairs)(block);
}

const runs = (lines: readonly string[]): string => lines.map((line) => `${line}<br><br>`).join('');

describe('amongBrokenRunsTest', () => {
  it.each([
    ['a paragraph re-set from a run', runs(STORY), STORY[1]],
    [
      'a heading set between runs',
      `${runs(STORY)}<h3>Notes to editors</h3>${runs(['Photos are free to use.'])}`,
      'Notes to editors',
    ],
  ])('should take %s', (_case, body, text) => {
    expect(verdict(body, text ?? '')).toBe(true);
  });

  it.each([
    ['a paragraph of a story set in <p>s', STORY.map((line) => `<p>${line}</p>`).join(''), STORY[1]],
    [
      'a heading between <p>s',
      `${STORY.map((line) => `<p>${line}</p>`).join('')}<h3>Notes to editors</h3><p>Photos are free to use.</p>`,
      'Notes to editors',
    ],
    [
      'a bare <div> of text Readability re-sets as a paragraph',
      STORY.map((line) => `<div>${line}</div>`).join(''),
      STORY[1],
    ],
  ])('should leave %s', (_case, body, text) => {
    expect(verdict(body, text ?? '')).toBe(false);
  });

  it.each([
    ['holds all its text', '<span>9:14 am</span><span>4 min read</span>', true],
    ['lost part of its text (an author chip Readability took out)', '<span>4 min read</span>', false],
  ])('should read a page element among runs as its copy when the copy %s', (_case, copied, expected) => {
    const page = parseHTML(
      `<html><body><div>${runs(STORY.slice(0, 1))}<div id="meta"><span>9:14 am</span><span>4 min read</span></div>${runs(STORY.slice(1))}</div></body></html>`,
    ).document;
    const copy = parseHTML(`<html><body><div><div id="meta">${copied}</div></div></body></html>`).document;
    const original = page.getElementById('meta') as unknown as Element;
    const element = copy.getElementById('meta') as unknown as Element;
    const pairs = new Map<Node, Node>([[element, original]]);
    expect(amongBrokenRunsTest(pairs)(element)).toBe(expected);
  });
});
