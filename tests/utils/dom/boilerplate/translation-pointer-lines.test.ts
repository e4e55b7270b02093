import { describe, expect, it } from 'vitest';
import { TRANSLATION_POINTER_LINES } from '../../../../utils/dom/boilerplate/translation-pointer-lines';
import { isBoilerplateLine } from '../../../../utils/dom/is-boilerplate-line';

const matches = (line: string) => TRANSLATION_POINTER_LINES.some((pattern) => pattern.test(line));

describe('TRANSLATION_POINTER_LINES', () => {
  it.each([
    '（English version below）',
    '(English version below)',
    'English version below',
    'English translation follows.',
    'Leagan Gaeilge ar chlé, English version on the right.',
    'Scroll down for English',
    'Version française ci-dessous',
    'Traduction anglaise plus bas.',
    'Versión en inglés más abajo',
    '（中文版本見下文）',
    '英文版在下方',
  ])('drops the pointer to the other language: %s', (line) => {
    expect(matches(line)).toBe(true);
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    '',
    // Sentences about versions and translations are the story's.
    'The English version of the report, published below the Welsh one, drew criticism.',
    'An English version is below the standard the board expected.',
    'The French version was posted a week later.',
    'Temperatures stayed below zero on the right bank.',
    'La versión en inglés del informe llegó una semana más tarde.',
    '英文版本的報告在下星期公布。',
  ])('leaves the line: %j', (line) => {
    expect(matches(line)).toBe(false);
  });
});

describe('TRANSLATION_POINTER_LINES: WPML "also available in" lines', () => {
  it.each([
    'This post is also available in: English',
    'This page is also available in: Français, 日本語',
    'Dieser Beitrag ist auch verfügbar in: English',
    'Cet article est également disponible en : English',
    'Esta entrada también está disponible en: English',
  ])('drops the line listing the translations: %s', (line) => {
    expect(matches(line)).toBe(true);
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    'This post is also available in print at newsagents across the county.',
    'The report is also available in Welsh and Irish.',
    'Tickets are also available in: the box office, the library.',
  ])('leaves the sentence: %j', (line) => {
    expect(matches(line)).toBe(false);
  });
});
