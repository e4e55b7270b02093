import { describe, expect, it } from 'vitest';
import { DeclaredText } from '../../../utils/dom/declared-text';

const BODY =
  'The council voted on Tuesday to rebuild the old ferry pier.\n\nWork is due to start in the spring, the council said.';

describe('DeclaredText', () => {
  it.each([
    ['a paragraph of the body', 'The council voted on Tuesday to rebuild the old ferry pier.'],
    [
      'a paragraph with other quotes, case and spacing',
      'the  COUNCIL voted on Tuesday — to rebuild the old ferry pier',
    ],
    ['a two-word line that is in it', 'ferry pier'],
  ])('should find %s', (_label, line) => {
    expect(new DeclaredText(BODY).contains(line)).toBe(1);
  });

  it.each([
    ['a newsletter prompt', 'Sign up for our morning briefing, free every weekday.'],
    ['a two-word label that is not in it', 'Advertisement below'],
    ['a line without words', '— · —'],
  ])('should not find %s', (_label, line) => {
    expect(new DeclaredText(BODY).contains(line)).toBe(0);
  });

  it('should measure how much of the body a page text holds', () => {
    const text = new DeclaredText(BODY);
    expect(text.coveredBy(BODY.replace(/\n+/g, ' '))).toBe(1);
    expect(text.coveredBy('The council voted on Tuesday to rebuild the old ferry pier.')).toBeCloseTo(9 / 20); // 9 of the 20 three-word runs;
    expect(text.coveredBy('Most read: weather, traffic, sport')).toBe(0);
  });

  it('should have nothing to match for an empty text', () => {
    const text = new DeclaredText('');
    expect(text.size).toBe(0);
    expect(text.coveredBy('anything at all here')).toBe(0);
  });
});
