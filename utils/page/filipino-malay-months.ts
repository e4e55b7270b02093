/**
 * Month names of Philippine and Malaysian news sites, January first, whole words only, read only with a day and a year
 * beside them as every month name is: Filipino ("Nobyembre 28, 2026", as Tagalog-language papers and the bilingual
 * sites' Filipino editions date a story) and Malay ("28 November 2026", "3 Mac 2026", "12 Ogos 2026"). Several are
 * also words or other languages' months ("Mayo", "Agosto", "Jun"), which is why no abbreviation is taken.
 */
export const FILIPINO_MALAY_MONTH_NAMES = [
  'enero pebrero marso abril mayo hunyo hulyo agosto setyembre oktubre nobyembre disyembre',
  'januari februari mac april mei jun julai ogos september oktober november disember',
];
