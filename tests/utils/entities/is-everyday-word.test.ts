import { describe, expect, it } from 'vitest';
import { buildGazetteer } from '../../../utils/entities/gazetteer';
import { isEverydayWord } from '../../../utils/entities/is-everyday-word';
import { tokenize } from '../../../utils/entities/tokenize';

const gaz = buildGazetteer({
  first: 'will',
  surname: 'little',
  place: 'reading',
  nationality: '',
  country: '',
  common: 'little\nwill\nreading\nnext\nun',
});

/** Whether the whole of `text`, read as one mention, is an everyday word. */
const everyday = (text: string): boolean => isEverydayWord({ tokens: tokenize(text), type: 'person' }, gaz);

describe('isEverydayWord', () => {
  it.each([['Little'], ['Will'], ['Next'], ['TV'], ['CEO']])('should flag the everyday word %j capitalised', (text) => {
    expect(everyday(text)).toBe(true);
  });

  it.each([['Island'], ['River'], ['Peninsula']])('should flag the bare geographic word %j: no name alone', (text) => {
    expect(everyday(text)).toBe(true);
  });

  it.each([['Reading'], ['UN'], ['LITTLE'], ['Little Rock'], ['Volmark'], [''], ['ISLAND'], ['Volmark Island']])(
    'should keep %j: a known place or organization, capitals, several words or an unknown word',
    (text) => {
      expect(everyday(text)).toBe(false);
    },
  );
});
