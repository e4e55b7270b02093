/**
 * Words that mark a comment as name-calling, matched as whole words, case-insensitive. Kept small on purpose: each
 * entry is a word whose main use in reader comments is to insult someone; words with common neutral senses
 * ("pig", "snake", "joke") are left out because they would flag ordinary comments. A few cheap entries in German,
 * French and Spanish cover the most frequent insults on those pages.
 */
export const INSULT_WORDS: ReadonlySet<string> = new Set([
  // English
  'idiot',
  'idiots',
  'idiotic',
  'moron',
  'morons',
  'moronic',
  'stupid',
  'dumb',
  'dumbass',
  'imbecile',
  'imbeciles',
  'cretin',
  'cretins',
  'trash',
  'scum',
  'puppet',
  'puppets',
  'fool',
  'fools',
  'clown',
  'clowns',
  'loser',
  'losers',
  'shill',
  'shills',
  'troll',
  'trolls',
  'jerk',
  'jerks',
  // German
  'dummkopf',
  'vollidiot',
  'trottel',
  // French
  'imbécile',
  'crétin',
  'connard',
  // Spanish
  'idiota',
  'imbécil',
  'estúpido',
  'pendejo',
]);
