import { describe, expect, it } from 'vitest';
import { TRANSLATOR_CREDIT_LINES } from '../../../../utils/dom/boilerplate/translator-credit-lines';
import { isBoilerplateLine } from '../../../../utils/dom/is-boilerplate-line';

const matches = (line: string) => TRANSLATOR_CREDIT_LINES.some((pattern) => pattern.test(line));

describe('TRANSLATOR_CREDIT_LINES', () => {
  it.each([
    'Übertragen aus dem Französischen: Kathrin Ammann',
    'Übersetzung aus dem Italienischen: Jana Meier und Urs Keller',
    'Aus dem Englischen übersetzt von Ann Lee',
    'Übersetzung: Ann Lee',
    'Traduction : Ann Lee',
    "Traduit de l'allemand par Ann Lee",
    'Traduit du russe par Anne de la Tour',
    'Traduzione di Anna Rossi',
    "Traduzione dall'inglese: Anna Rossi",
    'Traducción: Ana Ruiz',
    'Traducido del inglés por Ana Ruiz y Pablo Gómez',
  ])('drops the credit: %s', (line) => {
    expect(matches(line)).toBe(true);
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    '',
    'Die Übersetzung der Rede sorgte für Ärger im Parlament.',
    'Aus dem Englischen übersetzt von Ann Lee erschien das Buch 2019 bei Diogenes.',
    'Traduction : un exercice difficile pour les interprètes du Conseil fédéral.',
    'Traduit de l’anglais par des bénévoles, le guide est distribué gratuitement.',
    'Traducción: el ayuntamiento publicará el bando en cuatro idiomas.',
  ])('leaves the line: %j', (line) => {
    expect(matches(line)).toBe(false);
  });
});
