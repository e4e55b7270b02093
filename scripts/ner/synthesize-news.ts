import type { BioSentence } from './read-bio';

/**
 * Synthetic newswire sentences for training: our own templates filled with names from the open gazetteers. The
 * tweets and Wikipedia text we train on rarely say "Foreign Minister X told reporters" or "the Y Ministry said",
 * which is most of news. Deterministic: the caller passes a seeded random source.
 */

/** Slots: {P} person, {L} place, {O} organization, {M} nationality (MISC), {T} a title before a name. */
const TEMPLATES = `{T} {P} said on Monday that talks with {L} would continue .
{P} , a spokesperson for the {O} , said the report was false .
The {O} said in a statement that {P} had resigned .
{M} {T} {P} arrived in {L} on Tuesday for a two-day visit .
{P} told reporters in {L} that the {O} would not comment .
According to the {O} , {P} met officials from {L} and {L} .
{L} 's {O} said it was investigating the incident .
{P} 's office declined to comment , the {O} reported .
The visit by {P} to {L} was the first since 2019 , {O} said .
Officials in {L} said {P} would travel to {L} next week .
{T} {P} , who leads the {O} , called for calm .
"We are ready," {P} said , speaking in {L} .
The {O} and the {O} signed an agreement in {L} .
{P} of the {O} said prices in {L} had risen sharply .
{M} officials told the {O} that {P} was in {L} .
A spokesman for {P} said the {O} had been informed .
{P} , {T} of {L} , will attend the summit .
The {O} ( {A} ) said on Friday that exports to {L} fell .
Protests spread from {L} to {L} , the {O} said .
{L} and {L} agreed to restore flights , {P} said .
{P} said {L} must respect the ruling of the {O} .
Shares of {O} fell after {P} stepped down .
{P} and {P} met in {L} to discuss trade .
The {O} fined {O} for breaking rules in {L} .
{T} {P} told the {O} that {L} needed more aid .`.split('\n');

const TITLES = [
  'President',
  'Prime Minister',
  'Foreign Minister',
  'Defense Minister',
  'Finance Minister',
  'Gen.',
  'Sen.',
  'Gov.',
  'Mayor',
  'Chancellor',
  'Secretary of State',
  'Ambassador',
  'Chief Executive',
  'Judge',
  'Dr.',
  'Mr.',
  'Mrs.',
  'Ms.',
  'spokesperson',
  'spokesman',
  'former President',
  'Vice President',
  'King',
  'Queen',
  'Adm.',
];
const ORG_FIELDS = ['Defense', 'Foreign', 'Interior', 'Finance', 'Health', 'Justice', 'Energy', 'Trade', 'Education'];
const ORG_HEADS = ['Ministry', 'Department', 'Agency', 'Council', 'Office', 'Commission', 'Service', 'Committee'];
const ORG_ADJECTIVES = ['National', 'Central', 'Federal', 'State', 'International', 'Security', 'Intelligence', 'News'];
const COMPANY_SUFFIXES = ['Inc.', 'Corp.', 'Ltd.', 'Group', 'Holdings', 'Bank', 'Airlines', 'Motors', 'Energy'];

const CONSONANTS = 'bcdghjklmnprstvwyz';
const VOWELS = 'aeiou';
/** Share of synthetic people and organizations named with made-up words, so context counts, not only the lists. */
const MADE_UP_SHARE = 0.35;

/** Capitalises each word of a gazetteer entry ("new york" → "New York"). */
const title = (entry: string): string =>
  entry.replace(/(^|[\s-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());

/** Builds `count` synthetic sentences from the given lowercase name lists. */
export function synthesizeNews(
  count: number,
  lists: { first: string[]; surname: string[]; place: string[]; nationality: string[] },
  random: () => number,
): BioSentence[] {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  /** A pronounceable made-up name word: one to three consonant-vowel syllables ("Gyu", "Tamoré"). */
  const madeUp = (): string => {
    let word = '';
    for (let n = 1 + Math.floor(random() * 3); n > 0; n--) word += pick([...CONSONANTS]) + pick([...VOWELS]);
    if (random() < 0.5) word += pick([...CONSONANTS]);
    return title(word);
  };
  const person = (): string[] => {
    if (random() < MADE_UP_SHARE) return Array.from({ length: 1 + Math.floor(random() * 3) }, madeUp);
    const names = [title(pick(lists.first)), title(pick(lists.surname))];
    if (random() < 0.15) names.splice(1, 0, title(pick(lists.first)));
    return random() < 0.2 ? names.slice(-1) : names;
  };
  const organization = (): string[] => {
    const roll = random();
    if (roll < MADE_UP_SHARE / 2) return [madeUp(), ...(random() < 0.5 ? [pick(ORG_HEADS)] : [])];
    if (roll < 0.3) return [pick(ORG_FIELDS), pick(ORG_HEADS)];
    if (roll < 0.55) return [pick(ORG_ADJECTIVES), pick(ORG_FIELDS), pick(ORG_HEADS)];
    if (roll < 0.75) return [title(pick(lists.nationality)), pick(ORG_ADJECTIVES), pick(ORG_HEADS)];
    if (roll < 0.9) return [title(pick(lists.surname)), pick(COMPANY_SUFFIXES)];
    return [...title(pick(lists.place)).split(' '), pick(['University', 'Police', 'City Council'])]
      .join(' ')
      .split(' ');
  };
  const sentences: BioSentence[] = [];
  for (let n = 0; n < count; n++) {
    const words: string[] = [];
    const labels: string[] = [];
    let lastOrg: string[] = [];
    const add = (parts: readonly string[], type: string): void => {
      parts.forEach((part, i) => {
        words.push(part);
        labels.push(type === 'O' ? 'O' : `${i === 0 ? 'B' : 'I'}-${type}`);
      });
    };
    for (const slot of pick(TEMPLATES).split(' ')) {
      if (slot === '{P}') add(person(), 'PER');
      else if (slot === '{L}') add(title(pick(lists.place)).split(' '), 'LOC');
      else if (slot === '{O}') add((lastOrg = organization()), 'ORG');
      else if (slot === '{A}') add([lastOrg.map((word) => word.charAt(0)).join('')], 'ORG');
      else if (slot === '{M}') add([title(pick(lists.nationality))], 'MISC');
      else if (slot === '{T}') add(pick(TITLES).split(' '), 'O');
      else add([slot], 'O');
    }
    // A sentence may open with a lowercase title ("spokesperson ..."): newswire would capitalise it.
    if (words[0]) words[0] = words[0].charAt(0).toUpperCase() + words[0].slice(1);
    sentences.push({ words, labels });
  }
  return sentences;
}
