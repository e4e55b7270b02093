import { describe, expect, it } from 'vitest';
import { splitStampedAuthor } from '../../../utils/page/split-stamped-author';

const line = (text: string) => ({ text, start: 10, end: 10 + text.length });

describe('splitStampedAuthor', () => {
  it.each([
    ['Ann Berg · 2 hours ago', 'Ann Berg', '2 hours ago'],
    ['ok1517 | Sep 12, 2023', 'ok1517', 'Sep 12, 2023'],
  ])('should split %j', (text, name, stamp) => {
    const split = splitStampedAuthor(line(text));
    expect(split?.name.text).toBe(name);
    expect(split?.stamp?.text).toBe(stamp);
    if (split) expect(split.stamp?.end).toBe(10 + text.length);
  });

  it.each([
    ['xkestrel 5 pts', 'xkestrel'],
    ['Ann Berg -3 points', 'Ann Berg'],
    ['GBR48 1 point', 'GBR48'],
    ['Tom Reyes 1,204 votes', 'Tom Reyes'],
  ])('should take the vote tally off %j and give no stamp', (text, name) => {
    const split = splitStampedAuthor(line(text));
    expect(split?.name).toEqual({ text: name, start: 10, end: 10 + name.length });
    expect(split?.stamp).toBeUndefined();
  });

  it('should split a stamp printed before the name and say so', () => {
    const split = splitStampedAuthor(line('March 3, 2019 | Odile'));
    expect(split?.name).toEqual({ text: 'Odile', start: 26, end: 31 });
    expect(split?.stamp).toEqual({ text: 'March 3, 2019', start: 10, end: 23 });
    expect(split?.stampFirst).toBe(true);
    expect(splitStampedAuthor(line('Odile | March 3, 2019'))?.stampFirst).toBeUndefined();
  });

  it('should split a name with a vote tally and a time stamp', () => {
    const split = splitStampedAuthor(line('Lia Moor 12 pts · 3 hours ago'));
    expect(split?.name.text).toBe('Lia Moor');
    expect(split?.stamp?.text).toBe('3 hours ago');
  });

  it.each([
    ['Ann Berg'],
    ['I said this · and that'],
    ['Мария_88 — вчера'],
    ['A long sentence here, really · 2 hours ago'],
    ['We really think we scored 5 points'],
    ['Go team, 5 pts!'],
    ['5 pts'],
    ['March 3, 2019 | I said this, really'],
    ['March 3 | the day it all changed'],
    ['Top scorer with 31 pointsx'],
  ])('should leave %j whole', (text) => {
    expect(splitStampedAuthor(line(text))).toBeUndefined();
  });
});

describe('splitStampedAuthor with a digit date and no separator', () => {
  it.each([
    ['kierowca_z_Pyzdr 27.11.2026, 16:48', 'kierowca_z_Pyzdr', '27.11.2026, 16:48'],
    ['Zofia K. 27.11.2026, 17:22', 'Zofia K.', '27.11.2026, 17:22'],
    ['Ann Berg 2026-11-27 16:48', 'Ann Berg', '2026-11-27 16:48'],
    ['gość 27.11.2026', 'gość', '27.11.2026'],
    ['stationwagonstan 10/29/20 4:40PM', 'stationwagonstan', '10/29/20 4:40PM'],
    ['Dana K. 10/29/2020 4:52 p.m.', 'Dana K.', '10/29/2020 4:52 p.m.'],
  ])('should split %j', (text, name, stamp) => {
    const split = splitStampedAuthor(line(text));
    expect(split?.name.text).toBe(name);
    expect(split?.stamp?.text).toBe(stamp);
    expect(split?.stamp && text.slice(split.stamp.start - 10, split.stamp.end - 10)).toBe(stamp);
  });

  it.each([
    ['Most w Kołaczkowie oddano do użytku 12.05.1974'],
    ['The council voted on 27.11.2026, 16:48'],
    ['the council met at 10/29/20 4:40PM'],
    ['Ann Berg May 27, 2026'],
    ['27.11.2026, 16:48'],
  ])('should leave %j whole', (text) => {
    expect(splitStampedAuthor(line(text))).toBeUndefined();
  });
});

describe('splitStampedAuthor with a stamp in the words of another language and no separator', () => {
  it.each([
    ['obywatel_z_moreny 2 godz. temu', 'obywatel_z_moreny', '2 godz. temu'],
    ['vecino_russafa hace 2 horas', 'vecino_russafa', 'hace 2 horas'],
    ['Franco B. 12 marzo 2019 alle 10:02', 'Franco B.', '12 marzo 2019 alle 10:02'],
    ['hessenbub heute, 15:31 Uhr', 'hessenbub', 'heute, 15:31 Uhr'],
    ['Pierre-Yves49 le 12/03/2019 à 15:58', 'Pierre-Yves49', 'le 12/03/2019 à 15:58'],
  ])('should split %j', (text, name, stamp) => {
    const split = splitStampedAuthor(line(text));
    expect(split?.name.text).toBe(name);
    expect(split?.stamp?.text).toBe(stamp);
    expect(split?.stamp && text.slice(split.stamp.start - 10, split.stamp.end - 10)).toBe(stamp);
  });

  it.each([['Der Rat tagte heute, 15:31 Uhr'], ['Ann May 2019'], ['La obra se terminó hace 2 años'], ['hace 2 horas']])(
    'should leave %j whole',
    (text) => {
      expect(splitStampedAuthor(line(text))).toBeUndefined();
    },
  );
});
