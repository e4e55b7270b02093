import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GazetteerData } from '../../utils/entities/gazetteer';

/** Most frequent first names kept (US SSA births 1880–2023): covers common names, keeps the file small. */
const FIRST_NAMES = 6000;
/** Most frequent surnames kept (US Census 1990 rank). */
const SURNAMES = 15000;
/** Smallest city kept, in inhabitants: towns below this are rarely in international news and often common words. */
const MIN_CITY_POPULATION = 100_000;

/** Nations inside a country that field their own sides in football, rugby and cricket (general knowledge). */
const HOME_NATIONS = ['England', 'Scotland', 'Wales', 'Northern Ireland', 'Britain', 'Great Britain'];

function rows(path: string): string[][] {
  const lines = readFileSync(path, 'utf8').split('\n').slice(1);
  return lines.filter((line) => line.trim().length > 0).map((line) => line.split('\t'));
}

/** Lowercase, single spaces, possessives split the way the tokenizer splits them ("people 's"). */
const norm = (name: string): string =>
  name
    .trim()
    .toLowerCase()
    .replace(/['’]s\b/g, " 's")
    .replace(/\s+/g, ' ');
const join_ = (names: Iterable<string>): string =>
  [...new Set([...names].map(norm).filter((name) => name.length > 1))].sort().join('\n');

/** Builds the pruned, lowercase name lists shipped with the extension from the open gazetteers in `dir`. */
export function buildGazetteerData(dir: string, common: readonly string[]): GazetteerData {
  const first = rows(join(dir, 'names/per.first_names.ssa.tsv'))
    .map(([name, f, m]) => ({ name: name ?? '', births: Number(f) + Number(m) }))
    .sort((a, b) => b.births - a.births || a.name.localeCompare(b.name))
    .slice(0, FIRST_NAMES)
    .map((row) => row.name);
  const surname = rows(join(dir, 'names/per.surnames.census1990.tsv'))
    .filter(([, , , rank]) => Number(rank) <= SURNAMES)
    .map(([name]) => name ?? '');
  const countries = rows(join(dir, 'geonames/loc.countries.tsv')).flatMap(([, name, capital]) => [name, capital]);
  const factbook = rows(join(dir, 'factbook/countries.tsv')).flatMap(([, , short, long, former]) => [
    short,
    long,
    former,
  ]);
  const admin1 = rows(join(dir, 'geonames/loc.admin1.tsv')).flatMap(([, name, ascii]) => [name, ascii]);
  const cities = rows(join(dir, 'geonames/loc.cities15000.tsv'))
    .filter(([, , , population]) => Number(population) >= MIN_CITY_POPULATION)
    .flatMap(([name, ascii]) => [name, ascii]);
  const adjectives = rows(join(dir, 'factbook/countries.tsv')).flatMap(([, , , , , , adjective]) =>
    (adjective ?? '').split(/[;,]/),
  );
  const nationalities = readFileSync(join(dir, 'factbook/misc.nationalities.txt'), 'utf8').split('\n');
  const country = [
    ...rows(join(dir, 'geonames/loc.countries.tsv')).map(([, name]) => name),
    ...rows(join(dir, 'factbook/countries.tsv')).map(([, , short]) => short),
    ...HOME_NATIONS,
  ].filter((name): name is string => !!name);
  const place = [...countries, ...factbook, ...admin1, ...cities].filter((name): name is string => !!name);
  return {
    first: join_(first),
    surname: join_(surname),
    place: join_(place),
    nationality: join_([...nationalities, ...adjectives]),
    country: join_(country),
    common: [...common].sort().join('\n'),
  };
}
