/**
 * The translator's credit under a story a multilingual newsroom ran first in another language, as German, French,
 * Italian and Spanish pages print it (the English "Translated by Ann Lee" is one of `NOTE_LINES`): swissinfo.ch's
 * "Übertragen aus dem Französischen: Kathrin Ammann", "Aus dem Englischen übersetzt von Ann Lee", "Übersetzung: Ann
 * Lee", "Traduction : Ann Lee", "Traduit de l'allemand par Ann Lee", "Traduzione di Anna Rossi", "Traducción: Ana
 * Ruiz", "Traducido del inglés por Ana Ruiz". A credit, not the story: only the label and one or two names make the
 * line; "Die Übersetzung der Rede sorgte für Ärger" goes on as a sentence.
 */

/** One or two names: capitalised words (case matters, so the patterns are case-sensitive), with the particles names keep in lower case ("von", "de", "di"). */
const NAMES =
  "\\p{Lu}[\\p{L}\\p{M}.'’-]*(?: (?:\\p{Lu}[\\p{L}\\p{M}.'’-]*|von|van|de|la|le|du|des|di|da|del|della|y))*(?:,? (?:und|et|e|y|and|&) \\p{Lu}[\\p{L}\\p{M}.'’-]*(?: \\p{Lu}[\\p{L}\\p{M}.'’-]*)*)?";
/** The language it came from, as a word: "dem Französischen", "l'allemand", "dell'inglese", "del inglés". */
const FROM = "(?:aus dem \\p{L}+|de l['’]\\p{L}+|du \\p{L}+|dall['’]\\p{L}+|dal \\p{L}+|del \\p{L}+)";

export const TRANSLATOR_CREDIT_LINES: readonly RegExp[] = [
  // German: "Übertragen aus dem Französischen: Kathrin Ammann", "Aus dem Englischen übersetzt von Ann Lee",
  // "Übersetzung: Ann Lee", "Übersetzung aus dem Italienischen: Ann Lee".
  new RegExp(
    `^(?:[Üü](?:bertragen|bersetzt|bersetzung) ${FROM}\\s*:|[Aa]us dem \\p{L}+ (?:übersetzt|übertragen) von|[Üü]bersetzung\\s*:|[Üü]bersetzt von)\\s*${NAMES}\\.?$`,
    'u',
  ),
  // French, Italian and Spanish: "Traduction : Ann Lee", "Traduit de l'allemand par Ann Lee", "Traduzione di Anna
  // Rossi", "Traduzione dall'inglese: Anna Rossi", "Traducción: Ana Ruiz", "Traducido del inglés por Ana Ruiz".
  new RegExp(
    `^(?:[Tt]rad(?:uction|uzione|ucción|uccion)(?: ${FROM})?\\s*:|[Tt]raduit (?:${FROM} )?par|[Tt]raduzione(?: ${FROM})? di|[Tt]radott[oa] (?:${FROM} )?da|[Tt]raducid[oa] (?:${FROM} )?por)\\s*${NAMES}\\.?$`,
    'u',
  ),
];
