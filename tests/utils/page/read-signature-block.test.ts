import { describe, expect, it } from 'vitest';
import { readSignatureBlock } from '../../../utils/page/read-signature-block';
import { splitLines } from '../../../utils/page/split-lines';

const AUTHORS = ['Juliana Ospina Gaviria'];
const STORY = 'La Alcaldía respondió que abrirá una convocatoria en los próximos meses.';
const taken = (...closing: string[]): number => readSignatureBlock(splitLines([STORY, ...closing].join('\n')), AUTHORS);

describe('readSignatureBlock', () => {
  it.each([
    [['JULIANA OSPINA GAVIRIA', 'Corresponsal de EL TIEMPO', 'Medellín', 'En Twitter: @julianaospinag'], 4],
    [['Juliana Ospina Gaviria', 'Enviada especial'], 2],
    [['JULIANA OSPINA GAVIRIA'], 1],
    [['JULIANA OSPINA GAVIRIA', 'Redacción Medellín', '@julianaospinag'], 3],
  ])('should take the signature block %j', (closing, count) => {
    expect(taken(...closing)).toBe(count);
  });

  it.each([
    ['no signature', []],
    ['a sentence under the name', ['Juliana Ospina Gaviria', 'Ella misma recorrió el barrio con los recicladores.']],
    ['someone the byline does not name', ['PEDRO PÉREZ', 'Corresponsal de EL TIEMPO']],
    ['the name too far up', ['JULIANA OSPINA GAVIRIA', 'Uno', 'Dos', 'Tres', 'Cuatro']],
  ])('should take nothing with %s', (_, closing) => {
    expect(taken(...closing)).toBe(0);
  });

  it('should not take a one-word name', () => {
    expect(readSignatureBlock(splitLines(`${STORY}\nJuliana\nMedellín`), ['Juliana'])).toBe(0);
  });
});
