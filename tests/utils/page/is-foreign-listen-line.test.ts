import { describe, expect, it } from 'vitest';
import { isForeignListenLine } from '../../../utils/page/is-foreign-listen-line';
import { isHeaderFurniture } from '../../../utils/page/is-header-furniture';

describe('isForeignListenLine', () => {
  it.each([
    ['Escuchar este artículo 00:00 / 03:52 Audio generado con inteligencia artificial'],
    ['Escuchar nota'],
    ['Ouvir esta matéria 4 min'],
    ['Artikel anhören • 4 Min'],
    ['Écouter cet article'],
    ['Lytt til artikkelen 3 min'],
    ['Lyssna på artikeln'],
  ])('should take %s', (text) => {
    expect(isForeignListenLine(text)).toBe(true);
    expect(isHeaderFurniture(text)).toBe(true);
  });

  it.each([
    ['Escuchar este artículo le tomará cuatro minutos, dijo la editora.'],
    ['Ouvir esta matéria foi difícil para os moradores.'],
    ['Artikel anhören können Abonnenten ab Montag.'],
    ['Escuchar'],
  ])('should keep %s', (text) => {
    expect(isForeignListenLine(text)).toBe(false);
  });
});
