import { readHeaderLine } from './read-header-line';

/** A tail after the name: a space first, then the date line. */
const SPACED = /^\s+\S/u;

/**
 * The tail of a byline row that is a weekday and a date, nothing else, after the writer's name: "ویب ڈیسک ہفتہ 28
 * نومبر 2026", as Urdu and Persian papers print the row under the headline. The byline reader's tail test reads a tail
 * by its capital or digit ("Ann Lee Monday 28 …", "Ann Lee 28 …"); a script without capitals opens the weekday with a
 * letter like any word, so the whole tail is read as a date line instead.
 */
export function isWeekdayDateTail(tail: string): boolean {
  if (!SPACED.test(tail)) return false;
  const text = tail.trim();
  const fields = readHeaderLine({ text, start: 0, end: text.length });
  return fields?.date !== undefined && fields.bylines.length === 0 && fields.rest === undefined;
}
