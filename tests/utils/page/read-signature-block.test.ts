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

describe('readSignatureBlock, one line', () => {
  const libe = (closing: string): number =>
    readSignatureBlock(splitLines(`${STORY}\n${closing}`), ['Mathilde Roussel']);

  it.each([
    'Mathilde Roussel @mroussel_libe Correspondante à Grenoble',
    'Mathilde Roussel @mroussel_libe',
    'MATHILDE ROUSSEL @mroussel_libe Envoyée spéciale',
  ])('should take %j', (closing) => {
    expect(libe(closing)).toBe(1);
  });

  it.each([
    // No handle: a sentence opening with the writer's name may lack its full stop.
    'Mathilde Roussel Correspondante à Grenoble',
    // A sentence with a handle in it.
    'Mathilde Roussel @mroussel_libe a recueilli les témoignages de onze familles de la ville.',
    // Someone the byline does not name.
    'Julien Marchetti @jmarchetti Adjoint à l’éducation',
  ])('should take nothing from %j', (closing) => {
    expect(libe(closing)).toBe(0);
  });
});
