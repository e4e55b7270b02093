import { describe, expect, it } from 'vitest';
import { isKickerBeforeHeadline } from '../../../utils/page/kicker-before-headline';
import { readHeader } from '../../../utils/page/read-header';
import { splitLines } from '../../../utils/page/split-lines';

describe('isKickerBeforeHeadline', () => {
  const headline = 'Biber bremsen den Deichbau';

  it.each(['Hochwasserschutz an der Elbe Biber bremsen den Deichbau', 'Elbe: Biber bremsen den Deichbau'])(
    'should find a kicker in %j',
    (line) => {
      expect(isKickerBeforeHeadline(line, headline)).toBe(true);
    },
  );

  it.each([
    ['the headline alone', 'Biber bremsen den Deichbau'],
    ['a sentence before it', 'Das Land hat viel Geld ausgegeben. Biber bremsen den Deichbau'],
    [
      'a long line before it',
      'An der mittleren Elbe sollen neue Deiche die Dörfer schützen, sagt man, Biber bremsen den Deichbau',
    ],
    ['text after it', 'Hochwasserschutz an der Elbe Biber bremsen den Deichbau noch immer'],
    ['a word glued to it', 'Hochwasserschutz an der ElbeBiber bremsen den Deichbau'],
  ])('should find none in %s', (_case, line) => {
    expect(isKickerBeforeHeadline(line, headline)).toBe(false);
  });
});

describe('readHeader: a kicker longer than the declared headline in the headline’s line', () => {
  it('should read the declared headline off the line and take the line', () => {
    const result = readHeader(
      splitLines('Hochwasserschutz an der Elbe Biber bremsen den Deichbau\nDer Deich wird nicht gebaut.'),
      'Biber bremsen den Deichbau',
    );
    expect(result.headline?.text).toBe('Biber bremsen den Deichbau');
    expect(result.consumed).toBe(1);
  });
});
