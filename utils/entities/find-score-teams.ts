import type { Gazetteer } from './gazetteer';
import { isCapitalised } from './gazetteer-flags';
import { nameKey, wordKey, type RawMention } from './raw-mention';
import type { Token } from './tokenize';

/** Longest team name in a results line, in words ("West Ham United", "Paris St Germain"). */
const MAX_TEAM_WORDS = 4;
/** Numbers after a lone name that make it a standings-table row ("Halden 6 4 1 1 11 5 13"), not prose. */
const TABLE_NUMBERS = 4;
/** A score, count or result: "2", "1:58.40", "10.11", "3-1". */
const NUMBER = /^\d+(?:[.,:/-]\d+)*$/;
/** Tokens after which a new line of results may start. */
const LINE_OPENER = /^[.:;|–—-]$/;
/** Dates are numbers after names too ("Monday 5 June 2020"): a stretch with a weekday or month is no results line. */
const CALENDAR =
  /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$|^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\.?$|^(?:january|february|march|april|june|july|august|september|october|november|december)$/i;

/**
 * Teams in lines of sports results and standings ("Halden 2 Marlow 1", "Oldham 6 3 2 1 8 6 11"): stretches made
 * only of capitalised names and numbers, in which every name is followed by a number and either two names alternate
 * with scores or one name heads a row of numbers. A team named after its country is the country (a place, as
 * newswire tags national sides); any other team is an organization (a club, though the tagger reads "Oldham" or
 * "Chicago" as the town). Linear in the tokens.
 */
export function findScoreTeams(tokens: readonly Token[], gaz: Gazetteer): RawMention[] {
  const teams: RawMention[] = [];
  if (!tokens.some(startsWithDigit)) return teams;
  let i = 0;
  while (i < tokens.length) {
    const groups: Array<{ from: number; to: number; numbers: number }> = [];
    let k = i;
    while (k < tokens.length) {
      let to = k;
      while (to < tokens.length && to - k < MAX_TEAM_WORDS && isName(tokens[to])) to++;
      let numbers = 0;
      while (to + numbers < tokens.length && NUMBER.test(tokens[to + numbers]?.text ?? '')) numbers++;
      if (to === k && numbers === 0) break;
      if (to > k && numbers === 0) break;
      if (to > k) groups.push({ from: k, to, numbers });
      k = to + numbers;
    }
    // A results line opens its line or sentence; mid-sentence ("the Line 6 Ax2 212") it is a product name.
    const opens = i === 0 || LINE_OPENER.test(tokens[i - 1]?.text ?? '');
    const results = groups.length >= 2 && opens;
    const dated = groups.some((group) => tokens.slice(group.from, group.to).some((t) => CALENDAR.test(t.text)));
    for (const group of dated ? [] : groups) {
      if (!results && (group.numbers < TABLE_NUMBERS || !opens)) continue;
      const span = tokens.slice(group.from, group.to);
      // A row headed by a first name and more is a player's scores ("Colin Elder 68 70 71 69"): left to the tagger.
      if (!results && span.length >= 2 && gaz.first.has(wordKey(span[0]?.text ?? ''))) continue;
      teams.push({ tokens: span, type: gaz.country.has(nameKey(span)) ? 'place' : 'organization' });
    }
    i = Math.max(k, i + 1);
  }
  return teams;
}

/** A dateline's date ("1996-08-30"). */
const ISO_DATE = /^\d{4}-\d\d-\d\d$/;
/** Longest dateline place, in words ("RIO DE JANEIRO" is three). */
const MAX_DATELINE_WORDS = 3;

/**
 * Dateline places ("LONDON 1996-08-30", "NEW YORK 1996-09-12"): the capitalised words right before a wire date
 * name where the story was filed, a place whether or not the tagger knows the town.
 */
export function findDatelinePlaces(tokens: readonly Token[]): RawMention[] {
  const places: RawMention[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token || !startsWithDigit(token) || !ISO_DATE.test(token.text)) continue;
    let from = i;
    while (from > 0 && i - from < MAX_DATELINE_WORDS && isName(tokens[from - 1])) from--;
    if (from < i && !isName(tokens[from - 1])) places.push({ tokens: tokens.slice(from, i), type: 'place' });
  }
  return places;
}

/** Whether a token starts with an ASCII digit: a cheap test before the number patterns. */
function startsWithDigit(token: Token): boolean {
  const code = token.text.charCodeAt(0);
  return code >= 48 && code <= 57;
}

/** A capitalised word with a letter in it (not a number, not punctuation). */
function isName(token: Token | undefined): boolean {
  return token !== undefined && isCapitalised(token.text) && !NUMBER.test(token.text);
}
