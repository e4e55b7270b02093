import { describe, expect, it } from 'vitest';
import { findScoreTeams } from '../../../utils/entities/find-score-teams';
import { buildGazetteer } from '../../../utils/entities/gazetteer';
import { tokenize } from '../../../utils/entities/tokenize';

const gaz = buildGazetteer({
  first: '',
  surname: '',
  place: 'oldbury\nnorvania',
  nationality: '',
  country: 'norvania\nwales',
  common: '',
});

/** Teams found in `text`, as `type:name`. */
const teams = (text: string): string[] =>
  findScoreTeams(tokenize(text), gaz).map((team) => `${team.type}:${team.tokens.map((t) => t.text).join(' ')}`);

describe('findScoreTeams', () => {
  it.each([
    ['Oldbury 2 Kestrel Rovers 1', ['organization:Oldbury', 'organization:Kestrel Rovers']],
    ['Norvania 24 Wales 18', ['place:Norvania', 'place:Wales']],
    ['Kestrel Rovers 6 4 1 1 11 5 13', ['organization:Kestrel Rovers']],
    ['Results: Oldbury 0 Marsham 0', ['organization:Oldbury', 'organization:Marsham']],
  ])('should find the teams of a results line or standings row: %s', (text, expected) => {
    expect(teams(text)).toEqual(expected);
  });

  it.each([
    ['Anna Brook won in 2019 and Oldbury grew by 5 percent.'],
    ['He plugged it into the Line 6 Amp 212 unit.'],
    ['Monday 5 June 2020'],
    ['Oldbury 2'],
    [''],
  ])('should find no teams in prose, dates or a lone score: %s', (text) => {
    expect(teams(text)).toEqual([]);
  });
});
