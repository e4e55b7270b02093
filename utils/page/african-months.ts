/**
 * Month names of news sites in the African languages written in Latin script, January first, whole words only (several
 * are also words: Hausa and Kinyarwanda "mata" is "women" and "April", Kinyarwanda "kamena" is June), so they are read
 * only with a day and a year beside them, as every month name is: Swahili ("Novemba 28, 2026", Tanzanian and Kenyan
 * dailies, the broadcasters' Swahili services), Hausa ("28 Nuwamba, 2026"), Somali ("Nofeembar 28, 2026"),
 * Kinyarwanda ("28 Ugushyingo 2026") and Zulu ("28 Novemba 2026").
 */
export const AFRICAN_MONTH_NAMES = [
  'januari februari machi aprili mei juni julai agosti septemba oktoba novemba desemba',
  'janairu fabrairu maris afrilu mayu yuni yuli agusta satumba oktoba nuwamba disamba',
  'janaayo febraayo maarso abriil maajo juun luulyo agoosto sebtembar oktoobar nofeembar desembar',
  'mutarama gashyantare werurwe mata gicurasi kamena nyakanga kanama nzeri ukwakira ugushyingo ukuboza',
  'januwari februwari mashi ephreli meyi juni julayi agasti septhemba okthoba novemba disemba',
];
