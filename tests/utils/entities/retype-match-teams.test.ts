import { describe, expect, it } from 'vitest';
import { buildGazetteer } from '../../../utils/entities/gazetteer';
import type { RawMention } from '../../../utils/entities/raw-mention';
import { retypeMatchTeams } from '../../../utils/entities/retype-match-teams';
import { tokenize } from '../../../utils/entities/tokenize';

const gaz = buildGazetteer({
  first: '',
  surname: '',
  place: 'oldbury\nmarsham\nnorvania',
  nationality: '',
  country: 'norvania',
  common: '',
});

/** Types of the given words of `text`, tagged as places, after retyping. */
function types(text: string, names: readonly string[]): string[] {
  const tokens = tokenize(text);
  const mentions: RawMention[] = tokens
    .filter((token) => names.includes(token.text))
    .map((token) => ({ tokens: [token], type: 'place' }));
  return retypeMatchTeams(mentions, tokens, gaz).map((m) => `${m.type}:${m.tokens[0]?.text}`);
}

describe('retypeMatchTeams', () => {
  it.each<[string, string[], string[]]>([
    ['Oldbury beat Marsham 2-0 on Saturday .', ['Marsham'], ['organization:Marsham']],
    ['Oldbury drew with Marsham 1-1 .', ['Marsham'], ['organization:Marsham']],
    ['Oldbury striker Tom Vale scored in the 3-1 win .', ['Oldbury'], ['organization:Oldbury']],
  ])('should type a town next to a match word in a scored sentence as its club: %s', (text, names, expected) => {
    expect(types(text, names)).toEqual(expected);
  });

  it.each<[string, string[], string[]]>([
    ['Norvania beat Marsham 2-0 .', ['Norvania'], ['place:Norvania']],
    ['She moved to Marsham in May .', ['Marsham'], ['place:Marsham']],
    ['The council voted 7-2 . Flights to Marsham resume .', ['Marsham'], ['place:Marsham']],
    ['Fans travelled to Marsham for the 2-0 win .', ['Marsham'], ['place:Marsham']],
  ])(
    'should keep a country, or a town without a score or match word beside it, a place: %s',
    (text, names, expected) => {
      expect(types(text, names)).toEqual(expected);
    },
  );
});
