/**
 * The error-report prompt under a story, the Orphus convention that Russian- and Ukrainian-language sites (and their
 * Baltic and Central Asian editions) print after the text: "Если вы заметили ошибку, выделите часть текста и нажмите
 * Ctrl+Enter", "Якщо ви помітили помилку, виділіть її та натисніть Ctrl+Enter", "Found a typo? Select it and press
 * Ctrl+Enter." A mistake named, an order to select the text and the Ctrl+Enter key: never a story's sentence, which
 * would say who reported what ("…, the developers said" stays).
 */
const MISTAKE = '(?:ошибк|опечатк|помилк|описк|typo|error|mistake|kļūd|klaid|viga|vea)';
const SELECT = '(?:выдел|виділ|select|highlight|mark|iezīmē|pažymė|märgi)';
const KEY = '(?:ctrl|strg)\\s*\\+\\s*enter(?![\\p{L}\\p{N}])';
const REPORTED = '(?!.*\\b(?:said|says|told|reported)\\b)';

export const ERROR_REPORT_LINES: readonly RegExp[] = [
  new RegExp(
    `^${REPORTED}[^.!?]{0,100}${MISTAKE}[^.!?]{0,100}[.!?]?\\s*${SELECT}[^.!?]{0,80}${KEY}[^.!?]{0,120}[.!]?$`,
    'iu',
  ),
];
