/** A word or punctuation mark with its UTF-16 offsets into the input. */
export interface Token {
  text: string;
  start: number;
  end: number;
}

/**
 * One token per match, tried in order: dotted initialisms ("U.S.", "U.N."), words with inner hyphens, apostrophes,
 * periods or ampersands ("Kim-Putin", "O'Neil", "AT&T"), then any other single non-space character.
 */
const TOKEN = /(?:\p{L}\.){2,}|[\p{L}\p{M}\p{N}]+(?:[-'’&.][\p{L}\p{M}\p{N}]+)*|\S/gu;
/** Possessive or contraction ending split off the way newswire treebanks do: "Putin's" → "Putin" + "'s". */
const CLITIC = /^(.+?)(['’](?:s|S|ll|re|ve|d|m))$/u;
/** Abbreviations that keep their period, so the period does not end the sentence and the word keeps its form. */
const DOTTED = new Set(
  'mr mrs ms dr st gen sen rep gov lt col sgt jr sr inc corp ltd co capt adm maj prof rev gens sens reps ft mt no vs'.split(
    ' ',
  ),
);

/** A single capital letter: before a period it is a name's initial ("Robert C. Byrd"), not a sentence end. */
const isInitial = (word: string): boolean => word.length === 1 && word >= 'A' && word <= 'Z';

/** Splits text into word and punctuation tokens, in order, with exact offsets; linear in the text length. */
export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const start = offset + (match.index ?? 0);
    let word = match[0];
    const clitic = word.includes("'") || word.includes('’') ? CLITIC.exec(word) : null;
    if (clitic?.[1] && clitic[2]) {
      tokens.push({ text: clitic[1], start, end: start + clitic[1].length });
      tokens.push({ text: clitic[2], start: start + clitic[1].length, end: start + word.length });
      continue;
    }
    const next = text.charCodeAt(start - offset + word.length);
    if (next === 46 && (isInitial(word) || DOTTED.has(word.toLowerCase()))) word += '.';
    const last = tokens[tokens.length - 1];
    // A period already taken into the previous abbreviation is not a token of its own.
    if (word === '.' && last && last.end > start) continue;
    tokens.push({ text: word, start, end: start + word.length });
  }
  return tokens;
}
