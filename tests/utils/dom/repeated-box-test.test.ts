import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { repeatedBoxTest } from '../../../utils/dom/repeated-box-test';

const PROMO =
  '<p><strong>If you need to speak with a vet but can\'t get to one, head over to <a href="/vet">PangoVet</a>. It\'s our online service where you can talk to a vet online.</strong></p>';
const STORY =
  '<p>Like licking or chewing, eating grass can be a way for a nervous dog to calm itself when left alone.</p>';

/** Which of the given ids the test takes, on a page of the given body. */
function taken(html: string, ids: readonly string[]): string[] {
  const doc = parseHTML(`<html><body>${html}</body></html>`).document as unknown as Document;
  const test = repeatedBoxTest(doc);
  return ids.filter((id) => {
    const element = doc.getElementById(id);
    if (!element) throw new Error(`no ${id}`);
    return test(element);
  });
}

describe('repeatedBoxTest', () => {
  it('should take a promo box set twice word for word, and not its wrappers or the story', () => {
    expect(
      taken(
        `<article id="a"><div id="w1">${STORY}<div id="one">${PROMO}</div></div><p>More of the story.</p><div id="two">${PROMO}</div></article>`,
        ['a', 'w1', 'one', 'two'],
      ),
    ).toEqual(['one', 'two']);
  });

  it.each([
    ['a box set once', `<div id="one">${PROMO}</div>${STORY}`],
    [
      'a story paragraph repeated as a pull quote (a paragraph, not a box)',
      `<div id="one">${STORY}<blockquote>${STORY}</blockquote></div>`,
    ],
    ['a short label box repeated', '<div id="one"><p>Advertisement</p></div><div><p>Advertisement</p></div>'],
  ])('should leave %s', (_case, html) => {
    expect(taken(html, ['one'])).toEqual([]);
  });
});
