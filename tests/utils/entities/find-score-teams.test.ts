import { describe, expect, it } from 'vitest';
import { findDatelinePlaces, findScoreTeams } from '../../../utils/entities/find-score-teams';
import { buildGazetteer } from '../../../utils/entities/gazetteer';
import { tokenize } from '../../../utils/entities/tokenize';

const gaz = buildGazetteer({
  first: 'anna',
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
    ['Anna Brook 68 70 71 69'],
    [''],
  ])('should find no teams in prose, dates or a lone score: %s', (text) => {
    expect(teams(text)).toEqual([]);
  });
});

describe('findDatelinePlaces', () => {
  /** Places found in `text`. */
  const places = (text: string): string[] =>
    findDatelinePlaces(tokenize(text)).map((place) => place.tokens.map((t) => t.text).join(' '));

  it.each([
    ['KORVALA 1996-09-12', ['KORVALA']],
    ['Port Amsel 1996-09-12', ['Port Amsel']],
    ['talks resumed .\nOLDBURY 1996-09-13\nThe club said', ['OLDBURY']],
  ])('should find the place of a wire dateline: %j', (text, expected) => {
    expect(places(text)).toEqual(expected);
  });

  it.each([['The deal signed on 1996-09-12 stands'], ['1996-09-12'], ['A B C D 1996-09-12'], ['']])(
    'should find no place without a dateline: %j',
    (text) => {
      expect(places(text)).toEqual([]);
    },
  );
});
