import { describe, expect, it } from 'vitest';
import { MACHINE_TRANSLATION_LINES } from '../../../../utils/dom/boilerplate/machine-translation-lines';
import { isBoilerplateLine } from '../../../../utils/dom/is-boilerplate-line';

const matches = (line: string) => MACHINE_TRANSLATION_LINES.some((pattern) => pattern.test(line));

describe('MACHINE_TRANSLATION_LINES', () => {
  it.each([
    'Machine translation. This article was translated automatically from Bahasa Melayu and has not been reviewed by our editors. If the two versions differ, the Malay original prevails.',
    'This page has been machine translated.',
    'This article has been machine-translated from German.',
    'This content was translated using DeepL.',
    'This story was automatically translated from Spanish.',
    'AI translation: This article was translated with the help of AI and checked by an editor.',
    'Automatically translated from Malay',
    'Machine translated',
    'Dieser Artikel wurde automatisch aus dem Französischen übersetzt.',
    'Dieser Text wurde mit DeepL übersetzt und redaktionell geprüft.',
    'Cet article a été traduit automatiquement.',
    "Cet article a été traduit à l'aide de l'intelligence artificielle.",
    'Este artículo fue traducido automáticamente.',
    'Traducción automática',
  ])('drops the notice: %s', (line) => {
    expect(matches(line)).toBe(true);
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    '',
    // News about translation, and a story translated by a named person, are not machine-translation notices.
    'The ruling was translated automatically for the court, the lawyers said.',
    'Machine translation has improved so much that the agency cut its staff by half.',
    'This article was translated from Spanish by Ana Ruiz.',
    'The council says this page was translated by volunteers.',
    'Die Rede wurde automatisch übersetzt, doch viele Zuhörer verstanden sie nicht.',
  ])('leaves the line: %j', (line) => {
    expect(matches(line)).toBe(false);
  });
});
