import { describe, expect, it } from 'vitest';
import { isCommentDateLine } from '../../../utils/page/is-comment-date-line';

describe('isCommentDateLine', () => {
  it.each([
    ['5 hours ago'],
    ['an hour ago'],
    ['3d ago'],
    ['2h'],
    ['just now'],
    ['Yesterday at 10:15 am'],
    ['edited 2 hours ago'],
    ['September 12, 2023 at 10:15 am'],
    ['2023-09-12T10:00:00Z'],
    ['12 Sep 2023 (edited)'],
    ['Thu, 08/09/2012 - 13:04'],
    ['Thursday, September 12, 2023'],
    ['Sat. 12 Sep 2023'],
    ['Posted on September 12, 2023 at 10:15 am'],
    ['on 12 Sep 2023'],
    ['October 16th, 2012 at 6:57 am (#)'],
    ['12 Sep 2023 | #'],
    ['1 second ago ( 2:26 PM)'],
    ['pred 2 urama'],
    ['pred 40 minutami'],
    ['prije 3 sata'],
    ['acum 2 ore'],
    ['2 orë më parë'],
    ['πριν από 2 ώρες'],
  ])('should recognise %j', (text) => {
    expect(isCommentDateLine(text)).toBe(true);
  });

  it.each([
    ['am'],
    ['as'],
    ['Hours ago I said this.'],
    ['pred urami je zaprl vrata'],
    ['prije 3 sata smo krenuli na put'],
    ['5 hours ago the bridge shut, and nobody told us'],
    ['Ann'],
    ['Thursday'],
    ['Sunday 12 - 3'],
    ['Saturday night at the quay'],
    ['Posted on the notice board'],
    ['On the quay at 10:15 am'],
    ['(#)'],
    ['I was there (2:26 PM)'],
  ])('should leave %j as text', (text) => {
    expect(isCommentDateLine(text)).toBe(false);
  });
});

describe('isCommentDateLine in the languages of Western and Central Europe', () => {
  it.each([
    ['hace 2 horas'],
    ['há 3 dias'],
    ['il y a 3 heures'],
    ['vor 20 Minuten'],
    ['2 ore fa'],
    ['3 uur geleden'],
    ['2 godz. temu'],
    ['45 min temu'],
    ['heute, 15:31 Uhr'],
    ['gestern, 09:02'],
    ['hier à 18h30'],
    ['le 12/03/2019 à 14h05'],
    ['12 marzo 2019 alle 10:02'],
    ['gisteren om 09:02'],
    ['12.03.2019 - 12:30h'],
  ])('should read %j as a stamp', (text) => {
    expect(isCommentDateLine(text)).toBe(true);
  });

  it.each([
    ['hace tiempo'],
    ['vor Jahren'],
    ['Hier'],
    ['Gestern war es kalt, 09:02'],
    ['a las 9:02'],
    ['Hace 2 horas que espero el autobús'],
  ])('should leave %j as text', (text) => {
    expect(isCommentDateLine(text)).toBe(false);
  });
});
