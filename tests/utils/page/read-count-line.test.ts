import { describe, expect, it } from 'vitest';
import { readCountLine } from '../../../utils/page/read-count-line';

describe('readCountLine', () => {
  it.each([
    ['35 Comments', 35],
    ['1 Comment', 1],
    ['12 comments', 12],
    ['1,234 Comments', 1234],
    ['Comments (12)', 12],
    ['Comments: 7', 7],
    ['Show 12 comments', 12],
    ['View all 40 comments', 40],
    ['0 Comments', 0],
    ['3 Kommentare', 3],
    ['Commentaires (4)', 4],
    ['12 комментариев', 12],
    ['வாசகர் கருத்து (4)', 4],
    ['टिप्पणियां (18)', 18],
    ['মন্তব্য (3)', 3],
  ])('should read the count of %j', (text, count) => {
    expect(readCountLine(text)).toEqual({ count });
  });

  it.each([['Comments'], ['Reader comments'], ['Join the conversation']])(
    'should read %j as a bare heading',
    (text) => {
      expect(readCountLine(text)).toEqual({});
    },
  );

  it.each([
    ['There were 35 comments on the bill before the vote.'],
    ['35 Comments and counting'],
    ['Comment on this'],
    ['வாசகர் கருத்து கேட்கப்பட்டது (4)'],
    ['मंत्री की टिप्पणी पर 12 सांसदों ने आपत्ति जताई'],
    ['35'],
  ])('should not read %j', (text) => {
    expect(readCountLine(text)).toBeUndefined();
  });
});

describe('readCountLine in the West Slavic languages', () => {
  it.each([
    ['Komentarze (3)', 3],
    ['12 komentarzy', 12],
    ['1 komentarz', 1],
    ['Komentáře (4)', 4],
    ['15 komentářů', 15],
    ['Komentáre (2)', 2],
    ['8 komentárov', 8],
  ])('should read the count of %j', (text, count) => {
    expect(readCountLine(text)).toEqual({ count });
  });

  it.each([['Komentarze'], ['Komentáře']])('should read %j as a bare heading', (text) => {
    expect(readCountLine(text)).toEqual({});
  });

  it.each([['Komentarz burmistrza do uchwały (3)'], ['Dodaj komentarz']])('should not read %j', (text) => {
    expect(readCountLine(text)).toBeUndefined();
  });
});

describe('readCountLine, French reactions and the German forum heading', () => {
  it.each([
    ['Réactions (48)', 48],
    ['12 réactions', 12],
  ])('should read %j as a count', (text, count) => {
    expect(readCountLine(text)).toEqual({ count });
  });

  it.each([['Diskussion über diesen Artikel'], ['Diskussion']])('should read %j as a bare heading', (text) => {
    expect(readCountLine(text)).toEqual({});
  });

  it.each([['Réactions'], ['Réactions des élus'], ['Diskussion über die Rente']])('should not read %j', (text) => {
    expect(readCountLine(text)).toBeUndefined();
  });
});
