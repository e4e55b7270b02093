import { describe, expect, it } from 'vitest';
import { ITEMS_PER_STEP } from '../../../utils/steps/steps';
import { TextFinder } from '../../../utils/text/text-finder';

/** The indices found, each once, in order. */
function found(finder: TextFinder, text: string): number[] {
  const indices = new Set<number>();
  finder.find(text, (index) => indices.add(index));
  return [...indices].sort((a, b) => a - b);
}

describe('TextFinder', () => {
  const finder = new TextFinder(['he', 'she', 'his', 'hers', 'share this', '広告']);

  it.each([
    ['one string', 'a hero', [0]],
    ['strings that overlap', 'ushers', [0, 1, 3]],
    ['a string inside a longer one that failed', 'shx his', [2]],
    ['a string with a space, and one inside it', 'please share this now', [2, 4]],
    ['a caseless script', 'スポンサー広告', [5]],
    ['nothing', 'a cat', []],
    ['an empty text', '', []],
  ])('should find %s', (_name, text, expected) => {
    expect(found(finder, text)).toEqual(expected);
  });

  it('should find what a plain search finds, over many texts', () => {
    const texts = ['ab', 'bc', 'abc', 'c', 'bca', 'aab', 'cab'];
    const many = new TextFinder(texts);
    for (let seed = 0; seed < 500; seed++) {
      const text = Array.from({ length: seed % 12 }, (_, at) => 'abc'[(seed * 7 + at * at * 3) % 3]).join('');
      const expected = texts.flatMap((candidate, index) => (text.includes(candidate) ? [index] : []));
      expect(found(many, text), text).toEqual(expected);
    }
  });

  it('should find nothing when given no strings', () => {
    expect(found(new TextFinder([]), 'anything')).toEqual([]);
  });

  describe('buildSteps', () => {
    /** More strings than a step takes, so the build pauses inside the strings and inside the links. */
    const many = Array.from({ length: ITEMS_PER_STEP * 2 + 7 }, (_, i) => `w${i.toString(36)}x`);

    it("should build a finder that finds what the constructor's finds, pausing on the way", () => {
      const steps = TextFinder.buildSteps(many);
      let pauses = 0;
      let next = steps.next();
      for (; !next.done; next = steps.next()) pauses++;
      expect(pauses).toBeGreaterThan(2);
      const text = 'aw1xbw2rxw10xcwzzx';
      expect(found(next.value, text)).toEqual(found(new TextFinder(many), text));
    });
  });
});
