import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { unwrapQuestionToggles } from '../../../utils/dom/unwrap-question-toggles';

/** The body's HTML after unwrapping. */
function unwrapped(html: string): string {
  const doc = parseHTML(`<html><body>${html}</body></html>`).document as unknown as Document;
  unwrapQuestionToggles(doc);
  return doc.body.innerHTML;
}

const ANSWER =
  '<div class="x9"><p>Not next year. The repairs are paid for with a state loan, and the council has said it will not raise water rates before the first payment falls due in 2028.</p></div>';

describe('unwrapQuestionToggles', () => {
  it.each([
    [
      'a question toggle alone on its line over its answer (names hashed)',
      `<div class="a1"><div class="b2"><button class="c3" type="button"><span>Are water rates changing?</span></button></div>${ANSWER}</div>`,
      `<div class="a1"><div class="b2"><span>Are water rates changing?</span></div>${ANSWER}</div>`,
    ],
    [
      'a question toggle right before its answer in one block',
      `<div><button type="button">Can I still comment on the budget?</button>${ANSWER}</div>`,
      `<div>Can I still comment on the budget?${ANSWER}</div>`,
    ],
  ])('should keep the text of %s', (_case, html, expected) => {
    expect(unwrapped(html)).toBe(expected);
  });

  it.each([
    ['a "Read more" button over the rest of the story', `<div><div><button>Read more</button></div>${ANSWER}</div>`],
    [
      'a question button over a menu of links',
      '<div><div><button>Looking for something?</button></div><ul><li><a href="/a">News</a></li><li><a href="/b">Sport</a></li></ul></div>',
    ],
    [
      'a question button over a one-line note',
      '<div><div><button>Was this helpful?</button></div><div><p>Yes</p><p>No</p></div></div>',
    ],
    ['a question button at the end of its block', '<div><div><button>Found a mistake?</button></div></div>'],
  ])('should leave %s', (_case, html) => {
    expect(unwrapped(html)).toBe(html);
  });
});
