import { describe, expect, it } from 'vitest';
import { isForeignCountPart } from '../../../utils/page/is-foreign-count-part';

describe('isForeignCountPart', () => {
  it.each([
    ['Odsłon: 4127'],
    ['Odsłony: 980'],
    ['Wyświetleń: 1 204'],
    ['Zobrazeno: 512'],
    ['Komentarze (3)'],
    ['12 komentarzy'],
    ['Komentáře (4)'],
    ['3 Kommentare'],
  ])('should read %j as a counter', (text) => {
    expect(isForeignCountPart(text)).toBe(true);
  });

  it.each([
    ['Autor: Magdalena Grzelak'],
    ['Odsłona wystawy w sobotę'],
    ['Komentarze'],
    ['Wyświetlenia filmu przekroczyły milion'],
  ])('should not read %j as a counter', (text) => {
    expect(isForeignCountPart(text)).toBe(false);
  });
});
